package dev.safqa.telegram;

import static dev.safqa.telegram.TestSupport.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.safqa.notify.SendResult;
import dev.safqa.ops.LogRedaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/**
 * One send, and what it means, for the answers that are not about a chat: no answer in time (which
 * must never be retried: the note may have arrived), a page that is not the Bot API's, a refused
 * connection. The real client against the fake Bot API, with a short read timeout.
 */
@Timeout(20)
class TelegramNoticeSenderTest {
    private static final Duration READ_TIMEOUT = Duration.ofMillis(300);

    private final List<OkHttpClient> clients = new ArrayList<>();
    private FakeBotApi api;
    private TelegramNoticeSender sender;

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi(TOKEN);
        sender = senderTo(new TelegramSettings(TOKEN, api.url(), null, null, true, null));
    }

    private TelegramNoticeSender senderTo(TelegramSettings settings) {
        OkHttpClient http = new OkHttpClient.Builder().readTimeout(READ_TIMEOUT).build();
        clients.add(http);
        return new TelegramNoticeSender(new OkHttpTelegramClient(new ObjectMapper(), http, TOKEN, settings.telegramUrl()),
                LogRedaction.of(TOKEN));
    }

    @AfterEach
    void stop() {
        for (OkHttpClient http : clients) {
            http.dispatcher().executorService().shutdownNow();
            http.connectionPool().evictAll();
        }
        api.close();
    }

    @Test
    void a_note_telegram_takes_is_sent() {
        assertThat(sender.send("1001", "note")).isInstanceOf(SendResult.Sent.class);
    }

    @Test
    void no_answer_within_the_read_timeout_is_unknown_so_the_note_is_never_sent_twice() throws Exception {
        api.slow("sendMessage", c -> true, 1, READ_TIMEOUT.multipliedBy(5));

        SendResult result = sender.send("1001", "note");

        assertThat(result).isInstanceOf(SendResult.Unknown.class);
        assertThat(api.calls("sendMessage")).hasSize(1); // it did arrive: that is why it must not be retried
    }

    @Test
    void an_error_page_that_is_not_the_bot_api_is_worth_another_try() {
        api.script("sendMessage", c -> true, 1, 502, "<html><body>502 Bad Gateway</body></html>");

        assertThat(sender.send("1001", "note")).isInstanceOf(SendResult.Transient.class);
    }

    @Test
    void a_refused_connection_is_worth_another_try() throws Exception {
        TelegramSettings nowhere = new TelegramSettings(TOKEN, api.url(), null, null, true, null);
        api.close(); // nothing listens on its port any more

        assertThat(senderTo(nowhere).send("1001", "note")).isInstanceOf(SendResult.Transient.class);
    }

    @Test
    void a_429_in_a_group_holds_back_that_group_and_in_a_private_chat_the_whole_bot() {
        api.script("sendMessage", c -> true, 2, 429, FakeBotApi.error(429, "Too Many Requests: retry after 7", 7));

        assertThat(sender.send("-1001", "note")).isEqualTo(
                new SendResult.RetryAfter(Duration.ofSeconds(7), SendResult.RetryAfter.Scope.CHAT));
        assertThat(sender.send("1001", "note")).isEqualTo(
                new SendResult.RetryAfter(Duration.ofSeconds(7), SendResult.RetryAfter.Scope.PLATFORM));
    }

    @Test
    void an_english_note_quoting_arabic_isolates_only_the_mixed_line() throws Exception {
        sender.send("1001", "Update on the Meta–Scale AI deal\n— paragraph 1: «مما يقيّم الشركة عند 29 مليار دولار» & more");

        String sent = api.calls("sendMessage").get(0).text();
        assertThat(sent).startsWith("Update on the Meta–Scale AI deal\n"); // untouched
        assertThat(sent).endsWith("«مما يقيّم الشركة عند \u206829\u2069 مليار دولار» &amp; \u2068more\u2069"); // isolated, then escaped
    }
}
