package dev.safqa.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.safqa.answer.Answerer;
import dev.safqa.conversation.Conversation;
import dev.safqa.http.HttpService;
import dev.safqa.index.FactIndex;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.limits.Pacer;
import dev.safqa.platform.Replicas;
import dev.safqa.platform.Telemetry;
import dev.safqa.storage.Database;
import dev.safqa.telegram.ChatLifecycle;
import dev.safqa.telegram.TelegramBot;
import dev.safqa.telegram.TelegramSettings;
import dev.safqa.text.Language;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telegram webhook mode end to end with one and two replicas (each its own bot, HTTP server and
 * database pool, all in this JVM) on a real PostgreSQL (zonky's embedded server on 127.0.0.1),
 * beside one replica on SQLite. A load generator posts updates to the replicas in turn, as a load
 * balancer would, each from a chat of its own (so every update also creates a chat's question-limit
 * row), and a fake Bot API stamps each sendMessage. Latency is post-to-sendMessage; throughput is
 * updates answered over the time from the first post to the last reply. Each configuration is warmed
 * up first, then offered updates as fast as {@value #IN_FLIGHT} connections take them, then at a
 * fixed rate (open loop).
 *
 * <p>Arguments: {@code [updates] [out.json]}.
 */
public final class ReplicasEndToEnd {
    static final int IN_FLIGHT = 64;
    static final double RATE = 250;
    private static final String SECRET = "bench_webhook-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One run: how many, how fast, and the post-to-reply latency. */
    public record Result(String config, int replicas, int updates, long answered, double offeredPerSecond, double seconds,
                         double updatesPerSecond, Stats latency) {
    }

    private ReplicasEndToEnd() {
    }

    public static void main(String[] args) throws Exception {
        int updates = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path out = args.length > 1 ? Path.of(args[1]) : null;
        List<Result> results = run(updates, Duration.ofSeconds(120));
        if (out != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
            JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), results);
        }
        System.exit(0);
    }

    static List<Result> run(int updates, Duration deadline) throws Exception {
        FactIndex index = FactIndex.build(Workload.knowledge());
        List<Result> results = new ArrayList<>();
        int chatBase = 0;
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            for (String config : List.of("sqlite-1", "postgresql-1", "postgresql-2")) {
                int replicas = Integer.parseInt(config.substring(config.indexOf('-') + 1));
                String url = config.startsWith("postgresql") ? newDatabase(pg, config.replace('-', '_')) : null;
                Path data = Files.createTempDirectory("safqa-bench-replicas");
                try {
                    // warm-up, not reported: class loading, the JIT, the pools filling
                    run(index, url, data, replicas, Math.min(updates, 3_000), 0, chatBase, deadline);
                    chatBase += updates;
                    for (double rate : new double[] {0, RATE}) {
                        Result r = run(index, url, data, replicas, updates, rate, chatBase, deadline);
                        chatBase += updates;
                        System.out.println(describe(config, r));
                        results.add(new Result(config, replicas, r.updates(), r.answered(), rate, r.seconds(),
                                r.updatesPerSecond(), r.latency()));
                    }
                } finally {
                    TelegramEndToEnd.deleteTree(data);
                }
            }
        }
        return results;
    }

    private static String newDatabase(EmbeddedPostgres pg, String name) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return pg.getJdbcUrl("postgres", name);
    }

    /** {@code updates} posted over {@code replicas} fresh replicas; {@code rate} 0: as fast as taken. */
    private static Result run(FactIndex index, String url, Path data, int replicas, int updates, double rate, int chatBase,
                              Duration deadline) throws Exception {
        Knowledge knowledge = index.knowledge();
        Answerer answerer = new Answerer(() -> index, Language.EN);
        List<String> questions = Workload.cycle(updates);
        List<AutoCloseable> open = new ArrayList<>();
        try (FakeApi api = new FakeApi(updates, chatBase)) {
            List<HttpService> servers = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                Database db = url == null ? Database.open(data) : Database.connect(url, null, null);
                open.add(db);
                TelegramSettings settings = new TelegramSettings(BotApiServer.TOKEN, api.url(),
                        URI.create("https://safqa.example/telegram"), SECRET,
                        true, BotApiServer.USERNAME).withPacing(false);
                Replicas shared = Replicas.of(db);
                // the question mix has no /subscribe: the conversation offers none
                Conversation conversation = Conversation.builder(answerer, () -> knowledge).settings(db.chatSettings())
                        .feedback(db.feedback()).limits(shared.limit("questions", new Pacer.Rate(20, Duration.ofMinutes(1))),
                                shared.limit("refusals", new Pacer.Rate(1, Duration.ofMinutes(1)))).build();
                TelegramBot bot = new TelegramBot(settings, conversation, Telemetry.NONE, ChatLifecycle.IGNORE, new Pacer(),
                        Duration.ofSeconds(2), shared);
                HttpService.Builder routes = HttpService.builder().host("127.0.0.1").port(0);
                bot.registerRoutes(routes);
                HttpService server = routes.start();
                open.add(0, bot); // closed before its database
                open.add(0, server::close);
                servers.add(server);
                bot.start();
            }
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4, daemon("bench-post-")))
                    .connectTimeout(Duration.ofSeconds(5)).build();
            Semaphore inFlight = new Semaphore(IN_FLIGHT);
            long start = System.nanoTime();
            for (int i = 0; i < updates; i++) {
                if (rate > 0) {
                    long due = start + (long) (i / rate * 1e9);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait); // the open-loop schedule itself, not a wait for a result
                    }
                }
                inFlight.acquire();
                HttpService server = servers.get(i % servers.size());
                HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + TelegramBot.WEBHOOK_PATH))
                        .header("Content-Type", "application/json").header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(api.update(i, questions.get(i))))
                        .build();
                api.posted(i);
                http.sendAsync(post, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> inFlight.release());
            }
            api.await(deadline);
            double seconds = (api.lastReceived() - api.firstPosted()) / 1e9;
            return new Result(url == null ? "sqlite" : "postgresql", replicas, updates, api.answered(), rate, seconds,
                    seconds > 0 ? api.answered() / seconds : 0, Stats.ofNanos(api.latencies()));
        } finally {
            for (AutoCloseable c : open) {
                c.close();
            }
        }
    }

    static String describe(String config, Result r) {
        return String.format("telegram webhook, %s, %s: %,d/%,d answered in %.2f s = %,.0f updates/s; post->sendMessage "
                        + "p50 %.1f ms, p99 %.1f ms, max %.1f ms", config,
                r.offeredPerSecond() == 0 ? IN_FLIGHT + " in flight" : String.format("offered %,.0f/s", r.offeredPerSecond()),
                r.answered(), r.updates(), r.seconds(), r.updatesPerSecond(), r.latency().p50Ms(), r.latency().p99Ms(),
                r.latency().maxMs());
    }

    private static java.util.concurrent.ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The Bot API side: answers everything, stamps each sendMessage against its update's post. */
    private static final class FakeApi implements AutoCloseable {
        private static final Pattern CHAT_ID = Pattern.compile("\"chat_id\"\\s*:\\s*\"?(-?\\d+)");
        private static final long CHAT_BASE = 800_000_000L;

        private final HttpServer server;
        private final ExecutorService threads;
        private final int chatBase;
        private final AtomicLongArray posted;
        private final AtomicLongArray received;
        private final CountDownLatch answered;

        FakeApi(int updates, int chatBase) throws IOException {
            this.chatBase = chatBase;
            this.posted = new AtomicLongArray(updates);
            this.received = new AtomicLongArray(updates);
            this.answered = new CountDownLatch(updates);
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
            this.threads = Executors.newFixedThreadPool(8, daemon("bench-fake-api-"));
            server.setExecutor(threads);
            server.createContext("/", this::handle);
            server.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        String update(int i, String question) {
            long chat = CHAT_BASE + chatBase + i;
            ObjectNode u = JSON.createObjectNode().put("update_id", chatBase + i + 1);
            ObjectNode m = u.putObject("message").put("message_id", 10).put("date", 1_718_000_000);
            m.putObject("from").put("id", chat).put("is_bot", false).put("first_name", "Reader");
            m.putObject("chat").put("id", chat).put("first_name", "Reader").put("type", "private");
            m.put("text", question);
            return u.toString();
        }

        void posted(int i) {
            posted.set(i, System.nanoTime());
        }

        void await(Duration deadline) throws InterruptedException {
            answered.await(deadline.toMillis(), TimeUnit.MILLISECONDS);
        }

        long answered() {
            return posted.length() - answered.getCount();
        }

        long[] latencies() {
            List<Long> out = new ArrayList<>();
            for (int i = 0; i < posted.length(); i++) {
                if (received.get(i) != 0) {
                    out.add(received.get(i) - posted.get(i));
                }
            }
            return out.stream().mapToLong(Long::longValue).toArray();
        }

        long firstPosted() {
            long min = Long.MAX_VALUE;
            for (int i = 0; i < posted.length(); i++) {
                if (posted.get(i) != 0) {
                    min = Math.min(min, posted.get(i));
                }
            }
            return min;
        }

        long lastReceived() {
            long max = 0;
            for (int i = 0; i < received.length(); i++) {
                max = Math.max(max, received.get(i));
            }
            return max;
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                if (exchange.getRequestURI().getPath().toLowerCase(java.util.Locale.ROOT).endsWith("/sendmessage")) {
                    long now = System.nanoTime();
                    Matcher m = CHAT_ID.matcher(body);
                    long chat = m.find() ? Long.parseLong(m.group(1)) : -1;
                    int i = (int) (chat - CHAT_BASE - chatBase);
                    if (i >= 0 && i < received.length() && received.compareAndSet(i, 0, now)) {
                        answered.countDown();
                    }
                    ObjectNode ok = JSON.createObjectNode().put("ok", true);
                    ObjectNode r = ok.putObject("result").put("message_id", 5000).put("date", 1_718_000_000);
                    r.putObject("chat").put("id", chat).put("type", "private");
                    r.put("text", "ok");
                    respond(exchange, ok.toString());
                } else {
                    respond(exchange, "{\"ok\":true,\"result\":true}");
                }
            }
        }

        private static void respond(HttpExchange exchange, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
        }
    }
}
