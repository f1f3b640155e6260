package dev.safqa.app;

import static dev.safqa.slack.SignedClient.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import dev.safqa.config.ConfigLoader;
import dev.safqa.reload.ReloadResult;
import dev.safqa.slack.FakeSlack;
import dev.safqa.slack.SignedClient;
import dev.safqa.storage.Database;
import dev.safqa.storage.DeliveryStatus;
import dev.safqa.storage.NotificationSummary;
import dev.safqa.storage.Notifications;
import dev.safqa.telegram.FakeBotApi;
import dev.safqa.telegram.Updates;
import dev.safqa.text.Bidi;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code safqa serve} as a user meets it: the application built from configuration and environment,
 * with the real adapters ({@link ChatPlatforms}) talking to a fake Bot API and a fake Slack on
 * 127.0.0.1, a copy of the knowledge folder, and the database in a temporary folder. A chat
 * subscribes, an editor changes the knowledge, and the note arrives where Telegram and Slack would
 * show it.
 */
@Timeout(30)
class NotificationsEndToEndTest {
    private static final String TOKEN = "123456789:AAE-e2e_token-0a1b2c3d4e5f";
    private static final String FACTS = "meta-scale-ai.facts.yaml";
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path dir;
    private Path knowledge;
    private FakeBotApi telegram;
    private FakeSlack slack;
    private Application app;

    @BeforeEach
    void start() throws Exception {
        knowledge = TestKnowledge.copyTo(dir);
        telegram = new FakeBotApi(TOKEN);
        slack = new FakeSlack();
        Map<String, String> env = Map.ofEntries(
                Map.entry("SAFQA_HTTP_HOST", "127.0.0.1"), Map.entry("SAFQA_HTTP_PORT", "0"),
                Map.entry("SAFQA_DATA_DIR", dir.resolve("data").toString()),
                Map.entry("SAFQA_KNOWLEDGE_DIR", knowledge.toString()), Map.entry("SAFQA_LOG_LEVEL", "WARN"),
                Map.entry("SAFQA_HTTP_SHUTDOWN_GRACE", "0s"),
                Map.entry("TELEGRAM_BOT_TOKEN", TOKEN), Map.entry("TELEGRAM_API_URL", telegram.url().toString()),
                Map.entry("TELEGRAM_SHUTDOWN_GRACE", "1s"),
                Map.entry("SLACK_BOT_TOKEN", "xoxb-e2e-token"), Map.entry("SLACK_SIGNING_SECRET", SignedClient.SECRET),
                Map.entry("SLACK_API_URL", slack.apiUrl()), Map.entry("SLACK_SHUTDOWN_GRACE", "1s"));
        app = Application.start(new ConfigLoader(env).load(Path.of("config", "safqa.yaml")), ChatPlatforms::create);
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        telegram.close();
        slack.close();
    }

    /** {@code /subscribe} from an Arabic-speaking Telegram user and {@code /safqa subscribe} in a Slack channel. */
    private void subscribeBoth() throws Exception {
        telegram.push(Updates.privateText(501, "/subscribe", "ar"));
        assertThat(telegram.await("sendMessage", c -> "501".equals(c.chatId()), WAIT).text()).startsWith("تم الاشتراك");
        String ack = new SignedClient(app.port()).form(slashCommand("subscribe", "C0E2E", "U0001", slack.responseUrl("sub"))).body();
        assertThat(ack).contains("Subscribed");
    }

    @Test
    void a_knowledge_edit_reaches_each_subscriber_once_in_its_language() throws Exception {
        subscribeBoth();

        // an editor saves the file; the server notices on its own
        edit("ar: 'تقيّم الصفقة شركة Scale AI عند 29 مليار دولار.'", "ar: 'بحسب الصفقة تبلغ قيمة شركة Scale AI نحو 29 مليار دولار.'",
                "en: \"The deal values Scale AI at $29 billion.\"", "en: \"Under the deal, Scale AI is valued at $29 billion.\"");

        FakeBotApi.Call note = telegram.await("sendMessage", c -> c.text() != null && c.text().contains("مُحدَّث"), WAIT);
        assertThat(note.chatId()).isEqualTo("501");
        assertThat(Bidi.strip(note.text())).contains("مُحدَّث: بحسب الصفقة تبلغ قيمة شركة Scale AI نحو 29 مليار دولار.")
                .contains("«مما يقيّم شركة تصنيف البيانات عند 29 مليار دولار»"); // the verbatim source, cited
        FakeSlack.Post post = slack.nextPost(WAIT);
        assertThat(post.channel()).isEqualTo("C0E2E");
        assertThat(post.text()).startsWith("Update on the Meta–Scale AI deal")
                .contains("Updated: Under the deal, Scale AI is valued at $29 billion.");

        NotificationSummary made = awaitDelivered();
        assertThat(made.count(DeliveryStatus.SENT)).isEqualTo(2);
        assertThat(telegram.calls("sendMessage")).filteredOn(c -> "501".equals(c.chatId())).hasSize(2); // the reply, the note
        assertThat(slack.takePosts()).isEmpty(); // and nothing more on Slack
    }

    @Test
    void an_invalid_edit_notifies_nobody_and_the_bot_keeps_answering_from_what_it_knew() throws Exception {
        subscribeBoth();

        // the source no longer appears in the article, and the answer states a figure it does not have
        edit("source: 'استثمرت شركة ميتا 14.8 مليار دولار للاستحواذ على حصة 49% في شركة Scale AI'",
                "source: 'استثمرت شركة ميتا 15 مليار دولار للاستحواذ على حصة 49% في شركة Scale AI'",
                "en: \"Meta invested $14.8 billion in Scale AI for a 49% stake.\"", "en: \"Meta invested $15 billion in Scale AI for a 49% stake.\"");
        assertThat(app.knowledge().reload()).isInstanceOf(ReloadResult.Rejected.class); // as SIGHUP would

        telegram.push(Updates.privateText(502, "How much did Meta invest in Scale AI?", "en"));
        assertThat(telegram.await("sendMessage", c -> "502".equals(c.chatId()), WAIT).text()).contains("14.8 billion");
        try (Database db = Database.openExisting(dir.resolve("data")).orElseThrow()) {
            assertThat(Notifications.in(db).recent(10)).isEmpty();
        }
    }

    @Test
    void metrics_report_the_notification_backlog() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).contains("safqa_notifications_backlog 0.0");
    }

    /** The one notification made, once every delivery of it is settled (read from the server's database). */
    private NotificationSummary awaitDelivered() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try (Database db = Database.openExisting(dir.resolve("data")).orElseThrow()) {
                List<NotificationSummary> recent = Notifications.in(db).recent(10);
                assertThat(recent).hasSizeLessThanOrEqualTo(1);
                if (!recent.isEmpty() && recent.get(0).count(DeliveryStatus.PENDING) + recent.get(0).count(DeliveryStatus.SENDING) == 0) {
                    return recent.get(0);
                }
            }
            assertThat(System.nanoTime()).as("the notification delivered").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    /** Replaces each {@code from} with the {@code to} after it, in one save of the facts file. */
    private void edit(String... fromTo) throws IOException {
        Path file = knowledge.resolve(FACTS);
        String text = Files.readString(file);
        for (int i = 0; i < fromTo.length; i += 2) {
            assertThat(text).contains(fromTo[i]);
            text = text.replace(fromTo[i], fromTo[i + 1]);
        }
        Files.writeString(file, text);
    }
}
