package dev.safqa.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** How a {@link Database} reaches its connections: SQLite's one connection, or a PostgreSQL pool. */
interface Connections extends AutoCloseable {
    /** Work with autocommit: each statement commits on its own. */
    <T> T withConnection(Database.SqlWork<T> work) throws SQLException;

    /** Work in one transaction, committed if it returns, rolled back if it throws. */
    <T> T inTransaction(Database.SqlWork<T> work) throws SQLException;

    boolean isClosed();

    @Override
    void close() throws SQLException;

    /** Runs {@code work} between BEGIN and COMMIT on {@code c}, rolling back if it throws. */
    static <T> T transaction(Connection c, String begin, Database.SqlWork<T> work) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute(begin);
            try {
                T result = work.apply(c);
                s.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    s.execute("ROLLBACK");
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }
    }

    /** Using a closed database: the caller words it with the operation and the location. */
    final class ClosedException extends SQLException {
        private static final long serialVersionUID = 1L;

        ClosedException() {
            super("the database is closed");
        }
    }
}
