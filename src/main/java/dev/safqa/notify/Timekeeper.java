package dev.safqa.notify;

import java.time.Duration;
import java.time.Instant;

/**
 * The dispatcher's time: wall time for the delivery log, a monotonic clock for pacing, and a sleep.
 * Tests substitute virtual time, in which sleeping moves the clock, so a broadcast paced over a
 * minute runs in milliseconds and its schedule can be checked exactly.
 */
public interface Timekeeper {
    Timekeeper SYSTEM = new Timekeeper() {
        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(Duration d) throws InterruptedException {
            if (!d.isNegative() && !d.isZero()) {
                Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
            }
        }
    };

    Instant now();

    long nanoTime();

    void sleep(Duration d) throws InterruptedException;
}
