package dev.safqa.storage;

import dev.safqa.text.Language;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The few JDBC chores the stores share. */
final class Sql {
    private Sql() {
    }

    /** Runs an INSERT, UPDATE or DELETE with positional parameters; returns the rows changed. */
    static int update(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(connection, sql, params)) {
            return s.executeUpdate();
        }
    }

    static PreparedStatement prepare(Connection connection, String sql, Object... params) throws SQLException {
        PreparedStatement s = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s;
        } catch (SQLException e) {
            s.close();
            throw e;
        }
    }

    static Language language(String code) throws SQLException {
        return Language.fromCode(code).orElseThrow(() -> new SQLException("unknown language code '" + code + "' in the database"));
    }
}
