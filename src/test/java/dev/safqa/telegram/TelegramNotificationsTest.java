package dev.safqa.telegram;

import static dev.safqa.telegram.BotHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.notify.Dispatcher;
import dev.safqa.limits.RetryPolicy;
import dev.safqa.platform.Telemetry;
import dev.safqa.storage.ChatKey;
import dev.safqa.storage.Delivery;
import dev.safqa.storage.DeliveryStatus;
import dev.safqa.storage.NotificationKind;
import dev.safqa.storage.NotificationSummary;
import dev.safqa.storage.Notifications;
import dev.safqa.storage.Subscription;
import dev.safqa.text.Bidi;
import dev.safqa.text.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notifications through the real bot's client to a fake Bot API: the dispatcher (real time, the
 * bot's own pacer, short back-offs) delivers each note once, rendered as Telegram HTML, and what
 * Telegram answers (429, 403, chat not found, migrate_to_chat_id, 5xx) does what it should to the
 * delivery and the subscription.
 */
@Timeout(30)
class TelegramNotificationsTest {
    private static final Dispatcher.Settings FAST = Dispatcher.Settings.DEFAULT
            .withRetry(new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(1)))
            .withPollInterval(Duration.ofMillis(200));

    @TempDir
    Path dir;
    private BotHarness h;
    private Notifications notifications;
    private Dispatcher dispatcher;

    @BeforeEach
    void start() throws Exception {
        h = new BotHarness(dir);
        h.start(h.settings());
        notifications = Notifications.in(h.db);
    }

    @AfterEach
    void stop() {
        if (dispatcher != null) {
            dispatcher.close();
        }
        h.close();
    }

    private ChatKey subscribe(String chatId, Language language) {
        ChatKey chat = new ChatKey("telegram", chatId);
        h.db.subscriptions().subscribe(new Subscription(chat, language, "tester", Instant.now()));
        return chat;
    }

    private NotificationSummary note(String ar, String en) {
        return notifications.create(NotificationKind.BROADCAST, null, new Notifications.Texts(ar, en), Instant.now());
    }

    /** Delivers through the bot's notice sender, on the bot's pacer, as the application does. */
    private void dispatch() {
        dispatcher = new Dispatcher(dev.safqa.storage.DeliveryLog.in(h.db), h.db.subscriptions(), List.of(h.bot.notices()),
                h.pacer, dev.safqa.notify.Timekeeper.SYSTEM, Telemetry.NONE, FAST);
        dispatcher.start();
    }

    private Delivery delivery(NotificationSummary n, String chatId) {
        return notifications.deliveries(n.notification().id()).stream()
                .filter(d -> d.chat().chatId().equals(chatId)).findFirst().orElseThrow();
    }

    private void awaitSettled(NotificationSummary n) {
        await(() -> {
            NotificationSummary s = notifications.summary(n.notification().id()).orElseThrow();
            return s.count(DeliveryStatus.PENDING) == 0 && s.count(DeliveryStatus.SENDING) == 0;
        }, "notification " + n.notification().id() + " settled");
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + WAIT.multipliedBy(2).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() < deadline).as("timed out waiting for: %s", what).isTrue();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    private List<FakeBotApi.Call> sent(String chatId) {
        return h.api.calls("sendMessage").stream().filter(c -> chatId.equals(c.chatId())).toList();
    }

    @Test
    void each_subscriber_gets_the_note_once_in_its_language_as_escaped_html() throws Exception {
        subscribe("1001", Language.EN);
        subscribe("-1002", Language.AR);
        NotificationSummary n = note("تحديث: قيمة Scale AI الآن 29 مليار دولار <تقدير>", "Update: Scale AI & Meta <b>29</b>");

        dispatch();
        awaitSettled(n);

        assertThat(sent("1001")).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("Update: Scale AI &amp; Meta &lt;b&gt;29&lt;/b&gt;"); // plain text, escaped
            assertThat(c.json().path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
        });
        assertThat(sent("-1002")).singleElement().satisfies(c -> {
            assertThat(c.text()).contains("\u2068Scale AI\u2069"); // Latin run isolated inside Arabic
            assertThat(Bidi.strip(c.text())).isEqualTo("تحديث: قيمة Scale AI الآن 29 مليار دولار &lt;تقدير&gt;");
        });
        assertThat(notifications.summary(n.notification().id()).orElseThrow().count(DeliveryStatus.SENT)).isEqualTo(2);
    }

    @Test
    void a_429_waits_its_retry_after_then_the_note_is_delivered_once() throws Exception {
        subscribe("1003", Language.EN);
        h.api.script("sendMessage", c -> "1003".equals(c.chatId()), 1, 429,
                FakeBotApi.error(429, "Too Many Requests: retry after 1", 1));
        NotificationSummary n = note("ملاحظة", "note");

        dispatch();
        awaitSettled(n);

        List<FakeBotApi.Call> calls = sent("1003");
        assertThat(calls).hasSize(2); // the refused one, then the one that went through
        assertThat(Duration.ofNanos(calls.get(1).nanos() - calls.get(0).nanos())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(delivery(n, "1003")).satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(d.attempts()).isEqualTo(2);
        });
    }

    @Test
    void a_403_unsubscribes_the_chat_and_drops_its_note() throws Exception {
        ChatKey blocked = subscribe("1004", Language.EN);
        h.api.script("sendMessage", c -> "1004".equals(c.chatId()), 1, 403,
                FakeBotApi.error(403, "Forbidden: bot was blocked by the user", null));
        NotificationSummary n = note("ملاحظة", "note");

        dispatch();
        awaitSettled(n);

        await(() -> h.db.subscriptions().find(blocked).isEmpty(), "unsubscribed"); // right after the delivery is dropped
        assertThat(delivery(n, "1004").status()).isEqualTo(DeliveryStatus.DROPPED);
        assertThat(sent("1004")).hasSize(1); // never tried again
    }

    @Test
    void chat_not_found_unsubscribes_the_chat() throws Exception {
        ChatKey deleted = subscribe("-1005", Language.EN);
        h.api.script("sendMessage", c -> "-1005".equals(c.chatId()), 1, 400,
                FakeBotApi.error(400, "Bad Request: chat not found", null));
        NotificationSummary n = note("ملاحظة", "note");

        dispatch();
        awaitSettled(n);

        await(() -> h.db.subscriptions().find(deleted).isEmpty(), "unsubscribed"); // right after the delivery is dropped
        assertThat(delivery(n, "-1005").status()).isEqualTo(DeliveryStatus.DROPPED);
    }

    @Test
    void a_group_that_became_a_supergroup_keeps_its_subscription_and_gets_the_note_at_its_new_id() throws Exception {
        ChatKey old = subscribe("-1006", Language.AR);
        h.api.script("sendMessage", c -> "-1006".equals(c.chatId()), 1, 400,
                "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat was upgraded to a supergroup chat\","
                        + "\"parameters\":{\"migrate_to_chat_id\":-1001000000006}}");
        NotificationSummary n = note("ملاحظة", "note");

        dispatch();
        awaitSettled(n);

        assertThat(h.db.subscriptions().find(old)).isEmpty();
        assertThat(h.db.subscriptions().find(new ChatKey("telegram", "-1001000000006")))
                .hasValueSatisfying(s -> assertThat(s.language()).isEqualTo(Language.AR)); // moved as it was
        assertThat(sent("-1001000000006")).singleElement().extracting(FakeBotApi.Call::text).isEqualTo("ملاحظة");
        assertThat(delivery(n, "-1001000000006").status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void a_server_error_is_retried_until_the_note_goes_through() throws Exception {
        subscribe("1007", Language.EN);
        h.api.script("sendMessage", c -> "1007".equals(c.chatId()), 2, 502, FakeBotApi.error(502, "Bad Gateway", null));
        NotificationSummary n = note("ملاحظة", "note");

        dispatch();
        awaitSettled(n);

        assertThat(sent("1007")).hasSize(3);
        assertThat(delivery(n, "1007").status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void a_refused_message_is_given_up_at_once_and_the_chat_stays_subscribed() throws Exception {
        ChatKey chat = subscribe("1008", Language.EN);
        h.api.script("sendMessage", c -> "1008".equals(c.chatId()), 1, 400,
                FakeBotApi.error(400, "Bad Request: message is too long", null));
        NotificationSummary n = note("ملاحظة", "note");

        dispatch();
        awaitSettled(n);

        assertThat(sent("1008")).hasSize(1);
        assertThat(delivery(n, "1008")).satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(d.lastError()).contains("message is too long");
        });
        assertThat(h.db.subscriptions().find(chat)).isPresent();
    }
}
