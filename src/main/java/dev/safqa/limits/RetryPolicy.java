package dev.safqa.limits;

import java.time.Duration;

/**
 * How hard to try one message, the one policy of every sender (answers on Telegram and Slack, notes
 * to subscribers): at most {@code maxAttempts} sends (for notes, 429s and moves count), with
 * exponential back-off after a transient failure: {@code firstBackOff}, twice that, and so on up to
 * {@code maxBackOff}. A notes' dispatcher adds no jitter (one platform's deliveries go out one at a
 * time, paced, so failures do not come back as a herd); the Telegram outbox, sending many chats'
 * answers at once, adds some.
 */
public record RetryPolicy(int maxAttempts, Duration firstBackOff, Duration maxBackOff) {
    /** Notes: 8 attempts over about four minutes: 2 s, 4 s, 8 s ... 128 s. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(8, Duration.ofSeconds(2), Duration.ofMinutes(5));

    public RetryPolicy {
        if (maxAttempts < 1 || firstBackOff.isNegative() || maxBackOff.compareTo(firstBackOff) < 0) {
            throw new IllegalArgumentException("bad retry policy " + maxAttempts + ", " + firstBackOff + ", " + maxBackOff);
        }
    }

    /** The wait after the {@code attempt}-th attempt (1-based) failed transiently. */
    public Duration backOff(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        Duration d = firstBackOff.multipliedBy(1L << doublings);
        return d.compareTo(maxBackOff) > 0 ? maxBackOff : d;
    }
}
