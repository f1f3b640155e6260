package dev.safqa.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL: a small HikariCP pool. Each statement or transaction borrows a connection and gives it
 * back; concurrent writers are PostgreSQL's to order (row locks, unique keys, advisory locks where a
 * read decides a write), not a lock in this process, because the other writers are other replicas.
 */
final class PostgresConnections implements Connections {
    private final HikariDataSource pool;

    PostgresConnections(HikariDataSource pool) {
        this.pool = pool;
    }

    @Override
    public <T> T withConnection(Database.SqlWork<T> work) throws SQLException {
        requireOpen();
        try (Connection c = pool.getConnection()) {
            return work.apply(c);
        }
    }

    @Override
    public <T> T inTransaction(Database.SqlWork<T> work) throws SQLException {
        requireOpen();
        try (Connection c = pool.getConnection()) {
            // BEGIN by hand, as on SQLite: the pool's connections stay in autocommit between uses
            return Connections.transaction(c, "BEGIN", work);
        }
    }

    @Override
    public boolean isClosed() {
        return pool.isClosed();
    }

    @Override
    public void close() {
        pool.close();
    }

    private void requireOpen() throws SQLException {
        if (pool.isClosed()) {
            throw new Connections.ClosedException();
        }
    }
}
