package dev.safqa.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.safqa.answer.Answerer;
import dev.safqa.conversation.Conversation;
import dev.safqa.http.HttpService;
import dev.safqa.index.FactIndex;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.limits.Pacer;
import dev.safqa.limits.Pacing;
import dev.safqa.platform.Replicas;
import dev.safqa.platform.Telemetry;
import dev.safqa.slack.SignedClient;
import dev.safqa.slack.SlackApp;
import dev.safqa.slack.SlackSettings;
import dev.safqa.storage.Database;
import dev.safqa.text.Language;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slack in HTTP mode end to end: {@code /safqa QUESTION} slash commands, signed with a real v0 HMAC
 * as Slack signs them, posted to {@code /slack/events} on Safqa's HTTP server by {@code senders}
 * concurrent clients. The ack is the HTTP answer (the bot answers later, to the response_url, which a
 * fake Slack on 127.0.0.1 records). Bounded by the deadline.
 */
public final class SlackEndToEnd {
    static final String SECRET = "bench-signing-secret-5f3a9c";

    /**
     * @param ack     send to HTTP answer, per command
     * @param answer  send to the answer's arrival at the response_url, per command
     */
    public record Result(int commands, int acked, int answeredCount, double seconds, double commandsPerSecond,
                         Stats ack, Stats answer, int senders, double rssMb) {
        public boolean complete() {
            return acked == commands && answeredCount == commands;
        }
    }

    private SlackEndToEnd() {
    }

    public static Result run(FactIndex index, List<String> questions, int senders, Duration deadline) throws Exception {
        Knowledge knowledge = index.knowledge();
        Answerer answerer = new Answerer(() -> index, Language.EN);
        int n = questions.size();
        long[] sent = new long[n];
        long[] acks = new long[n];
        long[] answered = new long[n];
        CountDownLatch allAnswered = new CountDownLatch(n);
        Path data = Files.createTempDirectory("safqa-bench-slack");
        HttpServer fake = fakeSlack(answered, allAnswered);
        ExecutorService clients = Executors.newFixedThreadPool(senders, r -> {
            Thread t = new Thread(r, "bench-slack-client");
            t.setDaemon(true);
            return t;
        });
        HttpService http = null;
        String base = "http://127.0.0.1:" + fake.getAddress().getPort();
        try (Database db = Database.open(data);
             // no question limit and no subscriptions: the benchmark measures answering, and never subscribes
             SlackApp app = new SlackApp(new SlackSettings("xoxb-bench-token", null, SECRET, base + "/api/", false,
                     Duration.ofSeconds(2)),
                     Conversation.builder(answerer, () -> knowledge).settings(db.chatSettings()).feedback(db.feedback()).build(),
                     Telemetry.NONE, new Pacer(), dev.safqa.slack.SlackLimits.PACING, Replicas.single())) {
            HttpService.Builder b = HttpService.builder().host("127.0.0.1").port(0);
            app.registerRoutes(b);
            http = b.start();
            app.start();
            URI events = URI.create("http://127.0.0.1:" + http.port() + "/slack/events");
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).executor(clients).build();

            AtomicInteger next = new AtomicInteger();
            AtomicInteger acked = new AtomicInteger();
            long end = System.nanoTime() + deadline.toNanos();
            long t0 = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            ExecutorService senderThreads = Executors.newFixedThreadPool(senders);
            for (int s = 0; s < senders; s++) {
                workers.add(senderThreads.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < n && System.nanoTime() < end; ) {
                        // 50 channels and 1,000 users (the conversation here has no question limit)
                        String body = SignedClient.encode(SignedClient.slashCommand(questions.get(i), "C" + (i % 50), "U" + (i % 1000),
                                base + "/response/" + i));
                        sent[i] = System.nanoTime();
                        HttpResponse<String> r = client.send(signed(events, body), HttpResponse.BodyHandlers.ofString());
                        acks[i] = System.nanoTime();
                        if (r.statusCode() == 200) {
                            acked.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            senderThreads.shutdownNow();
            allAnswered.await(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            double rss = Memory.rssMb();
            double seconds = (java.util.Arrays.stream(acks).max().orElse(t0) - t0) / 1e9;
            List<Long> ackTimes = new ArrayList<>();
            List<Long> answerTimes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (acks[i] != 0) {
                    ackTimes.add(acks[i] - sent[i]);
                }
                if (answered[i] != 0 && sent[i] != 0) {
                    answerTimes.add(answered[i] - sent[i]);
                }
            }
            return new Result(n, acked.get(), answerTimes.size(), seconds, seconds > 0 ? acked.get() / seconds : 0,
                    Stats.ofNanos(ackTimes.stream().mapToLong(Long::longValue).toArray()),
                    Stats.ofNanos(answerTimes.stream().mapToLong(Long::longValue).toArray()), senders, rss);
        } finally {
            if (http != null) {
                http.stop(Duration.ZERO);
            }
            clients.shutdownNow();
            fake.stop(0);
            ((ExecutorService) fake.getExecutor()).shutdownNow();
            TelegramEndToEnd.deleteTree(data);
        }
    }

    /** auth.test for the app's start, and the response_url every answer is posted to. */
    private static HttpServer fakeSlack(long[] answered, CountDownLatch allAnswered) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "bench-fake-slack");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/api/auth.test", ex -> json(ex, "{\"ok\":true,\"url\":\"https://bench.slack.com/\","
                + "\"team\":\"Bench\",\"user\":\"safqa\",\"team_id\":\"T0001\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}"));
        server.createContext("/api/", ex -> json(ex, "{\"ok\":true}"));
        server.createContext("/response/", ex -> {
            long now = System.nanoTime();
            ex.getRequestBody().readAllBytes();
            String path = ex.getRequestURI().getPath();
            int i = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
            if (answered[i] == 0) {
                answered[i] = now;
                allAnswered.countDown();
            }
            json(ex, "ok");
        });
        server.start();
        return server;
    }

    private static void json(HttpExchange ex, String body) throws IOException {
        try (ex) {
            ex.getRequestBody().readAllBytes();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            ex.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static HttpRequest signed(URI uri, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String ts = String.valueOf(Instant.now().getEpochSecond());
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", SignedClient.sign(SECRET, ts, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
    }

    /** Slack's v0 signature: HMAC-SHA256 of "v0:timestamp:body" with the signing secret. */



    static String describe(Result r) {
        return String.format("slack: %,d/%,d signed /safqa commands acked in %.2f s by %d senders = %,.0f commands/s; "
                        + "ack p50 %.1f ms, p99 %.1f ms; answer at response_url p50 %.1f ms, p99 %.1f ms (%,d answered); RSS %.0f MB",
                r.acked(), r.commands(), r.seconds(), r.senders(), r.commandsPerSecond(), r.ack().p50Ms(), r.ack().p99Ms(),
                r.answer().p50Ms(), r.answer().p99Ms(), r.answeredCount(), r.rssMb());
    }
}
