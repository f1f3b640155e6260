package dev.safqa.telegram;

import static dev.safqa.telegram.TestSupport.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * A Bot API address answering with something else (an emulator's {@code {"message":...}} 500, a
 * proxy's 502 page), with the real telegrambots client against {@link FakeBotApi}.
 */
class BotApiAnswersTest {
    private final FakeBotApi api = new FakeBotApi(TOKEN);
    private final TelegramUrl url = new TelegramUrl("http", "127.0.0.1", api.url().getPort(), false);

    BotApiAnswersTest() throws java.io.IOException {
    }

    @AfterEach
    void close() {
        api.close();
    }

    private static SetMyCommands commands() {
        return SetMyCommands.builder().command(new BotCommand("start", "Start")).build();
    }

    @Test
    void library_10_2_fails_an_answer_without_ok_with_a_null_pointer_instead_of_hanging_as_9_6_did() {
        api.script("setMyCommands", c -> true, 1, 500, "{\"message\":\"Cannot POST\"}");
        OkHttpTelegramClient plain = new OkHttpTelegramClient(new OkHttpClient(), TOKEN, url);

        // the call completes (on 9.6 it never did); what it says is useless, hence BotApiAnswers
        assertThatThrownBy(() -> plain.executeAsync(commands()).get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(NullPointerException.class);
    }

    @Test
    void an_answer_without_ok_fails_as_a_bot_api_error_with_its_status() {
        api.script("setMyCommands", c -> true, 1, 500, "{\"message\":\"Cannot POST\"}");
        OkHttpTelegramClient client = new OkHttpTelegramClient(
                new OkHttpClient.Builder().addInterceptor(new BotApiAnswers()).build(), TOKEN, url);

        assertThatThrownBy(() -> client.execute(commands()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(500);
                    assertThat(e.getApiResponse()).isEqualTo("not a Bot API answer (HTTP 500, JSON without \"ok\")");
                });
    }

    @Test
    void a_proxy_page_with_status_200_fails_as_a_502_without_quoting_the_page() {
        api.script("setMyCommands", c -> true, 1, 200, "<html>upstream /bot" + TOKEN + "/setMyCommands failed</html>");
        OkHttpTelegramClient client = new OkHttpTelegramClient(
                new OkHttpClient.Builder().addInterceptor(new BotApiAnswers()).build(), TOKEN, url);

        assertThatThrownBy(() -> client.execute(commands()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(502);
                    assertThat(e.getApiResponse()).isEqualTo("not a Bot API answer (HTTP 200, an HTML page)");
                });
    }

    @Test
    void a_bot_api_answer_passes_unchanged() throws Exception {
        OkHttpTelegramClient client = new OkHttpTelegramClient(
                new OkHttpClient.Builder().addInterceptor(new BotApiAnswers()).build(), TOKEN, url);

        assertThat(client.execute(commands())).isTrue();
    }
}
