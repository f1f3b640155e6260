package dev.safqa.telegram;

import static dev.safqa.telegram.BotHarness.INVEST_EN;
import static dev.safqa.telegram.BotHarness.WAIT;
import static dev.safqa.telegram.TestSupport.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.ops.LogRedaction;
import dev.safqa.storage.ChatKey;
import dev.safqa.storage.ChatSettings;
import dev.safqa.text.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot against {@link FakeBotApi} when things go wrong: bad updates, a failing handler, limits,
 * a 429 on getUpdates, a removed chat, shutdown, and secrets in logs.
 */
class TelegramBotResilienceTest {
    @TempDir
    Path dataDir;

    private BotHarness h;

    @BeforeEach
    void setUp() throws Exception {
        h = new BotHarness(dataDir);
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    @Test
    void edited_unknown_and_malformed_updates_are_skipped_and_the_rest_of_the_batch_is_handled() throws Exception {
        h.start(h.settings());
        int last = h.api.pushBatch(List.of(
                Updates.edited(1005, INVEST_EN),
                h.api.raw("{\"update_id\":$ID,\"kind_from_the_future\":{\"x\":1}}"),
                h.api.raw("{\"update_id\":$ID,\"message\":{\"message_id\":{\"not\":\"a number\"},"
                        + "\"chat\":{\"id\":1,\"type\":\"private\"},\"date\":1,\"text\":\"hi\"}}"),
                Updates.privateText(1005, "/facts", "en")));

        assertThat(h.reply("1005").text()).contains("The deal at a glance").contains("14.8");
        h.api.awaitDelivered(last, WAIT);
        assertThat(h.replies("1005")).hasSize(1);  // the edited question got no answer
        assertThat(h.replies("1")).isEmpty();
    }

    @Test
    void a_failing_update_is_skipped_and_polling_goes_on() throws Exception {
        ChatSettings real = h.db.chatSettings();
        ChatSettings throwing = new ChatSettings() {
            @Override
            public Optional<Language> language(ChatKey chat) {
                if (chat.chatId().equals("666")) {
                    throw new IllegalStateException("boom");
                }
                return real.language(chat);
            }

            @Override
            public void setLanguage(ChatKey chat, Language language) {
                real.setLanguage(chat, language);
            }
        };
        h.start(h.settings(), throwing);
        h.api.push(Updates.privateText(666, INVEST_EN, "en"));
        h.api.push(Updates.privateText(1006, INVEST_EN, "en"));

        assertThat(h.reply("1006").text()).contains("14.8");
        h.api.push(Updates.privateText(1007, INVEST_EN, "en"));
        assertThat(h.reply("1007").text()).contains("14.8");  // still polling after the failure
        assertThat(h.replies("666")).isEmpty();
    }

    @Test
    void questions_over_the_limit_get_one_friendly_refusal() throws Exception {
        h.questionsPerMinute = 2;
        h.start(h.settings().withPacing(false));
        for (int i = 0; i < 4; i++) {
            h.api.push(Updates.privateText(1009, INVEST_EN, "en"));
        }
        int marker = h.api.push(Updates.privateText(1010, INVEST_EN, "en"));

        List<FakeBotApi.Call> sent = h.api.awaitCount("sendMessage", c -> "1009".equals(c.chatId()), 3, WAIT);
        assertThat(sent).filteredOn(c -> c.text().contains("up to 2 a minute")).hasSize(1);
        h.reply("1010");
        h.api.awaitDelivered(marker, WAIT);
        assertThat(h.replies("1009")).hasSize(3);  // the fourth question is refused silently
    }

    @Test
    void getUpdates_429_waits_for_retry_after_before_polling_again() throws Exception {
        h.start(h.settings());
        AtomicReference<FakeBotApi.Call> limited = new AtomicReference<>();
        h.api.script("getUpdates", c -> limited.compareAndSet(null, c), 1, 429,
                FakeBotApi.error(429, "Too Many Requests: retry after 1", 1));

        FakeBotApi.Call next = h.api.await("getUpdates", c -> limited.get() != null && c.nanos() > limited.get().nanos(), WAIT);
        assertThat(Duration.ofNanos(next.nanos() - limited.get().nanos())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        h.api.push(Updates.privateText(1015, INVEST_EN, "en"));
        assertThat(h.reply("1015").text()).contains("14.8");
    }

    @Test
    void kicked_update_reports_the_chat_as_gone() throws Exception {
        h.start(h.settings());
        int id = h.api.push(Updates.kicked(1016));
        h.api.awaitDelivered(id, WAIT);

        h.chats.awaitGone(new ChatKey("telegram", "1016"), WAIT);
    }

    @Test
    void close_stops_every_thread_the_adapter_started() throws Exception {
        h.start(h.settings());
        h.api.push(Updates.privateText(1017, INVEST_EN, "en"));
        h.reply("1017");
        assertThat(TestSupport.adapterThreads()).isNotEmpty();

        h.bot.close();

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!TestSupport.adapterThreads().isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());  // polling with a deadline
        }
        assertThat(TestSupport.adapterThreads()).isEmpty();
        assertThat(h.bot.isReady()).isFalse();
    }

