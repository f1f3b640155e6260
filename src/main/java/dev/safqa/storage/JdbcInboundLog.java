package dev.safqa.storage;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One row per update claimed; the primary key makes the second claim a no-op on both databases (on
 * PostgreSQL it waits for the first claim's commit, then finds the row). Rows older than a day are
 * deleted now and then: Telegram gives up on an update within a day, Slack within minutes.
 */
final class JdbcInboundLog implements InboundLog {
    static final Duration KEEP = Duration.ofDays(1);
    private static final int PRUNE_EVERY = 1_000;

    private final Database db;
    private final Clock clock;
    private final AtomicLong claims = new AtomicLong();

    JdbcInboundLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public boolean claim(String platform, String scope, String id) {
        ChatKey.requireText(platform, "platform");
        ChatKey.requireText(scope, "scope");
        ChatKey.requireText(id, "id");
        long now = clock.millis();
        if (claims.incrementAndGet() % PRUNE_EVERY == 0) {
            db.withConnection("forget old inbound updates", c ->
                    Sql.update(c, "DELETE FROM inbound WHERE claimed_at_ms < ?", now - KEEP.toMillis()));
        }
        return db.withConnection("claim an inbound update", c -> Sql.update(c,
                "INSERT INTO inbound (platform, scope, event_id, claimed_at_ms) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                platform, scope, id, now) == 1);
    }
}
