package dev.safqa.telegram;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * How long the poller waits after a failed getUpdates.
 *
 * <p>Two fixes over telegrambots' {@code ExponentialBackOff}: it honours a 429's {@code retry_after}
 * (the library never reads the error body; {@link PollWatch} does and calls {@link #retryAfter}), and
 * it never gives up: the library's back-off returns its 15-minute "max elapsed time" as the pause once
 * an outage has lasted 15 minutes, so a bot would come back up to 15 minutes after the network did.
 * Here the pause doubles from {@code first} to {@code max} with ±20% jitter and stays there.
 */
final class PollBackOff implements BackOff {
    private final long firstMillis;
    private final long maxMillis;
    private final AtomicLong current;
    private final AtomicLong retryAfterMillis = new AtomicLong();

    PollBackOff(Duration first, Duration max) {
        this.firstMillis = Math.max(1, first.toMillis());
        this.maxMillis = Math.max(firstMillis, max.toMillis());
        this.current = new AtomicLong(firstMillis);
    }

    /** Telegram asked us to wait: the next pause is at least this long. */
    void retryAfter(Duration wait) {
        retryAfterMillis.accumulateAndGet(wait.toMillis(), Math::max);
    }

    @Override
    public void reset() {
        current.set(firstMillis);
        retryAfterMillis.set(0);
    }

    @Override
    public long nextBackOffMillis() {
        long base = current.getAndUpdate(c -> Math.min(maxMillis, c * 2));
        long jittered = (long) (base * (0.8 + 0.4 * ThreadLocalRandom.current().nextDouble()));
        return Math.max(jittered, retryAfterMillis.getAndSet(0));
    }
}