    @Test
    void the_token_never_reaches_a_log_line() throws Exception {
        try (TestSupport.LogCapture logs = new TestSupport.LogCapture()) {
            h.start(h.settings());
            // a proxy error page that echoes the request path, then a 403, then a poll failure
            h.api.script("sendMessage", c -> "1018".equals(c.chatId()), 1, 502,
                    "{\"ok\":false,\"description\":\"upstream failed for POST /bot" + TOKEN + "/sendmessage\"}");
            h.api.script("sendMessage", c -> "1019".equals(c.chatId()), 1, 403,
                    FakeBotApi.error(403, "Forbidden: bot was blocked by the user", null));
            long armed = System.nanoTime();
            h.api.script("getUpdates", c -> c.nanos() > armed, 1, 500, "bot" + TOKEN);
            h.api.push(Updates.privateText(1018, INVEST_EN, "en"));
            h.api.push(Updates.privateText(1019, INVEST_EN, "en"));

            h.api.awaitCount("sendMessage", c -> "1018".equals(c.chatId()), 2, WAIT);
            h.chats.awaitGone(new ChatKey("telegram", "1019"), WAIT);
            h.bot.close();

            assertThat(logs.lines()).anyMatch(l -> l.contains("/bot" + LogRedaction.MASK + "/sendmessage"));  // logged, masked
            assertThat(logs.lines()).noneMatch(l -> l.contains(TOKEN) || l.contains(TOKEN.substring(TOKEN.indexOf(':') + 1)));
        }
    }

    @Test
    void set_my_commands_answered_with_something_that_is_not_the_bot_api_does_not_stop_the_bot() throws Exception {
        // what a Telegram emulator without setMyCommands answers: no "ok" at all
        h.api.script("setMyCommands", c -> true, 2, 500, "{\"message\":\"Cannot POST /setMyCommands\"}");
        h.start(h.settings());
        h.api.push(Updates.privateText(1031, INVEST_EN, "en"));

        assertThat(h.reply("1031").text()).contains("14.8");
        assertThat(h.api.calls("setMyCommands")).hasSize(2);  // both tried, both failed, polling started anyway
    }

    @Test
    void a_get_updates_502_page_is_one_warn_line_and_polling_goes_on() throws Exception {
        try (TestSupport.LogCapture logs = new TestSupport.LogCapture()) {
            h.start(h.settings());
            long armed = System.nanoTime();
            h.api.script("getUpdates", c -> c.nanos() > armed, 1, 502, "<html><body><h1>502 Bad Gateway</h1></body></html>");
            h.api.push(Updates.privateText(1032, INVEST_EN, "en"));

            assertThat(h.reply("1032").text()).contains("14.8");
            assertThat(logs.events()).filteredOn(e -> e.getFormattedMessage().contains("getUpdates answered HTTP 502"))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
                        assertThat(e.getThrowableProxy()).isNull();  // one line, no stack trace
                    });
            assertThat(logs.events()).noneMatch(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.ERROR));
        }
    }

    @Test
    void send_chat_action_answered_with_a_proxy_page_does_not_stop_the_answer() throws Exception {
        h.api.script("sendChatAction", c -> true, 5, 502, "<html>502 Bad Gateway</html>");
        h.start(h.settings());
        h.api.push(Updates.privateText(1033, INVEST_EN, "en"));

        assertThat(h.reply("1033").text()).contains("14.8");
        assertThat(h.api.calls("sendChatAction")).isNotEmpty();  // it was tried, and failed
    }

    @Test
    void a_webhook_url_telegram_refuses_fails_the_start_naming_the_setting() throws Exception {
        h.api.script("setWebhook", c -> true, 1, 400,
                FakeBotApi.error(400, "Bad Request: bad webhook: Failed to resolve host", null));
        java.net.URI hook = java.net.URI.create("https://bot.invalid/telegram");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> h.start(h.settings().withWebhook(hook, "s3cret-hook")))
                .isInstanceOfSatisfying(dev.safqa.platform.PlatformStartException.class, e -> {
                    assertThat(e.unreachable()).isFalse();  // exit 2: the URL is what to fix
                    assertThat(e.getMessage()).isEqualTo("Telegram refused the webhook URL https://bot.invalid/telegram"
                            + " (Bad Request: bad webhook: Failed to resolve host): TELEGRAM_WEBHOOK_URL must be a public"
                            + " https:// URL that reaches POST /telegram on this server");
                });
    }
}
