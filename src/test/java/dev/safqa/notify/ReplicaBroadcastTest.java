package dev.safqa.notify;

import dev.safqa.limits.Pacing;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.safqa.limits.Pacer;
import dev.safqa.platform.Telemetry;
import dev.safqa.storage.Database;
import dev.safqa.storage.Delivery;
import dev.safqa.storage.DeliveryLog;
import dev.safqa.storage.DeliveryStatus;
import dev.safqa.storage.NotificationKind;
import dev.safqa.storage.NotificationSummary;
import dev.safqa.storage.Notifications;
import dev.safqa.storage.TestPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A broadcast to 1,000 subscribers on one PostgreSQL with two replicas dispatching, one of them in a
 * child JVM that is killed with SIGKILL mid-broadcast: each chat gets the note once, the survivor
 * finishes within seconds, and the platform never sees more than its limit, by its own clock.
 */
class ReplicaBroadcastTest {
    private static final int SUBSCRIBERS = 1_000;
    /** One note every 3 ms: a thousand in three seconds, and at most 100 in any 300 ms. */
    private static final Duration INTERVAL = Duration.ofMillis(3);
    private static final Duration WINDOW = Duration.ofMillis(300);
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    private String url;
    private Database db;
    private FakePlatformServer platform;
    private final List<AutoCloseable> open = new ArrayList<>();
    private Process child;
    private final ExecutorService reader = Executors.newSingleThreadExecutor();
    private final BlockingQueue<String> reports = new LinkedBlockingQueue<>();

    /** The dispatcher settings of every replica here: the test's pacing, quick polls and takeovers. */
    static Dispatcher.Settings settings(Duration interval) {
        return Dispatcher.Settings.DEFAULT
                .withPollInterval(Duration.ofMillis(200)).withTakeover(Duration.ofMillis(200))
                .withCloseGrace(Duration.ofSeconds(5));
    }

    @BeforeEach
    void setUp() throws Exception {
        url = TestPostgres.newDatabase();
        db = Database.connect(url, TestPostgres.USER, null);
        platform = new FakePlatformServer();
        // a thousand subscribers in one statement, not a thousand transactions
        try (Connection c = TestPostgres.connect(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO subscriptions (platform, chat_id, language, subscribed_by, since_ms) "
                    + "SELECT 'telegram', (100000 + n)::text, 'en', 't', 0 FROM generate_series(1, " + SUBSCRIBERS + ") n");
        }
        assertThat(db.subscriptions().all()).hasSize(SUBSCRIBERS);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (child != null) {
            child.destroyForcibly();
            child.waitFor(30, SECONDS);
        }
        reader.shutdownNow();
        for (int i = open.size() - 1; i >= 0; i--) { // each dispatcher before its database
            open.get(i).close();
        }
        platform.close();
        db.close();
    }

    private Dispatcher replica(String name) {
        Database own = Database.connect(url, TestPostgres.USER, null);
        Dispatcher d = new Dispatcher(DeliveryLog.in(own), own.subscriptions(),
                List.of(FakePlatformServer.sender("telegram", platform.url(), name, Pacing.of("telegram", INTERVAL, Duration.ofSeconds(1)))), new Pacer(), Timekeeper.SYSTEM,
                Telemetry.NONE, settings(INTERVAL), own);
        open.add(own);
        open.add(d);
        return d;
    }

    private long broadcast() {
        return Notifications.in(db).create(NotificationKind.BROADCAST, null, new Notifications.Texts("تحديث", "update"),
                Instant.now()).notification().id();
    }

    @Test
    void two_replicas_dispatching_one_broadcast_send_each_note_once_within_the_limit() throws Exception {
        Dispatcher a = replica("a");
        Dispatcher b = replica("b");
        long id = broadcast();
        a.start();
        b.start();

        List<FakePlatformServer.Arrival> arrived = platform.awaitCount(SUBSCRIBERS, WAIT);
        awaitSettled(id);

        assertThat(perChat(arrived).values()).hasSize(SUBSCRIBERS).containsOnly(1L); // each chat once
        assertThat(FakePlatformServer.busiest(arrived, WINDOW)).as("notes in any 300 ms").isLessThanOrEqualTo(101);
        assertThat(Notifications.in(db).summary(id).orElseThrow().count(DeliveryStatus.SENT)).isEqualTo(SUBSCRIBERS);
    }

