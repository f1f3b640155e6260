package dev.safqa.notify;

import dev.safqa.limits.Pacing;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A platform in memory: records every call (chat, text, time) and answers Sent unless a chat has
 * results scripted. {@link #holdCall} makes the n-th call wait for the test, to stop a dispatcher
 * with a send in flight.
 */
final class FakeSender implements NoticeSender {
    record Call(String chatId, String text, Instant at, SendResult result) {
        boolean delivered() {
            return result instanceof SendResult.Sent;
        }
    }

    private final String platform;
    private final Timekeeper time;
    private final Pacing pacing;
    private final List<Call> calls = new ArrayList<>(); // guarded by this
    private final Map<String, Deque<SendResult>> scripted = new HashMap<>(); // guarded by this
    private int holdAt = -1; // guarded by this
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    FakeSender(String platform, Timekeeper time) {
        this(platform, time, switch (platform) {
            // the real platforms' limits, as their adapters state them
            case "telegram" -> dev.safqa.telegram.TelegramLimits.PACING;
            case "slack" -> dev.safqa.slack.SlackLimits.PACING;
            default -> Pacing.of(platform, java.time.Duration.ofMillis(100), java.time.Duration.ofSeconds(1));
        });
    }

    FakeSender(String platform, Timekeeper time, Pacing pacing) {
        this.platform = platform;
        this.time = time;
        this.pacing = pacing;
    }

    @Override
    public Pacing pacing() {
        return pacing;
    }

    /** The next calls to {@code chatId} answer these, in order; then Sent. */
    synchronized FakeSender script(String chatId, SendResult... results) {
        scripted.computeIfAbsent(chatId, k -> new ArrayDeque<>()).addAll(List.of(results));
        return this;
    }

    /** The {@code n}-th call (1-based) waits in the platform until {@link #releaseHeldCall}. */
    synchronized FakeSender holdCall(int n) {
        holdAt = n;
        return this;
    }

    boolean awaitHeldCall(Duration timeout) throws InterruptedException {
        return held.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void releaseHeldCall() {
        release.countDown();
    }

    @Override
    public String platform() {
        return platform;
    }

    @Override
    public SendResult send(String chatId, String text) {
        boolean hold;
        synchronized (this) {
            hold = calls.size() + 1 == holdAt;
        }
        if (hold) {
            held.countDown();
            try {
                if (!release.await(30, TimeUnit.SECONDS)) {
                    throw new AssertionError("the held call was never released");
                }
            } catch (InterruptedException e) {
                throw new AssertionError("the held call was interrupted: a send in flight must be left to finish", e);
            }
        }
        synchronized (this) {
            Deque<SendResult> next = scripted.get(chatId);
            SendResult result = next == null || next.isEmpty() ? SendResult.sent() : next.poll();
            calls.add(new Call(chatId, text, time.now(), result));
            notifyAll();
            return result;
        }
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The calls the platform took. */
    synchronized List<Call> delivered() {
        return calls.stream().filter(Call::delivered).toList();
    }

    synchronized List<String> deliveredChats() {
        return calls.stream().filter(Call::delivered).map(Call::chatId).toList();
    }

    /** Waits until {@code n} messages were delivered; false at the deadline. */
    synchronized boolean awaitDelivered(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (delivered().size() < n) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
