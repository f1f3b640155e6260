package dev.safqa.slack;

import static dev.safqa.slack.SignedClient.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.safqa.notify.Dispatcher;
import dev.safqa.limits.RetryPolicy;
import dev.safqa.notify.SubscriptionService;
import dev.safqa.notify.Timekeeper;
import dev.safqa.platform.Telemetry;
import dev.safqa.storage.ChatKey;
import dev.safqa.storage.Database;
import dev.safqa.storage.Delivery;
import dev.safqa.storage.DeliveryLog;
import dev.safqa.storage.DeliveryStatus;
import dev.safqa.storage.NotificationKind;
import dev.safqa.storage.NotificationSummary;
import dev.safqa.storage.Notifications;
import dev.safqa.text.Bidi;
import dev.safqa.text.Language;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /safqa subscribe} and the notes that follow, on Slack: signed slash commands into the app in
 * HTTP mode, subscriptions in SQLite, and a dispatcher posting through the app's Web API client to
 * the fake Slack, where each chat.postMessage is checked.
 */
@Timeout(30)
class SlackNotificationsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Dispatcher.Settings FAST = Dispatcher.Settings.DEFAULT
            .withRetry(new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(1)))
            .withPollInterval(Duration.ofMillis(200));

    @TempDir
    Path dir;
    private Database db;
    private HttpModeHarness h;
    private FakeSlack slack;
    private Notifications notifications;
    private Dispatcher dispatcher;

    @BeforeEach
    void start() throws Exception {
        db = Database.open(dir);
        notifications = Notifications.in(db);
        h = new HttpModeHarness();
        h.subscriptions = new SubscriptionService(db.subscriptions(), Clock.systemUTC());
        h.start(TestKnowledge.answerer(), 20);
        slack = h.slack;
    }

    @AfterEach
    void stop() {
        if (dispatcher != null) {
            dispatcher.close();
        }
        h.close();
        db.close();
    }

    /** The ephemeral reply to {@code /safqa <text>} typed in {@code channel}. */
    private String command(String text, String channel) throws Exception {
        return h.client.form(slashCommand(text, channel, "U0001", slack.responseUrl("cmd"))).body();
    }

    private NotificationSummary note(String ar, String en) {
        return notifications.create(NotificationKind.BROADCAST, null, new Notifications.Texts(ar, en), Instant.now());
    }

    /** Posts through the app's notice sender, on the app's pacer, as the application does. */
    private void dispatch() {
        dispatcher = new Dispatcher(DeliveryLog.in(db), db.subscriptions(), List.of(h.app.notices()), h.pacer,
                Timekeeper.SYSTEM, Telemetry.NONE, FAST);
        dispatcher.start();
    }

    private void awaitSettled(NotificationSummary n) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            NotificationSummary s = notifications.summary(n.notification().id()).orElseThrow();
            if (s.count(DeliveryStatus.PENDING) + s.count(DeliveryStatus.SENDING) == 0) {
                return;
            }
            assertThat(System.nanoTime()).as("notification settled").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    private void awaitUnsubscribed() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!db.subscriptions().all().isEmpty()) {
            assertThat(System.nanoTime()).as("the channel unsubscribed").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    private Delivery delivery(NotificationSummary n, String channel) {
        return notifications.deliveries(n.notification().id()).stream()
                .filter(d -> d.chat().chatId().equals(channel)).findFirst().orElseThrow();
    }

    @Test
    void anyone_in_a_channel_subscribes_it_and_subscribing_twice_is_harmless_and_says_so() throws Exception {
        assertThat(command("subscribe", "C0100")).contains("Subscribed: this chat will get a short note");

        assertThat(command("subscribe", "C0100")).contains("Already subscribed");
        assertThat(db.subscriptions().all()).singleElement().satisfies(s -> {
            assertThat(s.chat()).isEqualTo(new ChatKey("slack", "C0100"));
            assertThat(s.language()).isEqualTo(Language.EN);
        });
    }

    @Test
    void subscribing_in_arabic_makes_the_notes_arabic() throws Exception {
        assertThat(Bidi.strip(command("اشتراك", "C0200"))).contains("تم الاشتراك");

        assertThat(db.subscriptions().find(new ChatKey("slack", "C0200")))
                .hasValueSatisfying(s -> assertThat(s.language()).isEqualTo(Language.AR));
    }

    @Test
    void unsubscribe_stops_the_notes() throws Exception {
        command("subscribe", "C0300");

        assertThat(command("unsubscribe", "C0300")).contains("Unsubscribed");
        assertThat(db.subscriptions().all()).isEmpty();
    }

    @Test
    void each_subscribed_channel_gets_the_note_once_in_its_language_with_nothing_live_in_it() throws Exception {
        command("subscribe", "C0100");
        command("اشتراك", "C0200");
        NotificationSummary n = note("تحديث: قيمة Scale AI الآن 29 مليار دولار", "Update <!channel> & <@U0002>: Scale AI at $29 billion");

        dispatch();
        awaitSettled(n);

        Map<String, List<FakeSlack.Post>> byChannel = slack.takePosts().stream()
                .collect(Collectors.groupingBy(FakeSlack.Post::channel));
        assertThat(byChannel.get("C0100")).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("Update &lt;!channel&gt; &amp; &lt;@U0002&gt;: Scale AI at $29 billion"); // no ping
            JsonObject section = JsonParser.parseString(p.blocks()).getAsJsonArray().get(0).getAsJsonObject();
            assertThat(section.get("type").getAsString()).isEqualTo("section");
            assertThat(section.getAsJsonObject("text").get("text").getAsString()).isEqualTo(p.text());
            assertThat(section.getAsJsonObject("text").get("verbatim").getAsBoolean()).isTrue(); // no auto-linked mentions
            assertThat(p.threadTs()).isNull(); // a message of its own in the channel
        });
        assertThat(byChannel.get("C0200")).singleElement().satisfies(p -> {
            assertThat(p.text()).contains("\u2068Scale AI\u2069"); // isolated inside Arabic
            assertThat(Bidi.strip(p.text())).isEqualTo("تحديث: قيمة Scale AI الآن 29 مليار دولار");
        });
        assertThat(byChannel).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"channel_not_found", "is_archived", "not_in_channel", "account_inactive"})
    void a_channel_that_is_gone_is_unsubscribed(String error) throws Exception {
        command("subscribe", "C0400");
        slack.script(new FakeSlack.Reply(200, Map.of(), "{\"ok\":false,\"error\":\"" + error + "\"}"));
        NotificationSummary n = note("ملاحظة", "note");

        dispatch();
        awaitSettled(n);

        awaitUnsubscribed(); // right after the delivery is dropped
        assertThat(delivery(n, "C0400").status()).isEqualTo(DeliveryStatus.DROPPED);
        assertThat(slack.takePosts()).hasSize(1); // not tried again
    }

    @Test
    void a_429_waits_its_retry_after_then_the_note_is_posted_once() throws Exception {
        command("subscribe", "C0500");
        slack.script(FakeSlack.Reply.rateLimited(1));
        NotificationSummary n = note("ملاحظة", "note");

        dispatch();
        awaitSettled(n);

        List<FakeSlack.Post> posts = slack.takePosts();
        assertThat(posts).hasSize(2); // refused, then taken
        assertThat(Duration.ofNanos(posts.get(1).nanoTime() - posts.get(0).nanoTime())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(delivery(n, "C0500")).satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(d.attempts()).isEqualTo(2);
        });
    }

    @Test
    void a_server_error_is_retried_until_the_note_is_posted() throws Exception {
        command("subscribe", "C0600");
        slack.script(new FakeSlack.Reply(503, Map.of(), "{\"ok\":false,\"error\":\"service_unavailable\"}"));
        NotificationSummary n = note("ملاحظة", "note");

        dispatch();
        awaitSettled(n);

        assertThat(slack.takePosts()).hasSize(2);
        assertThat(delivery(n, "C0600").status()).isEqualTo(DeliveryStatus.SENT);
    }
}