    @Test
    void a_replica_killed_mid_broadcast_leaves_the_rest_to_the_other_and_nobody_gets_it_twice() throws Exception {
        long id = broadcast();
        startChild();
        assertThat(next()).isEqualTo("started");
        platform.awaitCount(100, WAIT); // the child holds the lease and is a tenth of the way through
        Dispatcher survivor = replica("survivor");

        Logger dispatcherLog = (Logger) LoggerFactory.getLogger(Dispatcher.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        dispatcherLog.addAppender(logged);
        dispatcherLog.setAdditive(false); // its takeover notice is expected: captured, not printed
        dispatcherLog.setLevel(ch.qos.logback.classic.Level.INFO);
        try {
            survivor.start();
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close, a send may be on the wire
            assertThat(child.waitFor(30, SECONDS)).isTrue();
            awaitSettled(id);
        } finally {
            dispatcherLog.setLevel(null);
            dispatcherLog.setAdditive(true);
            dispatcherLog.detachAppender(logged);
        }

        List<FakePlatformServer.Arrival> arrived = platform.arrivals();
        Map<String, Long> perChat = perChat(arrived);
        assertThat(perChat.values()).containsOnly(1L); // nobody twice
        List<Delivery> deliveries = Notifications.in(db).deliveries(id);
        List<Delivery> failed = deliveries.stream().filter(d -> d.status() == DeliveryStatus.FAILED).toList();
        assertThat(failed).as("at most the one on the wire at the kill").hasSizeLessThanOrEqualTo(1)
                .allMatch(d -> d.lastError().startsWith("outcome unknown"));
        assertThat(deliveries.stream().filter(d -> d.status() == DeliveryStatus.SENT).count())
                .isEqualTo(SUBSCRIBERS - failed.size());
        assertThat(perChat.size()).isBetween(SUBSCRIBERS - failed.size(), SUBSCRIBERS); // the unknown one may have arrived

        List<FakePlatformServer.Arrival> byChild = arrived.stream().filter(x -> "child".equals(x.replica())).toList();
        List<FakePlatformServer.Arrival> bySurvivor = arrived.stream().filter(x -> "survivor".equals(x.replica())).toList();
        assertThat(byChild).hasSizeGreaterThanOrEqualTo(100);
        assertThat(bySurvivor).isNotEmpty();
        long gap = bySurvivor.get(0).nanos() - byChild.get(byChild.size() - 1).nanos();
        assertThat(Duration.ofNanos(gap)).as("undone after the kill").isLessThan(Duration.ofSeconds(5));
        assertThat(FakePlatformServer.busiest(arrived, WINDOW)).as("notes in any 300 ms").isLessThanOrEqualTo(101);
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(m -> m.startsWith("This replica now sends the telegram notifications"));
    }

    private static Map<String, Long> perChat(List<FakePlatformServer.Arrival> arrived) {
        return arrived.stream().collect(Collectors.groupingBy(FakePlatformServer.Arrival::chatId, Collectors.counting()));
    }

    /** Until no delivery of the notification is pending or being sent. */
    private void awaitSettled(long id) throws InterruptedException {
        NotifyFixture.await(() -> {
            NotificationSummary s = Notifications.in(db).summary(id).orElseThrow();
            return s.count(DeliveryStatus.PENDING) == 0 && s.count(DeliveryStatus.SENDING) == 0;
        }, "the broadcast settled");
    }

    private void startChild() throws IOException {
        child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                ReplicaDispatchChild.class.getName(), url, platform.url().toString(), String.valueOf(INTERVAL.toMillis()))
                .redirectError(dir.resolve("child.err").toFile())
                .start();
        reader.execute(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    reports.add(line);
                }
            } catch (IOException e) {
                // the child is gone
            }
        });
    }

    private String next() throws Exception {
        String line = reports.poll(60, SECONDS);
        if (line == null) {
            throw new AssertionError("the child said nothing; stderr:\n" + Files.readString(dir.resolve("child.err")));
        }
        return line;
    }
}
