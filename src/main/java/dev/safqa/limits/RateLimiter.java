package dev.safqa.limits;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Inbound limit: at most {@code permits} questions per {@code per} for each key (a chat, a Slack
 * user). Unlike {@link Pacer} it never waits: a question over the limit is refused with a friendly
 * reply, so one noisy chat cannot queue work for everyone.
 */
public final class RateLimiter implements QuestionLimit {
    private static final int MAX_KEYS = 100_000;

    private final Pacer.Rate rate;
    private final LongSupplier nanoTime;
    private final Map<String, Long> arrival = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_KEYS;
        }
    };

    public RateLimiter(int permits, Duration per) {
        this(new Pacer.Rate(permits, per), System::nanoTime);
    }

    public RateLimiter(Pacer.Rate rate, LongSupplier nanoTime) {
        this.rate = rate;
        this.nanoTime = nanoTime;
    }

    /** True and counted if the key is under its limit; false (and not counted) otherwise. */
    @Override
    public synchronized boolean tryAcquire(String key) {
        long now = nanoTime.getAsLong();
        long interval = rate.intervalNanos();
        long burst = (rate.permits() - 1L) * interval;
        long tat = Math.max(arrival.getOrDefault(key, now), now);
        if (tat - burst > now) {
            return false;
        }
        arrival.put(key, tat + interval);
        return true;
    }

    @Override
    public Pacer.Rate rate() {
        return rate;
    }
}
