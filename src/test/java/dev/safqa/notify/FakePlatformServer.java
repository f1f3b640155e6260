package dev.safqa.notify;

import dev.safqa.limits.Pacing;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A chat platform on 127.0.0.1 that several dispatchers, in this JVM or in child processes, post
 * their notes to: it stamps each arrival on one clock (this process's), so the limits can be checked
 * across replicas on what the platform saw.
 */
final class FakePlatformServer implements AutoCloseable {
    /** One note as the platform received it: the chat, who sent it, and when (this JVM's nanoTime). */
    record Arrival(String chatId, String replica, long nanos) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final List<Arrival> arrivals = new ArrayList<>(); // guarded by this

    FakePlatformServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/send", exchange -> {
            long at = System.nanoTime();
            String chat;
            try (InputStream in = exchange.getRequestBody()) {
                chat = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String replica = exchange.getRequestHeaders().getFirst("X-Replica");
            synchronized (this) {
                arrivals.add(new Arrival(chat, replica, at));
                notifyAll();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.setExecutor(threads);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/send");
    }

    synchronized List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    /** Waits until at least {@code count} notes arrived; fails after {@code timeout}. */
    synchronized List<Arrival> awaitCount(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (arrivals.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("only " + arrivals.size() + " of " + count + " notes arrived within " + timeout);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return List.copyOf(arrivals);
    }

    /** The most notes that arrived within any span of {@code window}. */
    static int busiest(List<Arrival> arrivals, Duration window) {
        long[] t = arrivals.stream().mapToLong(Arrival::nanos).sorted().toArray();
        int most = 0;
        for (int i = 0, j = 0; j < t.length; j++) {
            while (t[j] - t[i] >= window.toNanos()) {
                i++;
            }
            most = Math.max(most, j - i + 1);
        }
        return most;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** The dispatcher's side: posts each note's chat id to the server, as replica {@code name}. */
    static NoticeSender sender(String platform, URI url, String name, Pacing pacing) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return new NoticeSender() {
            @Override
            public String platform() {
                return platform;
            }

            @Override
            public Pacing pacing() {
                return pacing;
            }

            @Override
            public SendResult send(String chatId, String text) {
                HttpRequest r = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).header("X-Replica", name)
                        .POST(HttpRequest.BodyPublishers.ofString(chatId)).build();
                try {
                    int status = http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
                    return status == 200 ? SendResult.sent() : new SendResult.Transient("HTTP " + status);
                } catch (IOException e) {
                    return new SendResult.Unknown(e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new SendResult.Unknown("interrupted");
                }
            }
        };
    }
}
