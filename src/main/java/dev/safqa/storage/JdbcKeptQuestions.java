package dev.safqa.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The questions kept for review, in the {@code kept_questions} table. With a retention period, the
 * questions older than it are forgotten when the store is made (the server's start) and then at most
 * once an hour, by the keep that finds the hour has passed: one indexed DELETE, and no thread of its own.
 */
final class JdbcKeptQuestions implements KeptQuestions {
    static final Duration FORGET_EVERY = Duration.ofHours(1);
    /** Fact ids are one word ({@code [a-z0-9_-]}, or an article's stem and a number): one per line. */
    private static final String NEAR_SEPARATOR = "\n";

    private final Database db;
    private final Clock clock;
    private final Duration retention;
    private final AtomicLong nextForget;

    /** @param retention how long a question is kept, or null to keep them until they are forgotten by hand */
    JdbcKeptQuestions(Database db, Clock clock, Duration retention) {
        this.db = db;
        this.clock = clock;
        this.retention = retention;
        this.nextForget = new AtomicLong(Long.MIN_VALUE);
        if (retention != null) {
            forgetExpired(clock.millis());
        }
    }

    @Override
    public void keep(KeptQuestion q) {
        long now = clock.millis();
        if (retention != null && now >= nextForget.get()) {
            forgetExpired(now);
        }
        db.withConnection("keep a question for review", c -> Sql.update(c, """
                INSERT INTO kept_questions (kept_at_ms, platform, chat_hash, language, question, why, near_facts, chosen)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                q.at().toEpochMilli(), q.platform(), q.chatHash(), q.language().code(), q.question(), q.why().name(),
                String.join(NEAR_SEPARATOR, q.nearFacts()), q.chosen()));
    }

    @Override
    public List<KeptQuestion> all() {
        return db.withConnection("read the questions kept for review", c -> {
            List<KeptQuestion> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT id, kept_at_ms, platform, chat_hash, language, question, why, near_facts, chosen
                    FROM kept_questions ORDER BY kept_at_ms, id""");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String near = rs.getString(8);
                    out.add(new KeptQuestion(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                            rs.getString(4), Sql.language(rs.getString(5)), rs.getString(6),
                            KeptQuestion.Why.valueOf(rs.getString(7)),
                            near.isEmpty() ? List.of() : Arrays.asList(near.split(NEAR_SEPARATOR)), rs.getString(9)));
                }
            }
            return out;
        });
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        return db.withConnection("forget old questions kept for review", c ->
                Sql.update(c, "DELETE FROM kept_questions WHERE kept_at_ms < ?", cutoff.toEpochMilli()));
    }

    @Override
    public int forget(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return db.inTransaction("forget reviewed questions", c -> {
            int n = 0;
            for (long id : ids) {
                n += Sql.update(c, "DELETE FROM kept_questions WHERE id = ?", id);
            }
            return n;
        });
    }

    private void forgetExpired(long now) {
        nextForget.set(now + FORGET_EVERY.toMillis());
        forgetBefore(Instant.ofEpochMilli(now).minus(retention));
    }
}
