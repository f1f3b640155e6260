package dev.safqa.telegram;

import dev.safqa.limits.RetryPolicy;
import static dev.safqa.telegram.TestSupport.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.safqa.conversation.Conversation;
import dev.safqa.http.HttpService;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.limits.Pacer;
import dev.safqa.notify.SubscriptionService;
import dev.safqa.platform.Replicas;
import dev.safqa.platform.Telemetry;
import dev.safqa.storage.Database;
import dev.safqa.storage.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Two replicas of one bot, each with its own HTTP server and database pool, on one real PostgreSQL,
 * in front of one fake Bot API: whatever the load balancer does, each update is answered once.
 */
class TelegramReplicasTest {
    private static final String SECRET = "replica_webhook-secret";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String QUESTION = "How much did Meta invest in Scale AI?";
    /** "typing…" only for slow answers, as in production, so the fake sees one call per answer. */
    private static final TelegramBot.Tuning TUNING = new TelegramBot.Tuning(1, Duration.ofMillis(50), Duration.ofMillis(500),
            new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(400)), Duration.ofSeconds(5), 4,
            Duration.ofMillis(300));

    private String url;
    private FakeBotApi api;
    private final List<Replica> replicas = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** One Safqa: its own database pool, bot and HTTP server. */
    private final class Replica implements AutoCloseable {
        final Database db;
        final TelegramBot bot;
        final HttpService server;

        Replica(boolean webhook) throws Exception {
            db = Database.connect(url, TestPostgres.USER, null);
            TelegramSettings settings = new TelegramSettings(TOKEN, api.url(),
                    webhook ? URI.create("https://safqa.example/telegram") : null, SECRET, false, null);
            Knowledge knowledge = TestSupport.knowledge();
            Replicas shared = Replicas.of(db).withTakeover(Duration.ofMillis(200));
            // the question limit counted in the shared database, as the application does
            Conversation conversation = Conversation.builder(TestSupport.answerer(), () -> knowledge)
                    .settings(db.chatSettings()).feedback(db.feedback())
                    .subscriptions(new SubscriptionService(db.subscriptions(), Clock.systemUTC()))
                    .limits(shared.limit("questions", new Pacer.Rate(20, Duration.ofMinutes(1))),
                            shared.limit("refusals", new Pacer.Rate(1, Duration.ofMinutes(1)))).build();
            bot = new TelegramBot(settings, conversation::handle, Telemetry.NONE, ChatLifecycle.IGNORE, new Pacer(), TUNING, shared);
            HttpService.Builder routes = HttpService.builder().host("127.0.0.1").port(0);
            bot.registerRoutes(routes);
            server = routes.start();
            bot.start();
        }

        CompletableFuture<HttpResponse<String>> post(String body) {
            HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + TelegramBot.WEBHOOK_PATH))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .header(WebhookHandler.SECRET_HEADER, SECRET).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return http.sendAsync(r, HttpResponse.BodyHandlers.ofString());
        }

        @Override
        public void close() {
            bot.close();
            server.close();
            db.close();
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        url = TestPostgres.newDatabase();
        api = new FakeBotApi(TOKEN);
    }

    @AfterEach
    void tearDown() {
        replicas.forEach(Replica::close);
        api.close();
    }

    private static String update(int id, long chat) {
        var u = Updates.privateText(chat, QUESTION, "en");
        u.put("update_id", id);
        return u.toString();
    }

    @Test
    void a_thousand_webhook_updates_spread_over_two_replicas_some_delivered_twice_are_each_answered_once() throws Exception {
        Replica a = new Replica(true);
        Replica b = new Replica(true);
        replicas.add(a);
        replicas.add(b);
        int updates = 1_000;
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        int twice = 0;
        for (int i = 1; i <= updates; i++) {
            String body = update(i, 5_000_000L + i);
            Replica first = i % 2 == 0 ? a : b;
            sent.add(first.post(body));
            if (i % 7 == 0) { // Telegram re-sends it, and the balancer hands the copy to the other replica
                sent.add((first == a ? b : a).post(body));
                twice++;
            }
            if (i % 50 == 0) { // a bounded number in flight, as Telegram's own 40 connections would be
                for (CompletableFuture<HttpResponse<String>> f : sent) {
                    assertThat(f.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
                }
                sent.clear();
            }
        }
        assertThat(twice).isEqualTo(142);
        api.awaitCount("sendMessage", c -> true, updates, WAIT);
        // close both: every update taken has been answered and every reply sent
        replicas.forEach(Replica::close);
        replicas.clear();

        Map<String, Long> perChat = api.calls("sendMessage").stream()
                .collect(Collectors.groupingBy(FakeBotApi.Call::chatId, Collectors.counting()));
        assertThat(perChat).hasSize(updates);
        assertThat(perChat.values()).containsOnly(1L); // each answered exactly once
    }

    @Test
    void one_replica_long_polls_and_another_takes_over_when_its_database_session_dies() throws Exception {
        Replica a = new Replica(false);
        Replica b = new Replica(false);
        replicas.add(a);
        replicas.add(b);
        assertThat(a.bot.polling()).as("the first replica up polls").isTrue();
        assertThat(b.bot.polling()).as("the second stands by").isFalse();
        assertThat(b.bot.isReady()).as("a standby replica is ready").isTrue();

        api.push(Updates.privateText(7_001, QUESTION, "en"));
        api.await("sendMessage", c -> "7001".equals(c.chatId()), WAIT);

        Logger botLog = (Logger) LoggerFactory.getLogger(TelegramBot.class);
        ListAppender<ILoggingEvent> warnings = new ListAppender<>();
        warnings.start();
        botLog.addAppender(warnings);
        botLog.setAdditive(false); // expected: captured here, not printed
        try {
            terminatePollerSession();

            awaitTrue(() -> b.bot.polling(), "the standby replica polls");
            awaitTrue(() -> !a.bot.polling(), "the replica that lost its lease stops polling");
            api.push(Updates.privateText(7_002, QUESTION, "en"));
            api.await("sendMessage", c -> "7002".equals(c.chatId()), WAIT);

            terminatePollerSession(); // and now the other one: the first replica takes it back

            awaitTrue(() -> a.bot.polling(), "the first replica polls again");
            awaitTrue(() -> !b.bot.polling(), "the second stops");
        } finally {
            botLog.setAdditive(true);
            botLog.detachAppender(warnings);
        }
        assertThat(warnings.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(m -> m.startsWith("Lost the polling lease"));
        api.push(Updates.privateText(7_003, QUESTION, "en"));
        api.await("sendMessage", c -> "7003".equals(c.chatId()), WAIT);

        replicas.forEach(Replica::close);
        replicas.clear();
        Map<String, Long> perChat = api.calls("sendMessage").stream()
                .collect(Collectors.groupingBy(FakeBotApi.Call::chatId, Collectors.counting()));
        assertThat(perChat).containsOnly(Map.entry("7001", 1L), Map.entry("7002", 1L), Map.entry("7003", 1L));
    }

    @Test
    void when_the_poller_stops_the_standby_takes_over() throws Exception {
        Replica a = new Replica(false);
        Replica b = new Replica(false);
        replicas.add(b);
        assertThat(a.bot.polling()).isTrue();

        a.close(); // a deploy: the old replica stops, its lease goes with it

        awaitTrue(() -> b.bot.polling(), "the standby replica polls");
        api.push(Updates.privateText(7_003, QUESTION, "en"));
        api.await("sendMessage", c -> "7003".equals(c.chatId()), WAIT);
    }

    /** As if the poller's machine vanished: PostgreSQL ends its session, and with it the advisory lock. */
    private void terminatePollerSession() throws Exception {
        try (Connection c = TestPostgres.connect(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' "
                     + "AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
            int ended = 0;
            while (rs.next()) {
                ended += rs.getBoolean(1) ? 1 : 0;
            }
            assertThat(ended).as("poller sessions ended").isEqualTo(1);
        }
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Object tick = new Object();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within 10 s").isLessThan(deadline);
            synchronized (tick) {
                tick.wait(20); // polling with a deadline
            }
        }
    }
}
