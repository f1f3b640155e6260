package dev.safqa.storage;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.safqa.text.Language;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What only a shared PostgreSQL does: replicas migrating at once, leases, credentials kept out of messages. */
class PostgresDatabaseTest {
    private final ChatKey chat = new ChatKey("telegram", "-100123");

    @Test
    void connecting_migrates_to_the_latest_schema_and_records_it() throws Exception {
        String url = TestPostgres.newDatabase();
        try (Database db = Database.connect(url, TestPostgres.USER, null)) {
            assertThat(db.schemaVersion()).isEqualTo(Schema.latestVersion(Schema.MIGRATIONS));
            assertThat(db.shared()).isTrue();
            assertThat(db.file()).isEmpty();
        }
        try (Connection c = TestPostgres.connect(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM safqa_schema")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(Schema.latestVersion(Schema.MIGRATIONS));
        }
    }

    @Test
    void epoch_milliseconds_fit_the_translated_columns() throws Exception {
        String url = TestPostgres.newDatabase();
        try (Database db = Database.connect(url, TestPostgres.USER, null)) {
            db.subscriptions().subscribe(new Subscription(chat, Language.AR, "u", java.time.Instant.parse("2025-06-16T09:00:00Z")));
            assertThat(db.subscriptions().find(chat)).isPresent();
        }
    }

    @Test
    void replicas_starting_together_migrate_once_and_all_open() throws Exception {
        String url = TestPostgres.newDatabase();
        int replicas = 4;
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Database>> opened = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                opened.add(pool.submit(() -> {
                    start.await();
                    return Database.connect(url, TestPostgres.USER, null);
                }));
            }
            start.countDown();
            List<Database> dbs = new ArrayList<>();
            for (Future<Database> f : opened) {
                dbs.add(f.get(60, SECONDS));
            }
            dbs.get(0).chatSettings().setLanguage(chat, Language.EN);
            for (Database db : dbs) {
                assertThat(db.chatSettings().language(chat)).contains(Language.EN); // one database, whichever replica reads
                db.close();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_lease_is_held_by_one_replica_until_it_lets_go() {
        String url = TestPostgres.newDatabase();
        try (Database first = Database.connect(url, TestPostgres.USER, null);
             Database second = Database.connect(url, TestPostgres.USER, null)) {
            Lease lease = first.tryLease("telegram-poll:1").orElseThrow();
            assertThat(lease.held()).isTrue();
            assertThat(second.tryLease("telegram-poll:1")).isEmpty();
            assertThat(second.tryLease("telegram-poll:2")).isPresent(); // another bot

            lease.close();

            Optional<Lease> taken = second.tryLease("telegram-poll:1");
            assertThat(taken).isPresent();
            taken.get().close();
        }
    }

    @Test
    void a_standby_trying_for_a_lease_again_and_again_keeps_one_session_for_it() throws Exception {
        String url = TestPostgres.newDatabase();
        try (Database first = Database.connect(url, TestPostgres.USER, null);
             Database second = Database.connect(url, TestPostgres.USER, null);
             Lease held = first.tryLease("notify:telegram").orElseThrow()) {
            assertThat(second.tryLease("notify:telegram")).isEmpty();
            int sessions = sessions(url);

            for (int i = 0; i < 20; i++) {
                assertThat(second.tryLease("notify:telegram")).isEmpty();
            }

            assertThat(sessions).isEqualTo(2); // the holder's, and the standby's spare
            assertThat(sessions(url)).isEqualTo(sessions);
            assertThat(held.held()).isTrue();
        }
    }

    private static int sessions(String url) throws Exception {
        try (Connection c = TestPostgres.connect(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'safqa-lease'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void a_server_that_is_not_there_is_reported_with_its_address_only() {
        assertThatThrownBy(() -> Database.connect("jdbc:postgresql://127.0.0.1:1/safqa?password=hunter2&connectTimeout=2",
                "safqa", "hunter2"))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("postgresql://127.0.0.1:1/safqa")
                .hasMessageNotContaining("hunter2");
    }
}
