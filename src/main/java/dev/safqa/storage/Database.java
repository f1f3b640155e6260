package dev.safqa.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.safqa.limits.Pacer;
import dev.safqa.limits.QuestionLimit;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The state store, opened, migrated to the latest schema, and shared by every thread that answers:
 * either the embedded SQLite file {@code <dataDir>/safqa.db} (one process), or a PostgreSQL server
 * shared by several replicas. The stores it hands out run the same SQL on both.
 *
 * <p>SQLite durability: WAL journal with {@code synchronous=NORMAL}. A commit is written to the WAL
 * before {@code COMMIT} returns, so killing the process (even {@code kill -9}) loses nothing
 * committed; only a power cut or kernel crash can roll back the last few commits, and the file stays
 * consistent. Votes and subscriptions are worth less than an fsync on every 👍 ({@code FULL}), so
 * NORMAL it is. Another process (the {@code safqa feedback} command while the server runs) waits up to
 * the busy timeout for a write lock; WAL lets its reads run alongside our writes.
 *
 * <p>PostgreSQL: a pool of {@value #POOL_SIZE} connections; the user and password are handed to the
 * driver and never kept in anything that prints. Replicas starting together migrate one at a time
 * (an advisory lock), and {@link #tryLease} elects one of them for work that must run once.
 */
public final class Database implements Leases, AutoCloseable {
    public static final String FILE_NAME = "safqa.db";

    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;
    static final int POOL_SIZE = 10;
    /** Taken around a PostgreSQL migration, so that replicas starting at once apply it once. */
    private static final long MIGRATION_LOCK = 0x5afa_0001L;

    private final String location;
    private final Path file;
    private final Dialect dialect;
    private final Connections connections;
    private final LeaseTaker leases;
    private final int schemaVersion;
    private final ChatSettings chatSettings;
    private final Subscriptions subscriptions;
    private final FeedbackLog feedback;
    private final InboundLog inbound;
    private final Clock clock;

    private Database(String location, Path file, Dialect dialect, Connections connections, LeaseTaker leases,
                     int schemaVersion, Clock clock) {
        this.location = location;
        this.file = file;
        this.dialect = dialect;
        this.connections = connections;
        this.leases = leases;
        this.schemaVersion = schemaVersion;
        this.chatSettings = new JdbcChatSettings(this);
        this.subscriptions = new JdbcSubscriptions(this);
        this.feedback = new JdbcFeedbackLog(this, clock);
        this.inbound = new JdbcInboundLog(this, clock);
        this.clock = clock;
    }

    /** Opens (creating the folder and file if needed) and migrates the SQLite store in {@code dataDir}. */
    public static Database open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that stamps feedback votes. */
    public static Database open(Path dataDir, Clock clock) {
        return open(dataDir, clock, Schema.MIGRATIONS);
    }

    /**
     * For tools that only read: the SQLite store in {@code dataDir}, or empty if there is none yet, in
     * which case nothing is created on disk.
     */
    public static Optional<Database> openExisting(Path dataDir) {
        if (!Files.isRegularFile(dataDir.resolve(FILE_NAME))) {
            return Optional.empty();
        }
        return Optional.of(open(dataDir));
    }

    /**
     * Connects to the PostgreSQL database at {@code url} ({@code jdbc:postgresql://host:port/name})
     * and migrates it. {@code user} and {@code password} may be null when the URL carries them.
     */
    public static Database connect(String url, String user, String password) {
        return connect(url, user, password, Clock.systemUTC());
    }

    /** As {@link #connect(String, String, String)}, with the clock that stamps feedback votes. */
    public static Database connect(String url, String user, String password, Clock clock) {
        return connect(url, user, password, clock, Schema.MIGRATIONS);
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
        return Optional.of(new Database(file.toString(), file, Dialect.SQLITE, new SqliteConnections(connection),
                LeaseTaker.SOLE, version, Clock.systemUTC()));
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
        Connection connection = connectSqlite(file);
        try {
            int version = migrate(connection, file.toString(), Dialect.SQLITE, migrations);
            return new Database(file.toString(), file, Dialect.SQLITE, new SqliteConnections(connection),
                    LeaseTaker.SOLE, version, clock);
        } catch (RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    static Database connect(String url, String user, String password, Clock clock, List<Migration> migrations) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(clock, "clock");
        String where = describe(url);
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new StorageException("Cannot connect to " + where + ": the URL must start with jdbc:postgresql://");
        }
        Properties credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        // Migrate on a connection of its own first: a wrong address or password fails at once with
        // the driver's own words, rather than as a pool timeout.
        int version;
        try (Connection c = DriverManager.getConnection(url, credentials)) {
            version = migrate(c, where, Dialect.POSTGRESQL, migrations);
        } catch (SQLException e) {
            throw new StorageException("Cannot connect to " + where + ": " + e.getMessage(), e);
        }
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("safqa-db");
        pool.setJdbcUrl(url);
        Properties pooled = new Properties();
        pooled.putAll(credentials);
        pooled.setProperty("ApplicationName", "safqa");
        pool.setDataSourceProperties(pooled);
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setMinimumIdle(2);
        // a caller (a webhook, /readyz) waits at most this for a connection, then reports the failure
        pool.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
        // the server answered a moment ago; if it is gone again, the first statement says so
        pool.setInitializationFailTimeout(-1);
        return new Database(where, null, Dialect.POSTGRESQL, new PostgresConnections(new HikariDataSource(pool)),
                new PostgresLeases(url, credentials), version, clock);
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

    /**
     * The questions kept for review, as they are: for {@code safqa review}, which reads them and
     * forgets those an editor accepted.
     */
    public KeptQuestions keptQuestions() {
        return new JdbcKeptQuestions(this, clock, null);
    }

    /**
     * The questions kept for review by a running bot ({@code learning.keep-questions}): those older than
     * {@code retention} are forgotten now, and again at most once an hour as questions are kept.
     */
    public KeptQuestions keptQuestions(Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the retention period must be positive, not " + retention);
        }
        return new JdbcKeptQuestions(this, clock, retention);
    }

    /** Inbound updates and events taken for answering, so that a repeat is answered once. */
    public InboundLog inbound() {
        return inbound;
    }

    /** Each conversation's last question, for follow-ups: the same whichever replica is asked, kept across restarts. */
    public FollowUpMemory followUps() {
        return new JdbcFollowUps(this, clock);
    }

    /**
     * A limit on questions per key counted in this database, so that it holds across replicas
     * ({@code scope} keeps platforms apart). One statement per question; on SQLite, which one process
     * owns, an in-memory {@link dev.safqa.limits.RateLimiter} does the same for less.
     */
    public QuestionLimit questionLimit(String scope, Pacer.Rate rate) {
        return new JdbcQuestionLimit(this, scope, rate, clock);
    }

    /** The schema version the database is at (the latest this build knows, once open). */
    public int schemaVersion() {
        return schemaVersion;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** True when other processes may share this database (PostgreSQL): work that must run once needs a {@link #tryLease lease}. */
    public boolean shared() {
        return dialect == Dialect.POSTGRESQL;
    }

    /** The SQLite file; empty on PostgreSQL. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Where the data is, for messages: the file, or {@code postgresql://host:port/name} without credentials. */
    public String location() {
        return location;
    }

    /** Checks that the database answers: the readiness probe. */
    public void ping() {
        withConnection("reach the database", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
                return rs.next();
            }
        });
    }

    /**
     * Tries to become the one process that does {@code name} (polling Telegram, dispatching a
     * platform's notifications). Empty if another process holds it. The lease lasts until it is
     * closed or this process dies (PostgreSQL drops a dead session's advisory locks), and
     * {@link Lease#held()} says whether it still stands. On SQLite, which one process owns, it is
     * always granted.
     */
    @Override
    public Optional<Lease> tryLease(String name) {
        try {
            return leases.tryAcquire(name);
        } catch (SQLException e) {
            throw failure("take the lease " + name, e);
        }
    }

    @Override
    public void close() {
        try {
            leases.close();
            connections.close();
        } catch (SQLException e) {
            throw failure("close the database", e);
        }
    }

    /** Work on a connection; each statement commits on its own. */
    <T> T withConnection(String operation, SqlWork<T> work) {
        try {
            return connections.withConnection(work);
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    /** Work in one transaction, all or nothing. */
    <T> T inTransaction(String operation, SqlWork<T> work) {
        try {
            return connections.inTransaction(work);
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    /**
     * Inside {@link #inTransaction}: waits until no other transaction holding {@code name} is running,
     * for work whose reads decide its writes (what was last announced). SQLite's IMMEDIATE
     * transactions are serialised already.
     */
    void serialize(Connection c, String name) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            try (PreparedStatement s = Sql.prepare(c, "SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", name);
                 ResultSet rs = s.executeQuery()) {
                rs.next();
            }
        }
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private StorageException failure(String operation, SQLException e) {
        return new StorageException("Cannot " + operation + " in " + location + ": " + e.getMessage(), e);
    }

    /** {@code postgresql://host:port/name}: the URL without its parameters, which may hold a password. */
    static String describe(String url) {
        String rest = url.startsWith("jdbc:") ? url.substring(5) : url;
        int q = rest.indexOf('?');
        String bare = q < 0 ? rest : rest.substring(0, q);
        try {
            URI u = URI.create(bare);
            if (u.getHost() != null) {
                return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort())
                        + (u.getPath() == null ? "" : u.getPath());
            }
        } catch (IllegalArgumentException e) {
            // not a URL we can take apart: say only what kind of database it is
        }
        return bare.contains(":") ? bare.substring(0, bare.indexOf(':')) + " database" : "the database";
    }

    private static Connection connectSqlite(Path file) {
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
     * Brings the database to the latest version, one migration per transaction, recording each
     * version inside that same transaction (SQLite: {@code PRAGMA user_version}; PostgreSQL: the
     * table {@code safqa_schema}, both transactional): a crash leaves it at the last migration that
     * completed, never half way through one.
     */
    private static int migrate(Connection connection, String where, Dialect dialect, List<Migration> migrations) {
        int latest = Schema.latestVersion(migrations);
        String begin = dialect == Dialect.SQLITE ? "BEGIN IMMEDIATE" : "BEGIN";
        int current;
        try {
            if (dialect == Dialect.POSTGRESQL) {
                Connections.transaction(connection, begin, c -> {
                    lockMigrations(c);
                    try (Statement s = c.createStatement()) {
                        s.execute("CREATE TABLE IF NOT EXISTS safqa_schema (version INTEGER NOT NULL)");
                        s.execute("INSERT INTO safqa_schema (version) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM safqa_schema)");
                    }
                    return null;
                });
            }
            current = version(connection, dialect);
        } catch (SQLException e) {
            throw new StorageException("Cannot read the schema version of " + where + ": " + e.getMessage(), e);
        }
        if (current > latest) {
            throw new StorageException(where + " has schema version " + current + " but this safqa knows only up to version "
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
                boolean applied = Connections.transaction(connection, begin, c -> {
                    if (dialect == Dialect.POSTGRESQL) {
                        lockMigrations(c);
                    }
                    // Another process may have applied it while we waited for the lock.
                    if (version(c, dialect) >= m.version()) {
                        return false;
                    }
                    try (Statement s = c.createStatement()) {
                        for (String sql : m.statements()) {
                            s.execute(dialect.schema(sql));
                        }
                        s.execute(dialect == Dialect.SQLITE ? "PRAGMA user_version = " + m.version()
                                : "UPDATE safqa_schema SET version = " + m.version());
                    }
                    return true;
                });
                if (applied) {
                    log.info("Migrated {} to schema version {}: {}", where, m.version(), m.description());
                }
            } catch (SQLException e) {
                throw new StorageException("Cannot migrate " + where + " to schema version " + m.version()
                        + " (" + m.description() + "): " + e.getMessage(), e);
            }
            current = m.version();
        }
        return current;
    }

    private static void lockMigrations(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")")) {
            rs.next();
        }
    }

    private static int version(Connection c, Dialect dialect) throws SQLException {
        return queryInt(c, dialect == Dialect.SQLITE ? "PRAGMA user_version" : "SELECT version FROM safqa_schema");
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

    /** Hands out leases: always, or by PostgreSQL advisory lock. */
    private interface LeaseTaker {
        LeaseTaker SOLE = name -> Leases.SOLE.tryLease(name);

        Optional<Lease> tryAcquire(String name) throws SQLException;

        /** Closes what it keeps for the next try; the leases handed out stay until they are closed. */
        default void close() throws SQLException {
        }
    }

    /**
     * A session-level advisory lock on a connection of its own, outside the pool: it is held for as
     * long as that session lives, and PostgreSQL releases it the moment the session ends, closed or
     * cut off by the death of the process.
     */
    private static final class PostgresLeases implements LeaseTaker {
        private final String url;
        private final Properties credentials;
        /** A session that just failed to take a lease: the next try reuses it, so standing by opens no new ones. */
        private final AtomicReference<Connection> spare = new AtomicReference<>();

        PostgresLeases(String url, Properties credentials) {
            this.url = url;
            this.credentials = new Properties();
            this.credentials.putAll(credentials);
            // so that pg_stat_activity tells a lease's session from the pool's
            this.credentials.setProperty("ApplicationName", "safqa-lease");
        }

        @Override
        public void close() throws SQLException {
            Connection c = spare.getAndSet(null);
            if (c != null) {
                c.close();
            }
        }

        @Override
        public Optional<Lease> tryAcquire(String name) throws SQLException {
            Connection c = spare.getAndSet(null);
            if (c == null || !c.isValid(2)) {
                if (c != null) {
                    c.close();
                }
                c = DriverManager.getConnection(url, credentials);
            }
            boolean got;
            try (PreparedStatement s = Sql.prepare(c, "SELECT pg_try_advisory_lock(hashtextextended(?, 0))", name);
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                got = rs.getBoolean(1);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            if (!got) {
                if (!spare.compareAndSet(null, c)) {
                    c.close();
                }
                return Optional.empty();
            }
            Connection session = c;
            return Optional.of(new Lease() {
                @Override
                public boolean held() {
                    try {
                        return session.isValid(2);
                    } catch (SQLException e) {
                        return false;
                    }
                }

                @Override
                public void close() {
                    // unlock before closing: the server ends a closed session a moment later, and the
                    // replica taking over should not have to wait for that
                    try (PreparedStatement s = Sql.prepare(session, "SELECT pg_advisory_unlock(hashtextextended(?, 0))", name);
                         ResultSet rs = s.executeQuery()) {
                        rs.next();
                    } catch (SQLException e) {
                        log.debug("unlocking lease {}: {}", name, e.toString());
                    }
                    try {
                        session.close();
                    } catch (SQLException e) {
                        log.debug("closing the session of lease {}: {}", name, e.toString());
                    }
                }
            });
        }
    }
}
