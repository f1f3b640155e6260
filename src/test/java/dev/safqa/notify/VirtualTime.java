package dev.safqa.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time that moves only when someone sleeps: a sleep returns at once, the clock moved on by its
 * length. With one dispatcher lane the schedule it produces is exactly the one real time would
 * give, without waiting for it.
 */
public final class VirtualTime implements Timekeeper {
    static final Instant START = Instant.parse("2025-06-16T09:00:00Z");

    private final Instant start;
    private final AtomicLong nanos = new AtomicLong();

    public VirtualTime() {
        this(START);
    }

    /** Starting at {@code start}: to resume rows another process stamped with the real time. */
    VirtualTime(Instant start) {
        this.start = start;
    }

    @Override
    public Instant now() {
        return start.plusNanos(nanos.get());
    }

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public void sleep(Duration d) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (d.isNegative()) {
            throw new IllegalArgumentException("negative sleep " + d);
        }
        nanos.addAndGet(d.toNanos());
        Thread.yield(); // let the test thread look in now and then while a lane idles
    }

    void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    /** The same time as a Clock, for the Notifier and the subscriptions. */
    public Clock clock() {
        return new Clock() {
            @Override
            public Instant instant() {
                return now();
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
