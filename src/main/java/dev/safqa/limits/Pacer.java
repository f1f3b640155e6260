package dev.safqa.limits;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Outbound pacing over several limits at once (Telegram: 30 messages a second overall, one a
 * second per chat, 20 a minute per group; Slack: about one a second per channel).
 *
 * <p>Each limit is a GCRA bucket (the generic cell rate algorithm, kept as one "theoretical arrival
 * time") with no burst: sends on a key are spaced {@code per / permits} apart, so no window of
 * length {@code per} ever holds more than {@code permits} of them. (A token bucket with a burst of
 * {@code permits} would let almost twice that through in the first window, which is exactly what
 * the platforms count.) {@link #reserve} books one send in every bucket it names and says how long
 * to wait, so concurrent senders queue fairly without a thread per chat. A 429 from the platform
 * {@link #pause}s a bucket for its {@code retry_after}.
 */
public final class Pacer {
    /** {@code permits} sends per {@code per}, in bursts of up to {@code permits}. */
    public record Rate(int permits, Duration per) {
        public Rate {
            if (permits < 1 || per.isNegative() || per.isZero()) {
                throw new IllegalArgumentException("a rate needs at least one permit over a positive duration");
            }
        }

        long intervalNanos() {
            return per.toNanos() / permits;
        }
    }

    /** One bucket to book: a key ("chat:42") and its rate. */
    public record Limit(String key, Rate rate) {
    }

    /** Buckets idle this long are forgotten, so a million chats do not keep a million entries. */
    private static final long FORGET_AFTER_NANOS = Duration.ofMinutes(5).toNanos();

    private final LongSupplier nanoTime;
    private final Map<String, Long> arrival = new HashMap<>();
    private long lastSweep;

    public Pacer() {
        this(System::nanoTime);
    }

    public Pacer(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.lastSweep = nanoTime.getAsLong();
    }

    /** Books one send in each bucket; returns how long to wait before making it (zero: send now). */
    public synchronized Duration reserve(List<Limit> limits) {
        long now = nanoTime.getAsLong();
        sweep(now);
        long at = now;
        for (Limit l : limits) {
            at = Math.max(at, arrival.getOrDefault(l.key(), now));
        }
        for (Limit l : limits) {
            long tat = arrival.getOrDefault(l.key(), now);
            arrival.put(l.key(), Math.max(tat, at) + l.rate().intervalNanos());
        }
        return Duration.ofNanos(at - now);
    }

    /** Holds a bucket back for {@code duration} from now (a 429's retry_after). */
    public synchronized void pause(String key, Duration duration) {
        long until = nanoTime.getAsLong() + duration.toNanos();
        arrival.merge(key, until, Math::max);
    }

    private void sweep(long now) {
        if (now - lastSweep < FORGET_AFTER_NANOS) {
            return;
        }
        lastSweep = now;
        arrival.values().removeIf(tat -> now - tat > FORGET_AFTER_NANOS);
    }
}
