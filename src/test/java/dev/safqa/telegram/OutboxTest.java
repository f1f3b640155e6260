package dev.safqa.telegram;

import dev.safqa.limits.RetryPolicy;
import static dev.safqa.telegram.TestSupport.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.safqa.limits.Pacer;
import dev.safqa.ops.LogRedaction;
import dev.safqa.platform.Telemetry;
import dev.safqa.storage.ChatKey;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** The outbox with the real OkHttp Telegram client against {@link FakeBotApi}: pacing, 429, 403, failures. */
class OutboxTest {
    private static final ChatRef CHAT = new ChatRef("2001", ChatRef.Kind.PRIVATE);

    private FakeBotApi api;
    private ScheduledExecutorService scheduler;
    private OkHttpClient http;
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger throttled = new AtomicInteger();

    @BeforeEach
    void setUp() throws Exception {
        api = new FakeBotApi(TOKEN);
        scheduler = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "outbox-test");
            t.setDaemon(true);
            return t;
        });
        http = new OkHttpClient.Builder().dispatcher(new Dispatcher(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "outbox-test-http");
            t.setDaemon(true);
            return t;
        }))).build();
    }

    @AfterEach
    void tearDown() {
        scheduler.shutdownNow();
        http.dispatcher().executorService().shutdownNow();
        api.close();
    }

    private Outbox outbox(boolean pacing, RetryPolicy policy) {
        URIParts u = new URIParts(api);
        OkHttpTelegramClient client = new OkHttpTelegramClient(http, TOKEN, new TelegramUrl("http", u.host, u.port, false));
        ChatLifecycle chats = new ChatLifecycle() {
            @Override
            public void gone(ChatKey chat) {
                events.add("gone " + chat);
            }

            @Override
            public void moved(ChatKey from, String newChatId) {
                events.add("moved " + from + " -> " + newChatId);
            }
        };
        Telemetry telemetry = new Telemetry() {
            @Override
            public void throttled(String platform, long retryAfterSeconds) {
                throttled.incrementAndGet();
            }
        };
        return new Outbox(client, scheduler, pacing ? new Pacer() : null, chats, telemetry, LogRedaction.of(TOKEN),
                policy);
    }

    private record URIParts(String host, int port) {
        URIParts(FakeBotApi api) {
            this(api.url().getHost(), api.url().getPort());
        }
    }

    private static SendMessage message(ChatRef chat, String text) {
        return SendMessage.builder().chatId(chat.id()).text(text).build();
    }

    private static final RetryPolicy QUICK = new RetryPolicy(4, Duration.ofMillis(50), Duration.ofMillis(200));

    @Test
    void too_many_requests_is_retried_after_retry_after() throws Exception {
        api.script("sendMessage", c -> true, 1, 429, FakeBotApi.error(429, "Too Many Requests: retry after 1", 1));
        Outbox outbox = outbox(true, QUICK);

        Message sent = outbox.send(CHAT, message(CHAT, "hello")).get(5, TimeUnit.SECONDS);

        assertThat(sent.getText()).isEqualTo("hello");
        List<FakeBotApi.Call> calls = api.calls("sendMessage");
        assertThat(calls).hasSize(2);
        assertThat(Duration.ofNanos(calls.get(1).nanos() - calls.get(0).nanos())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(throttled).hasValue(1);
    }

    @Test
    void forbidden_chat_gets_nothing_more_and_is_reported_once() throws Exception {
        api.script("sendMessage", c -> true, 1, 403, FakeBotApi.error(403, "Forbidden: bot was blocked by the user", null));
        Outbox outbox = outbox(false, QUICK);

        assertThatThrownBy(() -> outbox.send(CHAT, message(CHAT, "one")).get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(Outbox.Undelivered.class);
        assertThatThrownBy(() -> outbox.send(CHAT, message(CHAT, "two")).get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(Outbox.Undelivered.class);

        assertThat(api.calls("sendMessage")).hasSize(1);  // "two" never left
        assertThat(outbox.isGone("2001")).isTrue();
        assertThat(events).containsExactly("gone telegram:2001");
    }

    @Test
    void a_chat_that_writes_again_can_be_written_to() throws Exception {
        api.script("sendMessage", c -> true, 1, 403, FakeBotApi.error(403, "Forbidden: bot was blocked by the user", null));
        Outbox outbox = outbox(false, QUICK);
        assertThatThrownBy(() -> outbox.send(CHAT, message(CHAT, "one")).get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(Outbox.Undelivered.class);

        outbox.reachable(CHAT);

        assertThat(outbox.send(CHAT, message(CHAT, "three")).get(5, TimeUnit.SECONDS).getText()).isEqualTo("three");
    }

    @Test
    void a_dropped_connection_is_retried_with_back_off() throws Exception {
        api.script("sendMessage", c -> true, 2, -1, null);
        Outbox outbox = outbox(false, QUICK);

        assertThat(outbox.send(CHAT, message(CHAT, "hello")).get(5, TimeUnit.SECONDS).getText()).isEqualTo("hello");
        assertThat(api.calls("sendMessage").size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void a_proxy_error_page_is_retried() throws Exception {
        api.script("sendMessage", c -> true, 1, 502, "<html>502 Bad Gateway</html>");
        Outbox outbox = outbox(false, QUICK);

        assertThat(outbox.send(CHAT, message(CHAT, "hello")).get(5, TimeUnit.SECONDS).getText()).isEqualTo("hello");
        assertThat(api.calls("sendMessage")).hasSize(2);
    }

    @Test
    void a_bad_request_is_not_retried() {
        api.script("sendMessage", c -> true, 1, 400, FakeBotApi.error(400, "Bad Request: can't parse entities", null));
        Outbox outbox = outbox(false, QUICK);

        assertThatThrownBy(() -> outbox.send(CHAT, message(CHAT, "<b")).get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(Outbox.Undelivered.class);
        assertThat(api.calls("sendMessage")).hasSize(1);
    }

    @Test
    void retries_are_bounded() {
        api.script("sendMessage", c -> true, 10, 500, FakeBotApi.error(500, "Internal Server Error", null));
        Outbox outbox = outbox(false, new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(20)));

        assertThatThrownBy(() -> outbox.send(CHAT, message(CHAT, "hello")).get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(Outbox.Undelivered.class);
        assertThat(api.calls("sendMessage")).hasSize(3);
    }

    @Test
    void a_group_that_became_a_supergroup_is_followed() throws Exception {
        ChatRef group = new ChatRef("-500", ChatRef.Kind.GROUP);
        api.script("sendMessage", c -> "-500".equals(c.chatId()), 1, 400,
                "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat was upgraded to a supergroup chat\","
                        + "\"parameters\":{\"migrate_to_chat_id\":-1009000}}");
        Outbox outbox = outbox(false, QUICK);

        outbox.send(group, message(group, "hello")).get(5, TimeUnit.SECONDS);

        assertThat(api.calls("sendMessage")).extracting(FakeBotApi.Call::chatId).containsExactly("-500", "-1009000");
        assertThat(events).containsExactly("moved telegram:-500 -> -1009000");
    }

    @Test
    void messages_to_one_chat_are_paced_a_second_apart() throws Exception {
        Outbox outbox = outbox(true, QUICK);

        outbox.send(CHAT, message(CHAT, "one"));
        outbox.send(CHAT, message(CHAT, "two")).get(5, TimeUnit.SECONDS);

        List<FakeBotApi.Call> calls = api.calls("sendMessage");
        assertThat(calls).extracting(FakeBotApi.Call::text).containsExactly("one", "two");
        assertThat(Duration.ofNanos(calls.get(1).nanos() - calls.get(0).nanos())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }
}
