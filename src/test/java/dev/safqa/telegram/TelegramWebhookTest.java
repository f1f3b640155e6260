package dev.safqa.telegram;

import static dev.safqa.telegram.TestSupport.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.http.HttpService;
import dev.safqa.limits.Pacer;
import dev.safqa.notify.SubscriptionService;
import dev.safqa.platform.Telemetry;
import dev.safqa.storage.Database;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhook mode over real HTTP: Telegram (played by the test) posts updates to Safqa's own server. */
class TelegramWebhookTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String SECRET = "s3cret_webhook-token";
    private static final String QUESTION = "How much did Meta invest in Scale AI?";

    @TempDir
    Path dataDir;

    private FakeBotApi api;
    private Database db;
    private TelegramBot bot;
    private HttpService server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeEach
    void setUp() throws Exception {
        api = new FakeBotApi(TOKEN);
        db = Database.open(dataDir);
        TelegramSettings settings = new TelegramSettings(TOKEN, api.url(), URI.create("https://safqa.example/telegram"),
                SECRET, true, null);
        bot = new TelegramBot(settings, TestSupport.conversation(db, db.chatSettings(),
                new SubscriptionService(db.subscriptions(), Clock.systemUTC()), 20)::handle, Telemetry.NONE, ChatLifecycle.IGNORE, new Pacer(),
                TestSupport.FAST);
        HttpService.Builder routes = HttpService.builder().host("127.0.0.1").port(0);
        bot.registerRoutes(routes);
        server = routes.start();
        bot.start();
    }

    @AfterEach
    void tearDown() {
        bot.close();
        server.close();
        api.close();
        db.close();
    }

    private HttpResponse<String> post(String secret, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + TelegramBot.WEBHOOK_PATH))
                .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            r.header(WebhookHandler.SECRET_HEADER, secret);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String update(int id, long chat, String text) {
        var u = Updates.privateText(chat, text, "en");
        u.put("update_id", id);
        return u.toString();
    }

    @Test
    void start_sets_the_webhook_with_the_secret_and_does_not_poll() throws Exception {
        FakeBotApi.Call set = api.await("setWebhook", c -> true, WAIT);
        assertThat(set.contentType()).startsWith("multipart/form-data");
        assertThat(set.body()).contains("https://safqa.example/telegram").contains("secret_token").contains(SECRET)
                .contains("callback_query");
        assertThat(api.calls("getUpdates")).isEmpty();
        assertThat(bot.isReady()).isTrue();
    }

    @Test
    void an_update_with_the_right_secret_is_answered() throws Exception {
        HttpResponse<String> r = post(SECRET, update(1, 3001, QUESTION));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(api.await("sendMessage", c -> "3001".equals(c.chatId()), WAIT).text()).contains("14.8");
    }

    @Test
    void an_update_with_a_wrong_or_missing_secret_gets_401_and_is_not_processed() throws Exception {
        assertThat(post("wrong", update(1, 3002, QUESTION)).statusCode()).isEqualTo(401);
        assertThat(post(null, update(2, 3002, "/facts")).statusCode()).isEqualTo(401);
        assertThat(post(SECRET, update(3, 3002, "/help")).statusCode()).isEqualTo(200);  // same chat, same worker

        FakeBotApi.Call sent = api.await("sendMessage", c -> "3002".equals(c.chatId()), WAIT);
        assertThat(sent.text()).contains("I'm Safqa");
        assertThat(api.calls("sendMessage")).hasSize(1);
    }

    @Test
    void a_body_that_is_not_an_update_is_acknowledged_and_skipped() throws Exception {
        assertThat(post(SECRET, "{not json").statusCode()).isEqualTo(200);  // else Telegram would resend it forever
        assertThat(post(SECRET, update(4, 3003, "/help")).statusCode()).isEqualTo(200);

        assertThat(api.await("sendMessage", c -> "3003".equals(c.chatId()), WAIT).text()).contains("/facts");
    }

    @Test
    void an_update_telegram_sends_twice_is_answered_once() throws Exception {
        assertThat(post(SECRET, update(5, 3004, QUESTION)).statusCode()).isEqualTo(200);
        assertThat(post(SECRET, update(5, 3004, QUESTION)).statusCode()).isEqualTo(200); // the repeat is acknowledged too
        assertThat(post(SECRET, update(6, 3004, "/help")).statusCode()).isEqualTo(200);  // same chat, same worker: after both

        api.await("sendMessage", c -> "3004".equals(c.chatId()) && c.text().contains("I'm Safqa"), WAIT);
        assertThat(api.calls("sendMessage")).hasSize(2); // the answer once, then the help
    }
}
