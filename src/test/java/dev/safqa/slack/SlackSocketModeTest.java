package dev.safqa.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.safqa.limits.Pacer;
import dev.safqa.limits.Pacing;
import dev.safqa.notify.SubscriptionService;
import dev.safqa.platform.Replicas;
import dev.safqa.platform.Telemetry;
import dev.safqa.text.Bidi;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Socket Mode against a local fake: apps.connections.open on the fake Web API returns the URL of a
 * Java-WebSocket server on 127.0.0.1, which says hello and sends envelopes as Slack does; the acks
 * come back over the same socket.
 */
@Timeout(20)
class SlackSocketModeTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    private FakeSlack slack;
    private FakeSocket socket;
    private SlackApp app;

    /** The Socket Mode side of Slack: records what the client sends, lets the test push envelopes. */
    static final class FakeSocket extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch connected = new CountDownLatch(1);
        final BlockingQueue<String> received = new LinkedBlockingQueue<>();
        volatile WebSocket client;

        FakeSocket() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            client = conn;
            conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                    + "\"connection_info\":{\"app_id\":\"A0001\"}}");
            connected.countDown();
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            received.add(message);
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        /** The next message whose envelope_id is {@code id}, skipping anything else. */
        JsonObject ackFor(String id, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                String m = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (m == null) {
                    break;
                }
                JsonObject o = JsonParser.parseString(m).getAsJsonObject();
                if (o.has("envelope_id") && o.get("envelope_id").getAsString().equals(id)) {
                    return o;
                }
            }
            throw new AssertionError("no ack for " + id + " within " + timeout);
        }
    }

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        socket = new FakeSocket();
        socket.start();
        assertThat(socket.started.await(5, TimeUnit.SECONDS)).isTrue();
        slack.socketUrl("ws://127.0.0.1:" + socket.getPort() + "/link");
        MemoryStorage storage = new MemoryStorage();
        SlackSettings settings = new SlackSettings("xoxb-test-token", "xapp-1-test-token", null, slack.apiUrl(),
                true, Duration.ofSeconds(5));
        app = new SlackApp(settings, HttpModeHarness.conversation(TestKnowledge.answerer(), storage,
                new SubscriptionService(storage, Clock.systemUTC()), 20), Telemetry.NONE, new Pacer(), SlackLimits.PACING, Replicas.single());
        app.start();
        assertThat(socket.connected.await(5, TimeUnit.SECONDS)).as("the client connects").isTrue();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        socket.stop(1000);
        slack.close();
    }

    @Test
    void slash_command_help_is_acked_over_the_socket_with_the_help_payload() throws Exception {
        socket.client.send(slashEnvelope("env-cmd-1", "help", "cmd-1"));

        JsonObject ack = socket.ackFor("env-cmd-1", WAIT);
        JsonObject payload = ack.getAsJsonObject("payload");
        assertThat(payload.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(payload.get("blocks").toString()).contains("/safqa facts");
    }

    @Test
    void slash_command_question_is_acked_then_answered_at_response_url() throws Exception {
        socket.client.send(slashEnvelope("env-cmd-2", "كم استثمرت ميتا في Scale AI؟", "cmd-2"));

        socket.ackFor("env-cmd-2", WAIT);
        JsonObject answer = slack.nextResponse(WAIT);
        assertThat(Bidi.strip(answer.get("text").getAsString())).contains("14.8 مليار");
    }

    @Test
    void a_mention_event_is_acked_and_answered_in_its_thread() throws Exception {
        String event = Payloads.mention("Ev-sock-1", "C0500", "1700000000.000900", null,
                "<@" + FakeSlack.BOT_USER + "> How much did Meta invest in Scale AI?");
        socket.client.send("{\"envelope_id\":\"env-ev-1\",\"type\":\"events_api\",\"accepts_response_payload\":false,"
                + "\"retry_attempt\":0,\"retry_reason\":\"\",\"payload\":" + event + "}");

        JsonObject ack = socket.ackFor("env-ev-1", WAIT);
        assertThat(ack.has("payload")).isFalse();
        FakeSlack.Post post = slack.nextPost(WAIT);
        assertThat(post.channel()).isEqualTo("C0500");
        assertThat(post.threadTs()).isEqualTo("1700000000.000900");
    }

    @Test
    void the_adapter_is_ready_while_connected_and_not_after_close() throws InterruptedException {
        // the server sees the socket open a moment before the client has read the handshake
        long deadline = System.nanoTime() + WAIT.toNanos();
        boolean ready = app.isReady();
        while (!ready && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20); // polling interval, bounded by the deadline
            ready = app.isReady();
        }
        assertThat(ready).isTrue();

        app.close();

        assertThat(app.isReady()).isFalse();
    }

    private String slashEnvelope(String envelopeId, String text, String responseName) {
        JsonObject p = new JsonObject();
        SignedClient.slashCommand(text, "C0400", "U0001", slack.responseUrl(responseName)).forEach(p::addProperty);
        return "{\"envelope_id\":\"" + envelopeId + "\",\"type\":\"slash_commands\",\"accepts_response_payload\":true,"
                + "\"payload\":" + p + "}";
    }
}
