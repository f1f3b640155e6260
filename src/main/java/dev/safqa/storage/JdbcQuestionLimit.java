package dev.safqa.storage;

import dev.safqa.limits.Pacer;
import dev.safqa.limits.QuestionLimit;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link dev.safqa.limits.RateLimiter}'s GCRA bucket, kept in the database so that every replica
 * counts the same questions. One statement per question: an upsert that moves the bucket's
 * theoretical arrival time only when the question is allowed, and returns a row only then. The
 * database orders concurrent questions on one key (a row lock), so a burst spread over replicas
 * gets no more through than one replica would let.
 */
final class JdbcQuestionLimit implements QuestionLimit {
    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int PRUNE_EVERY = 10_000;

    private final Database db;
    private final String scope;
    private final Pacer.Rate rate;
    private final Clock clock;
    private final String sql;
    private final AtomicLong asked = new AtomicLong();

    JdbcQuestionLimit(Database db, String scope, Pacer.Rate rate, Clock clock) {
        this.db = db;
        this.scope = ChatKey.requireText(scope, "scope");
        this.rate = rate;
        this.clock = clock;
        String greatest = db.dialect() == Dialect.POSTGRESQL ? "GREATEST" : "MAX";
        this.sql = "INSERT INTO question_limits (limit_key, tat_ms) VALUES (?, ?) "
                + "ON CONFLICT (limit_key) DO UPDATE SET tat_ms = " + greatest + "(question_limits.tat_ms, ?) + ? "
                + "WHERE " + greatest + "(question_limits.tat_ms, ?) - ? <= ? RETURNING tat_ms";
    }

    @Override
    public boolean tryAcquire(String key) {
        long now = clock.millis();
        long interval = rate.per().toMillis() / rate.permits();
        long burst = (rate.permits() - 1L) * interval;
        if (asked.incrementAndGet() % PRUNE_EVERY == 0) {
            db.withConnection("forget idle question limits", c ->
                    Sql.update(c, "DELETE FROM question_limits WHERE tat_ms < ?", now - FORGET_AFTER.toMillis()));
        }
        return db.withConnection("count a question", c -> {
            try (PreparedStatement s = Sql.prepare(c, sql, scope + ":" + key, now + interval, now, interval, now, burst, now);
                 ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Override
    public Pacer.Rate rate() {
        return rate;
    }
}
