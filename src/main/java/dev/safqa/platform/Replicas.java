package dev.safqa.platform;

import dev.safqa.limits.Pacer;
import dev.safqa.limits.QuestionLimit;
import dev.safqa.limits.RateLimiter;
import dev.safqa.storage.Database;
import dev.safqa.storage.InboundLog;
import dev.safqa.storage.Leases;
import java.time.Duration;
import java.util.Objects;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What the replicas of one bot share, handed to each adapter: who answers an inbound update (the
 * first to claim it), who polls (the holder of a lease), and the per-chat question limits. For one
 * process on its own, {@link #single()} keeps all of it in memory.
 *
 * @param inbound   claims inbound updates and events, so that a repeat is answered once
 * @param leases    elects the one poller of a bot
 * @param limits    makes the per-chat question limits, by scope and rate
 * @param takeover  how often a standby replica tries to take a lease over, and a holder checks it still holds it
 */
public record Replicas(InboundLog inbound, Leases leases, BiFunction<String, Pacer.Rate, QuestionLimit> limits,
                       Duration takeover) {
    public Replicas {
        Objects.requireNonNull(inbound, "inbound");
        Objects.requireNonNull(leases, "leases");
        Objects.requireNonNull(limits, "limits");
        if (takeover.isNegative() || takeover.isZero()) {
            throw new IllegalArgumentException("takeover must be positive: " + takeover);
        }
    }

    public static final Duration TAKEOVER = Duration.ofSeconds(2);

    /**
     * One process: ids remembered in memory (the most recent 10,000 per adapter, long after Telegram
     * and Slack stop re-sending), every lease granted, limits counted here.
     */
    public static Replicas single() {
        return new Replicas(new RecentIds(10_000), Leases.SOLE, (scope, rate) -> new RateLimiter(rate, System::nanoTime),
                TAKEOVER);
    }

    /**
     * Whatever shares {@code db}: on PostgreSQL the claims, leases and limits are in the database;
     * on SQLite, one process owns the file, so the database keeps the claims (they survive a restart)
     * and the rest is as {@link #single()}.
     */
    public static Replicas of(Database db) {
        if (!db.shared()) {
            return new Replicas(db.inbound(), Leases.SOLE, (scope, rate) -> new RateLimiter(rate, System::nanoTime), TAKEOVER);
        }
        return new Replicas(db.inbound(), db, db::questionLimit, TAKEOVER);
    }

    public Replicas withTakeover(Duration every) {
        return new Replicas(inbound, leases, limits, every);
    }

    public QuestionLimit limit(String scope, Pacer.Rate rate) {
        return limits.apply(scope, rate);
    }

    /** The in-memory claims of {@link #single()}: bounded, the oldest ids forgotten first. */
    private static final class RecentIds implements InboundLog {
        private final Set<String> seen;

        RecentIds(int capacity) {
            Map<String, Boolean> lru = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > capacity;
                }
            });
            this.seen = Collections.newSetFromMap(lru);
        }

        @Override
        public boolean claim(String platform, String scope, String id) {
            return seen.add(platform + "\n" + scope + "\n" + id);
        }
    }
}
