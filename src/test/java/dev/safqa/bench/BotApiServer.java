package dev.safqa.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Bot API on 127.0.0.1 that feeds a fixed list of questions to a bot through getUpdates and stamps,
 * per update, when it was served (the getUpdates answer carrying it was written) and when the
 * matching sendMessage arrived. Questions come from private chats in turn (update i from chat
 * i mod {@code chats}); a chat's replies are matched to its updates in the order they were served,
 * which is exact as long as a chat has at most one question in flight (with 1,000 chats, consecutive
 * questions of one chat are 1,000 updates apart).
 *
 * <p>Updates are held back until {@link #release} (so the bot can be measured idle after start),
 * then offered all at once ({@code perSecond == 0}: as fast as the bot takes them) or on a fixed
 * schedule (open loop: update i becomes available at i / perSecond seconds).
 */
final class BotApiServer implements AutoCloseable {
    static final String TOKEN = "123456789:AAE-bench_token-0a1b2c3d4e5f";
    static final String USERNAME = "safqa_bench_bot";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CHAT_ID = Pattern.compile("\"chat_id\"\\s*:\\s*\"?(-?\\d+)");
    private static final long CHAT_BASE = 700_000_000L;

    private final HttpServer server;
    private final ExecutorService threads;
    private final String[] updates;     // the JSON of update i + 1
    private final long[] chats;         // the chat update i + 1 comes from
    private final long[] served;
    private final long[] received;
    private final Map<Long, ArrayDeque<Integer>> pending = new ConcurrentHashMap<>();
    private final CountDownLatch answered;
    private final AtomicInteger typing = new AtomicInteger();
    private final AtomicInteger unmatched = new AtomicInteger();
    private final AtomicInteger polls = new AtomicInteger();
    private final Object gate = new Object();
    private volatile long releasedAt;    // 0 until released
    private volatile double perSecond;

    BotApiServer(List<String> questions, int chatCount) throws IOException {
        int n = questions.size();
        this.updates = new String[n];
        this.chats = new long[n];
        this.served = new long[n];
        this.received = new long[n];
        this.answered = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            long chat = CHAT_BASE + i % chatCount;
            this.chats[i] = chat;
            ObjectNode u = JSON.createObjectNode().put("update_id", i + 1);
            ObjectNode m = u.putObject("message").put("message_id", 10 + i / chatCount).put("date", 1_718_000_000);
            m.putObject("from").put("id", chat).put("is_bot", false).put("first_name", "Reader");
            m.putObject("chat").put("id", chat).put("first_name", "Reader").put("type", "private");
            m.put("text", questions.get(i));
            updates[i] = u.toString();
        }
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        AtomicInteger t = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread th = new Thread(r, "bench-bot-api-" + t.incrementAndGet());
            th.setDaemon(true);
            return th;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Starts offering updates: all at once when {@code perSecond} is 0, else at that rate. */
    void release(double perSecond) {
        synchronized (gate) {
            this.perSecond = perSecond;
            this.releasedAt = System.nanoTime();
            gate.notifyAll();
        }
    }

    /** Waits for a reply to every update; false if the deadline passed first. */
    boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return answered.await(timeout, unit);
    }

    long answeredCount() {
        return updates.length - answered.getCount();
    }

    /** Served-to-reply time of each answered update, in nanoseconds. */
    long[] latencies() {
        return java.util.stream.IntStream.range(0, updates.length).filter(i -> received[i] != 0 && served[i] != 0)
                .mapToLong(i -> received[i] - served[i]).toArray();
    }

    long firstServed() {
        return java.util.Arrays.stream(served).filter(s -> s != 0).min().orElse(0);
    }

    long lastReceived() {
        return java.util.Arrays.stream(received).max().orElse(0);
    }

    int typingActions() {
        return typing.get();
    }

    int unmatchedReplies() {
        return unmatched.get();
    }

    int polls() {
        return polls.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String prefix = "/bot" + TOKEN + "/";
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (!path.startsWith(prefix)) {
                respond(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
                return;
            }
            String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
            String text = new String(body, StandardCharsets.UTF_8);
            switch (method) {
                case "getupdates" -> getUpdates(exchange, text);
                case "sendmessage" -> sendMessage(exchange, text);
                case "sendchataction" -> {
                    typing.incrementAndGet();
                    respond(exchange, 200, "{\"ok\":true,\"result\":true}");
                }
                default -> respond(exchange, 200, "{\"ok\":true,\"result\":true}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void getUpdates(HttpExchange exchange, String body) throws IOException, InterruptedException {
        polls.incrementAndGet();
        var req = JSON.readTree(body);
        int offset = Math.max(1, req.path("offset").asInt(1));
        int limit = Math.max(1, Math.min(100, req.path("limit").asInt(100)));
        long waitUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.min(req.path("timeout").asInt(0) * 1000L, 200));
        int from = offset - 1;
        int to;
        // block, as Telegram does, until something is available or the (shortened) timeout passes
        synchronized (gate) {
            while (true) {
                to = Math.min(available(), Math.min(updates.length, from + limit));
                long left = waitUntil - System.nanoTime();
                if (to > from || left <= 0) {
                    break;
                }
                long nextDue = nextDue(from);
                TimeUnit.NANOSECONDS.timedWait(gate, Math.max(1, Math.min(left, nextDue)));
            }
        }
        StringBuilder out = new StringBuilder("{\"ok\":true,\"result\":[");
        for (int i = from; i < to; i++) {
            out.append(i == from ? "" : ",").append(updates[i]);
        }
        out.append("]}");
        long now = System.nanoTime();
        for (int i = from; i < to; i++) {
            if (served[i] == 0) {
                synchronized (this) {
                    served[i] = now;
                    pending.computeIfAbsent(chats[i], k -> new ArrayDeque<>()).add(i);
                }
            }
        }
        respond(exchange, 200, out.toString());
    }

    /** How many updates are available now. */
    private int available() {
        long at = releasedAt;
        if (at == 0) {
            return 0;
        }
        if (perSecond <= 0) {
            return updates.length;
        }
        return (int) Math.min(updates.length, 1 + (System.nanoTime() - at) * perSecond / 1e9);
    }

    /** Nanoseconds until update {@code index} is due (0 if it is, or if nothing is scheduled). */
    private long nextDue(int index) {
        long at = releasedAt;
        if (at == 0 || perSecond <= 0) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, at + (long) (index / perSecond * 1e9) - System.nanoTime());
    }

    private void sendMessage(HttpExchange exchange, String body) throws IOException {
        long now = System.nanoTime();
        Matcher m = CHAT_ID.matcher(body);
        long chat = m.find() ? Long.parseLong(m.group(1)) : -1;
        synchronized (this) {
            ArrayDeque<Integer> q = pending.get(chat);
            Integer i = q == null ? null : q.poll();
            if (i == null) {
                unmatched.incrementAndGet();
            } else {
                received[i] = now;
                answered.countDown();
            }
        }
        ObjectNode ok = JSON.createObjectNode().put("ok", true);
        ObjectNode r = ok.putObject("result").put("message_id", 5000).put("date", 1_718_000_000);
        r.putObject("chat").put("id", chat).put("type", "private");
        r.put("text", "ok");
        respond(exchange, 200, ok.toString());
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        synchronized (gate) {
            releasedAt = releasedAt == 0 ? System.nanoTime() : releasedAt;
            gate.notifyAll();
        }
        server.stop(0);
        threads.shutdownNow();
    }
}
