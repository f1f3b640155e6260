package dev.safqa.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

final class JdbcFeedbackLog implements FeedbackLog {
    private final Database db;
    private final Clock clock;

    JdbcFeedbackLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void record(Feedback f) {
        long now = clock.millis();
        db.withConnection("record feedback", c -> Sql.update(c, """
                INSERT INTO feedback (platform, chat_id, message_id, user_hash, fact_id, vote, voted_at_ms)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (platform, chat_id, message_id, user_hash)
                DO UPDATE SET fact_id = excluded.fact_id, vote = excluded.vote, voted_at_ms = excluded.voted_at_ms""",
                f.chat().platform(), f.chat().chatId(), f.messageId(), f.userHash(), f.factId(), f.vote().name(), now));
    }

    @Override
    public List<FactFeedback> byFact() {
        return db.withConnection("summarise feedback", c -> {
            List<FactFeedback> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT fact_id, SUM(CASE WHEN vote = 'UP' THEN 1 ELSE 0 END), SUM(CASE WHEN vote = 'DOWN' THEN 1 ELSE 0 END), MAX(voted_at_ms)
                    FROM feedback GROUP BY fact_id ORDER BY 3 DESC, fact_id""");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new FactFeedback(rs.getString(1), rs.getInt(2), rs.getInt(3), Instant.ofEpochMilli(rs.getLong(4))));
                }
            }
            return out;
        });
    }
}
