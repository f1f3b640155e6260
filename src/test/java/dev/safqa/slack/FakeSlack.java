package dev.safqa.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slack's Web API and response_url, faked on 127.0.0.1: auth.test, chat.postMessage (recording each
 * form body), chat.update, reactions.add and reactions.remove (recorded as {@link Call}s),
 * apps.connections.open (pointing at a WebSocket URL set by the test), and any {@code /response/...}
 * URL (recording each JSON body).
 */
public final class FakeSlack implements AutoCloseable {
    static final String BOT_USER = "UBOT";
    static final String BOT_ID = "BBOT";

    /** A scripted answer for the next chat.postMessage. */
    record Reply(int status, Map<String, String> headers, String body) {
        static Reply rateLimited(int retryAfterSeconds) {
            return new Reply(429, Map.of("Retry-After", String.valueOf(retryAfterSeconds)),
                    "{\"ok\":false,\"error\":\"ratelimited\"}");
        }
    }

    /** A chat.postMessage call as Slack received it. */
    public record Post(Map<String, String> form, String authorization, long nanoTime) {
        public String channel() {
            return form.get("channel");
        }

        public String threadTs() {
            return form.get("thread_ts");
        }

        public String text() {
            return form.get("text");
        }

        public String blocks() {
            return form.get("blocks");
        }
    }

    /** Another Web API call (chat.update, reactions.add, reactions.remove) as Slack received it. */
    public record Call(String method, Map<String, String> form, long nanoTime) {
    }

    private final HttpServer server;
    private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final BlockingQueue<Post> posts = new LinkedBlockingQueue<>();
    private final BlockingQueue<JsonObject> responses = new LinkedBlockingQueue<>();
    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
    private final AtomicInteger authTests = new AtomicInteger();
    private final AtomicInteger ts = new AtomicInteger();
    private volatile String socketUrl;
    private volatile boolean tokenRevoked;

    public FakeSlack() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/api/auth.test", ex -> {
            authTests.incrementAndGet();
            if (tokenRevoked) {
                json(ex, 200, Map.of(), "{\"ok\":false,\"error\":\"invalid_auth\"}");
                return;
            }
            json(ex, 200, Map.of(), "{\"ok\":true,\"url\":\"https://safqa-test.slack.com/\",\"team\":\"Test\","
                    + "\"user\":\"safqa\",\"team_id\":\"T0001\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"" + BOT_ID + "\"}");
        });
        server.createContext("/api/chat.postMessage", ex -> {
            Map<String, String> form = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Reply r = script.poll();
            if (r == null) {
                r = new Reply(200, Map.of(), "{\"ok\":true,\"channel\":\"" + form.get("channel") + "\",\"ts\":\"1700000100."
                        + String.format("%06d", ts.incrementAndGet()) + "\"}");
            }
            posts.add(new Post(form, ex.getRequestHeaders().getFirst("Authorization"), System.nanoTime()));
            json(ex, r.status(), r.headers(), r.body());
        });
        for (String method : List.of("chat.update", "reactions.add", "reactions.remove")) {
            server.createContext("/api/" + method, ex -> {
                Map<String, String> form = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                calls.add(new Call(method, form, System.nanoTime()));
                json(ex, 200, Map.of(), "{\"ok\":true,\"channel\":\"" + form.get("channel") + "\",\"ts\":\"" + form.get("ts") + "\"}");
            });
        }
        server.createContext("/api/apps.connections.open", ex -> {
            ex.getRequestBody().readAllBytes();
            json(ex, 200, Map.of(), "{\"ok\":true,\"url\":\"" + socketUrl + "\"}");
        });
        server.createContext("/api/", ex -> {
            ex.getRequestBody().readAllBytes();
            json(ex, 200, Map.of(), "{\"ok\":false,\"error\":\"unknown_method\"}");
        });
        server.createContext("/response/", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonObject o = JsonParser.parseString(body).getAsJsonObject();
            o.addProperty("_path", ex.getRequestURI().getPath());
            responses.add(o);
            ex.sendResponseHeaders(200, 2);
            try (OutputStream out = ex.getResponseBody()) {
                out.write("ok".getBytes(StandardCharsets.UTF_8));
            }
        });
        server.start();
    }

    public String apiUrl() {
        return base() + "/api/";
    }

    public String responseUrl(String name) {
        return base() + "/response/" + name;
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void socketUrl(String url) {
        this.socketUrl = url;
    }

    /** From now on auth.test answers invalid_auth, as for a revoked token. */
    void revokeToken() {
        tokenRevoked = true;
    }

    void script(Reply reply) {
        script.add(reply);
    }

    int authTests() {
        return authTests.get();
    }

    /** The next chat.postMessage, waiting up to {@code timeout}. */
    public Post nextPost(Duration timeout) throws InterruptedException {
        Post p = posts.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(p).as("a chat.postMessage within %s", timeout).isNotNull();
        return p;
    }

    /** Every chat.postMessage received and not yet taken, at once: for when the sender is known to be done. */
    public List<Post> takePosts() {
        List<Post> out = new ArrayList<>();
        posts.drainTo(out);
        return out;
    }

    /** Asserts that no chat.postMessage arrives within {@code window}. */
    void assertNoPost(Duration window) throws InterruptedException {
        Post p = posts.poll(window.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(p).as("no chat.postMessage").isNull();
    }

    /** The next chat.update, reactions.add or reactions.remove, waiting up to {@code timeout}. */
    Call nextCall(Duration timeout) throws InterruptedException {
        return next(calls, timeout, "a Web API call");
    }

    /**
     * The next call of one method, waiting up to {@code timeout}; the calls of others before it are
     * passed over (on a loaded machine an answer may take long enough for the working indicator's
     * reactions.add to come first).
     */
    Call nextCall(String method, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        for (long left = timeout.toNanos(); left > 0; left = end - System.nanoTime()) {
            Call c = calls.poll(left, TimeUnit.NANOSECONDS);
            if (c != null && c.method().equals(method)) {
                return c;
            }
        }
        throw new AssertionError(method + " within " + timeout);
    }

    /** The next JSON body posted to a response_url, waiting up to {@code timeout}. */
    JsonObject nextResponse(Duration timeout) throws InterruptedException {
        return next(responses, timeout, "a response_url post");
    }

    void assertNoResponse(Duration window) throws InterruptedException {
        assertThat(responses.poll(window.toMillis(), TimeUnit.MILLISECONDS)).as("no response_url post").isNull();
    }

    private static <T> T next(BlockingQueue<T> queue, Duration timeout, String what) throws InterruptedException {
        T t = queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(t).as("%s within %s", what, timeout).isNotNull();
        return t;
    }

    static Map<String, String> form(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(k, v);
        }
        return out;
    }

    private static void json(HttpExchange ex, int status, Map<String, String> headers, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
