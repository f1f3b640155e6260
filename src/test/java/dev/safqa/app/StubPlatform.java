package dev.safqa.app;

import dev.safqa.http.Http;
import dev.safqa.http.HttpService;
import dev.safqa.platform.Platform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A chat platform as the application sees one: questions come in, replies go out on its own thread,
 * and closing stops intake and lets the replies in flight finish within a grace period. Its webhook
 * route answers once {@link #webhookRelease} opens.
 */
final class StubPlatform implements Platform {
    static final String WEBHOOK = "/stub/webhook";

    final List<String> events = Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch closing = new CountDownLatch(1);
    final CountDownLatch webhookEntered = new CountDownLatch(1);
    final CountDownLatch webhookRelease = new CountDownLatch(1);
    volatile boolean ready = true;
    volatile Exception failOnStart;

    private final String name;
    private final Duration grace;
    private final ExecutorService replies = Executors.newSingleThreadExecutor();
    private volatile boolean intake;

    StubPlatform(String name, Duration grace) {
        this.name = name;
        this.grace = grace;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void registerRoutes(HttpService.Builder http) {
        http.route(WEBHOOK, exchange -> {
            webhookEntered.countDown();
            await(webhookRelease);
            events.add("webhook answered");
            Http.respond(exchange, 200, Http.TEXT, "delivered");
        });
    }

    @Override
    public void start() throws Exception {
        if (failOnStart != null) {
            throw failOnStart;
        }
        intake = true;
        events.add("started");
    }

    @Override
    public boolean isReady() {
        return ready;
    }

    /** A question arrives; its reply is delivered once {@code release} opens. */
    Future<?> question(CountDownLatch release) {
        if (!intake) {
            throw new IllegalStateException("not taking questions");
        }
        return replies.submit(() -> {
            await(release);
            events.add("reply delivered");
        });
    }

    @Override
    public void close() {
        intake = false;
        events.add("intake stopped");
        closing.countDown();
        replies.shutdown();
        try {
            if (!replies.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                replies.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        events.add("closed");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the latch");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
