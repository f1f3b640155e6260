package dev.safqa.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * A Bot API server on 127.0.0.1 for the real telegrambots client and poller to talk to. It matches
 * method names case-insensitively (telegrambots sends {@code sendmessage} but {@code setMyCommands}),
 * blocks briefly on an empty getUpdates (the library polls in a tight loop), records every request
 * with a timestamp, and can be scripted to answer a method with an error a number of times, to
 * answer late, or to hold a call until the test releases it. getChatMember answers the status set
 * with {@link #member}, "member" otherwise.
 */
public final class FakeBotApi implements AutoCloseable {
    static final long BOT_ID = 999;
    static final String BOT_USERNAME = "safqa_bot";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One request as received, stamped by the fake's clock ({@link System#nanoTime} unless the test
     * gave another). {@code json} is null for multipart bodies (setWebhook).
     */
    public record Call(String method, String body, JsonNode json, String contentType, long nanos) {
        public String text() {
            return json == null ? null : json.path("text").asText(null);
        }

        public String chatId() {
            return json == null ? null : json.path("chat_id").asText(null);
        }
    }

    private record Script(String method, Predicate<Call> when, AtomicInteger times, int status, String body,
                          Duration delay) {
    }

    private final String token;
    private final LongSupplier clock;
    private final Map<String, String> members = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final ExecutorService threads;
    private final List<Call> calls = new ArrayList<>();
    private final List<Script> scripts = new CopyOnWriteArrayList<>();
    private final List<Hold> holds = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    /** Batches of updates: one batch is always delivered by one getUpdates answer. */
    private final LinkedBlockingQueue<List<JsonNode>> updates = new LinkedBlockingQueue<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1);
    private final AtomicInteger nextMessageId = new AtomicInteger(5000);
    /** The message_id each sendMessage was given, by its request body (identity: one per call). */
    private final Map<JsonNode, Integer> sentIds = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    public FakeBotApi(String token) throws IOException {
        this(token, System::nanoTime);
    }

    /** @param clock stamps each call: a virtual clock records the schedule a paced sender believed it kept */
    FakeBotApi(String token, LongSupplier clock) throws IOException {
        this.token = token;
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-bot-api-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Queues an update for getUpdates; returns the update_id it was given. */
    public int push(ObjectNode update) {
        JsonNode u = withId(update);
        updates.add(List.of(u));
        return u.path("update_id").asInt();
    }

    /** Queues updates to be delivered together in one getUpdates answer; returns the last update_id. */
    int pushBatch(List<JsonNode> batch) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode u : batch) {
            out.add(u instanceof ObjectNode o && !o.has("update_id") ? withId(o) : u);
        }
        updates.add(out);
        return out.get(out.size() - 1).path("update_id").asInt();
    }

    /** Raw JSON for one element of a getUpdates answer; {@code $ID} is replaced by the next update_id. */
    JsonNode raw(String jsonWithIdPlaceholder) throws IOException {
        return JSON.readTree(jsonWithIdPlaceholder.replace("$ID", String.valueOf(nextUpdateId.getAndIncrement())));
    }

    private JsonNode withId(ObjectNode update) {
        ObjectNode withId = JSON.createObjectNode().put("update_id", nextUpdateId.getAndIncrement());
        withId.setAll(update);
        return withId;
    }

    /** The next {@code times} calls of {@code method} matching {@code when} get this status and body. */
    public void script(String method, Predicate<Call> when, int times, int status, String body) {
        scripts.add(new Script(method.toLowerCase(Locale.ROOT), when, new AtomicInteger(times), status, body, Duration.ZERO));
    }

    /** The next {@code times} calls of {@code method} matching {@code when} are answered as usual, after {@code delay}. */
    void slow(String method, Predicate<Call> when, int times, Duration delay) {
        scripts.add(new Script(method.toLowerCase(Locale.ROOT), when, new AtomicInteger(times), 0, null, delay));
    }

    /** What getChatMember says of {@code userId} in {@code chatId}: "creator", "administrator", "member", "left"... */
    void member(String chatId, long userId, String status) {
        members.put(chatId + "/" + userId, status);
    }

    /**
     * The {@code n}-th call (1-based) of {@code method} is recorded, then waits for
     * {@link Hold#release()} before it is answered: a send in flight, for as long as the test likes.
     */
    public Hold hold(String method, int n) {
        Hold h = new Hold(method.toLowerCase(Locale.ROOT), n);
        holds.add(h);
        return h;
    }

    /** A call held by {@link #hold}. */
    public static final class Hold {
        private final String method;
        private final int n;
        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        private Hold(String method, int n) {
            this.method = method;
            this.n = n;
        }

        public boolean awaitReached(Duration timeout) throws InterruptedException {
            return reached.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        public void release() {
            released.countDown();
        }
    }

    static String error(int code, String description, Integer retryAfter) {
        ObjectNode e = JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
        if (retryAfter != null) {
            e.putObject("parameters").put("retry_after", retryAfter);
        }
        return e.toString();
    }

    public synchronized List<Call> calls(String method) {
        String m = method.toLowerCase(Locale.ROOT);
        return calls.stream().filter(c -> c.method().equals(m)).toList();
    }

    synchronized List<Call> all() {
        return List.copyOf(calls);
    }

    /** Waits for a call of {@code method} matching {@code p}; fails the test after {@code timeout}. */
    public synchronized Call await(String method, Predicate<Call> p, Duration timeout) throws InterruptedException {
        return awaitCount(method, p, 1, timeout).get(0);
    }

    public synchronized List<Call> awaitCount(String method, Predicate<Call> p, int count, Duration timeout)
            throws InterruptedException {
        String m = method.toLowerCase(Locale.ROOT);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Call> found = calls.stream().filter(c -> c.method().equals(m) && p.test(c)).toList();
            if (found.size() >= count) {
                return found;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + count + " " + method + " call(s) matching within " + timeout
                        + "; got " + calls.stream().filter(c -> !c.method().equals("getupdates")).map(c -> c.method() + " " + c.body()).toList());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** The message_id this fake gave the message {@code sent} (a sendMessage call): what a tap under it names. */
    int messageId(Call sent) {
        Integer id = sentIds.get(sent.json());
        if (id == null) {
            throw new IllegalArgumentException("not a sendMessage call: " + sent.method());
        }
        return id;
    }

    /** Waits until the poller has asked for updates past {@code updateId}, i.e. it was handed over. */
    void awaitDelivered(int updateId, Duration timeout) throws InterruptedException {
        await("getUpdates", c -> c.json() != null && c.json().path("offset").asInt() > updateId, timeout);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String prefix = "/bot" + token + "/";
            if (!path.startsWith(prefix)) {
                respond(exchange, 404, error(404, "Not Found", null));
                return;
            }
            String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            JsonNode json = null;
            if (type != null && type.startsWith("application/json")) {
                json = JSON.readTree(body);
            }
            if (method.equals("sendmessage") && json != null) {
                sentIds.put(json, nextMessageId.getAndIncrement()); // known before the call is seen
            }
            Call call = new Call(method, body, json, type, clock.getAsLong());
            int n;
            synchronized (this) {
                calls.add(call);
                n = (int) calls.stream().filter(c -> c.method().equals(method)).count();
                notifyAll();
            }
            for (Hold h : holds) {
                if (h.method.equals(method) && h.n == n) {
                    h.reached.countDown();
                    if (!h.released.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the test never released the held " + method);
                    }
                }
            }
            for (Script s : scripts) {
                if (s.method().equals(method) && s.when().test(call) && s.times().getAndDecrement() > 0) {
                    if (s.status() < 0) {
                        return;  // drop the connection without an answer: a network failure
                    }
                    if (!s.delay().isZero()) {
                        closed.await(s.delay().toMillis(), TimeUnit.MILLISECONDS); // answers late on purpose
                        break;
                    }
                    respond(exchange, s.status(), s.body());
                    return;
                }
            }
            respond(exchange, 200, answer(method, json));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String answer(String method, JsonNode json) throws InterruptedException {
        ObjectNode ok = JSON.createObjectNode().put("ok", true);
        switch (method) {
            case "getupdates" -> {
                int timeout = json == null ? 0 : json.path("timeout").asInt(0);
                ArrayNode result = ok.putArray("result");
                // block briefly on an empty queue, as Telegram does for up to `timeout` seconds
                List<JsonNode> first = updates.poll(Math.min(timeout * 1000L, 300), TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<List<JsonNode>> more = new ArrayList<>();
                    more.add(first);
                    updates.drainTo(more);
                    more.forEach(batch -> batch.forEach(result::add));
                }
            }
            case "getchatmember" -> {
                long user = json.path("user_id").asLong();
                String status = members.getOrDefault(json.path("chat_id").asText() + "/" + user, "member");
                ObjectNode m = ok.putObject("result").put("status", status);
                m.putObject("user").put("id", user).put("is_bot", false).put("first_name", "Lina");
            }
            case "getme" -> ok.putObject("result").put("id", BOT_ID).put("is_bot", true)
                    .put("first_name", "Safqa").put("username", BOT_USERNAME);
            case "sendmessage" -> {
                ObjectNode m = ok.putObject("result");
                m.put("message_id", sentIds.get(json)).put("date", 1_718_000_000);
                String chat = json.path("chat_id").asText();
                m.putObject("chat").put("id", Long.parseLong(chat)).put("type", chat.startsWith("-") ? "supergroup" : "private");
                m.put("text", json.path("text").asText());
            }
            case "editmessagetext" -> {
                ObjectNode m = ok.putObject("result");
                m.put("message_id", json.path("message_id").asInt()).put("date", 1_718_000_000);
                String chat = json.path("chat_id").asText();
                m.putObject("chat").put("id", Long.parseLong(chat)).put("type", chat.startsWith("-") ? "supergroup" : "private");
                m.put("text", json.path("text").asText());
            }
            default -> ok.put("result", true);
        }
        return ok.toString();
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        // The JDK server writes the headers and the body apart and never sets TCP_NODELAY, so Nagle holds
        // the body back until the client's delayed ACK: 40 ms a call. Closing the connection sends it at once.
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        if (closed.getCount() == 0) {
            return;
        }
        closed.countDown();
        holds.forEach(Hold::release);
        server.stop(0);
        threads.shutdownNow();
    }
}
