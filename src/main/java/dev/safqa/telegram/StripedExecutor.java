package dev.safqa.telegram;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs updates in parallel across chats but in order within one chat: each key (a chat id) always
 * lands on the same single thread. A full queue makes the submitting thread (the poller) run the
 * update itself, which slows polling down instead of dropping updates.
 */
final class StripedExecutor implements AutoCloseable {
    private final ThreadPoolExecutor[] stripes;

    StripedExecutor(int stripes, int queuePerStripe, ThreadFactory threads) {
        this.stripes = new ThreadPoolExecutor[stripes];
        for (int i = 0; i < stripes; i++) {
            this.stripes[i] = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                    new ArrayBlockingQueue<>(queuePerStripe), threads, new ThreadPoolExecutor.CallerRunsPolicy());
        }
    }

    void execute(String key, Runnable task) {
        stripes[Math.floorMod(key.hashCode(), stripes.length)].execute(task);
    }

    /** Lets queued updates finish for up to {@code grace}, then interrupts what is left. */
    void shutdown(Duration grace) {
        for (ThreadPoolExecutor s : stripes) {
            s.shutdown();
        }
        long deadline = System.nanoTime() + grace.toNanos();
        try {
            for (ThreadPoolExecutor s : stripes) {
                s.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ThreadPoolExecutor s : stripes) {
            s.shutdownNow();
        }
    }

    @Override
    public void close() {
        shutdown(Duration.ZERO);
    }
}
