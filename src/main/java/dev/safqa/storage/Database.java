package dev.safqa.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The state store: {@code <dataDir>/safqa.db}, opened, migrated to the latest schema, and shared by
 * every thread that answers.
 *
 * <p>Durability: WAL journal with {@code synchronous=NORMAL}. A commit is written to the WAL before
 * {@code COMMIT} returns, so killing the process (even {@code kill -9}) loses nothing committed; only
 * a power cut or kernel crash can roll back the last few commits, and the file stays consistent. Votes
 * and subscriptions are worth less than an fsync on every 👍 ({@code FULL}), so NORMAL it is.
 *
 * <p>Threads: one connection, with every use of it (a statement, or a whole transaction) under one
 * lock. SQLite lets only one writer in at a time anyway, the bot's statements take microseconds, and
 * a single connection means our own threads never meet {@code SQLITE_BUSY} nor share a transaction by
 * accident. Another process (the {@code safqa feedback} command while the server runs) waits up to
 * the busy timeout for a write lock; WAL lets its reads run alongside our writes.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "safqa.db";

    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final Path file;
    private final Connection connection;
    private final int schemaVersion;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean closed; // guarded by lock
    private final ChatSettings chatSettings;
    private final Subscriptions subscriptions;
    private final FeedbackLog feedback;

    private Database(Path file, Connection connection, int schemaVersion, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.schemaVersion = schemaVersion;
        this.chatSettings = new SqliteChatSettings(this);
        this.subscriptions = new SqliteSubscriptions(this);
        this.feedback = new SqliteFeedbackLog(this, clock);
    }

    /** Opens (creating the folder and file if needed) and migrates the store in {@code dataDir}. */
    public static Database open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that stamps feedback votes. */
    public static Database open(Path dataDir, Clock clock) {
        return open(dataDir, clock, Schema.MIGRATIONS);
    }

    /**
     * For tools that only read: the store in {@code dataDir}, or empty if there is none yet, in which
     * case nothing is created on disk.
     */
    public static Optional<Database> openExisting(Path dataDir) {
        if (!Files.isRegularFile(dataDir.resolve(FILE_NAME))) {
            return Optional.empty();
        }
        return Optional.of(open(dataDir));
    }

    /**
     * For the commands that only read ({@code safqa feedback}, {@code subscriptions}, {@code notifications}):
     * the existing store opened read-only, never migrated, so that it can be read from a read-only
     * folder or file (a backup, a mounted volume) as well as beside a running server. Empty if there
     * is no store yet.
     */
    public static Optional<Database> openReadOnly(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Connection connection;
        try {
            connection = readOnly("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            try {
                // A WAL database needs its -shm file, which a read-only folder cannot hold: read the
                // file as it is, without locks (nothing can write it there either).
                connection = readOnly("jdbc:sqlite:file:" + file + "?immutable=1");
            } catch (SQLException again) {
                e.addSuppressed(again);
                throw new StorageException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        int version = userVersion(connection, file);
        int latest = Schema.latestVersion(Schema.MIGRATIONS);
        if (version != latest) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // it was only read
            }
            throw new StorageException(file + " has schema version " + version + " and this safqa reads version " + latest
                    + (version < latest ? ": start safqa serve once to bring it up to date" : ": use the safqa that wrote it"));
        }
        return Optional.of(new Database(file, connection, version, Clock.systemUTC()));
    }

    private static Connection readOnly(String url) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        Connection c = config.createConnection(url);
        try {
            queryInt(c, "PRAGMA user_version");  // opening is lazy: fail here, not at the first query
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    static Database open(Path dataDir, Clock clock, List<Migration> migrations) {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(clock, "clock");
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StorageException("Cannot create the data folder for " + file + ": " + e, e);
        }
        Connection connection = connect(file);
        try {
            int version = migrate(connection, file, migrations);
            return new Database(file, connection, version, clock);
        } catch (RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    public ChatSettings chatSettings() {
        return chatSettings;
    }

    public Subscriptions subscriptions() {
        return subscriptions;
    }

    public FeedbackLog feedback() {
        return feedback;
    }

    /** The schema version the file is at (the latest this build knows, once open). */
    public int schemaVersion() {
        return schemaVersion;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                connection.close();
            }
        } catch (SQLException e) {
            throw failure("close the database", e);
        } finally {
            lock.unlock();
        }
    }

    /** Work on the connection; each statement commits on its own. */
    <T> T withConnection(String operation, SqlWork<T> work) {
        lock.lock();
        try {
            requireOpen(operation);
            return work.apply(connection);
        } catch (SQLException e) {
            throw failure(operation, e);
        } finally {
            lock.unlock();
        }
    }

    /** Work in one transaction, all or nothing. IMMEDIATE takes the write lock up front, so it never fails half way on a lock upgrade. */
    <T> T inTransaction(String operation, SqlWork<T> work) {
        lock.lock();
        try {
            requireOpen(operation);
            return transaction(connection, work);
        } catch (SQLException e) {
            throw failure(operation, e);
        } finally {
            lock.unlock();
        }
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private static <T> T transaction(Connection connection, SqlWork<T> work) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                T result = work.apply(connection);
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

    private void requireOpen(String operation) {
        if (closed) {
            throw new StorageException("Cannot " + operation + " in " + file + ": the database is closed");
        }
    }

    private StorageException failure(String operation, SQLException e) {
        return new StorageException("Cannot " + operation + " in " + file + ": " + e.getMessage(), e);
    }

    private static Connection connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        try {
            Connection connection = config.createConnection("jdbc:sqlite:" + file);
            String mode = queryString(connection, "PRAGMA journal_mode");
            if (!"wal".equalsIgnoreCase(mode)) {
                log.warn("SQLite kept journal mode {} for {}: WAL is not available on this file system", mode, file);
            }
            return connection;
        } catch (SQLException e) {
            throw new StorageException("Cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Brings the file to the latest version, one migration per transaction, recording each in
     * {@code PRAGMA user_version} inside that same transaction: a crash leaves the file at the last
     * migration that completed, never half way through one.
     */
    private static int migrate(Connection connection, Path file, List<Migration> migrations) {
        int latest = Schema.latestVersion(migrations);
        int current = userVersion(connection, file);
        if (current > latest) {
            throw new StorageException(file + " has schema version " + current + " but this safqa knows only up to version "
                    + latest + ": it was written by a newer safqa; run that version or a later one");
        }
        int expected = 1;
        for (Migration m : migrations) {
            if (m.version() != expected++) {
                throw new IllegalStateException("migrations must be numbered 1, 2, 3... in order; found " + m.version());
            }
            if (m.version() <= current) {
                continue;
            }
            try {
                boolean applied = transaction(connection, c -> {
                    // Another process may have applied it while we waited for the write lock.
                    if (queryInt(c, "PRAGMA user_version") >= m.version()) {
                        return false;
                    }
                    try (Statement s = c.createStatement()) {
                        for (String sql : m.statements()) {
                            s.execute(sql);
                        }
                        s.execute("PRAGMA user_version = " + m.version());
                    }
                    return true;
                });
                if (applied) {
                    log.info("Migrated {} to schema version {}: {}", file, m.version(), m.description());
                }
            } catch (SQLException e) {
                throw new StorageException("Cannot migrate " + file + " to schema version " + m.version()
                        + " (" + m.description() + "): " + e.getMessage(), e);
            }
            current = m.version();
        }
        return current;
    }

    private static int userVersion(Connection connection, Path file) {
        try {
            return queryInt(connection, "PRAGMA user_version");
        } catch (SQLException e) {
            throw new StorageException("Cannot read the schema version of " + file + ": " + e.getMessage(), e);
        }
    }

    private static int queryInt(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String queryString(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
