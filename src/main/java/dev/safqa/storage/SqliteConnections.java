package dev.safqa.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * SQLite: one connection, with every use of it (a statement, or a whole transaction) under one lock.
 * SQLite lets only one writer in at a time anyway, the bot's statements take microseconds, and a
 * single connection means our own threads never meet {@code SQLITE_BUSY} nor share a transaction by
 * accident.
 */
final class SqliteConnections implements Connections {
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean closed; // written under lock

    SqliteConnections(Connection connection) {
        this.connection = connection;
    }

    @Override
    public <T> T withConnection(Database.SqlWork<T> work) throws SQLException {
        lock.lock();
        try {
            requireOpen();
            return work.apply(connection);
        } finally {
            lock.unlock();
        }
    }

    /** IMMEDIATE takes the write lock up front, so a transaction never fails half way on a lock upgrade. */
    @Override
    public <T> T inTransaction(Database.SqlWork<T> work) throws SQLException {
        lock.lock();
        try {
            requireOpen();
            return Connections.transaction(connection, "BEGIN IMMEDIATE", work);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() throws SQLException {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                connection.close();
            }
        } finally {
            lock.unlock();
        }
    }

    private void requireOpen() throws SQLException {
        if (closed) {
            throw new Connections.ClosedException();
        }
    }
}
