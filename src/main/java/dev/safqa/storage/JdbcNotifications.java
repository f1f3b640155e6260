package dev.safqa.storage;

import dev.safqa.text.Language;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

final class JdbcNotifications implements Notifications, DeliveryLog {
    private static final String NOTIFICATION_COLUMNS = "id, created_at_ms, kind, knowledge_version, text_ar, text_en";
    private static final String DELIVERY_COLUMNS =
            "notification_id, platform, chat_id, status, attempts, last_error, next_attempt_at_ms, updated_at_ms";
    private static final String KEY = "notification_id = ? AND platform = ? AND chat_id = ?";

    private final Database db;

    JdbcNotifications(Database db) {
        this.db = db;
    }

    @Override
    public NotificationSummary create(NotificationKind kind, String knowledgeVersion, Texts texts, Instant now) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(texts, "texts");
        return db.inTransaction("create a notification", c -> insert(c, kind, knowledgeVersion, texts, now.toEpochMilli()));
    }

    @Override
    public Optional<NotificationSummary> recordFacts(String knowledgeVersion, Map<String, String> digests, Instant now,
                                                     Function<FactChanges, Optional<Texts>> compose) {
        return db.inTransaction("record the facts announced", c -> {
            // Replicas reloading the same edit at once: the second waits here, then finds it recorded
            // and makes nothing, so each change is announced once.
            db.serialize(c, "notified_facts");
            Map<String, String> known = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT fact_id, digest FROM notified_facts");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    known.put(rs.getString(1), rs.getString(2));
                }
            }
            List<String> added = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            digests.forEach((id, digest) -> {
                String before = known.get(id);
                if (before == null) {
                    added.add(id);
                } else if (!before.equals(digest)) {
                    changed.add(id);
                }
            });
            List<String> removed = known.keySet().stream().filter(id -> !digests.containsKey(id)).sorted().toList();
            FactChanges changes = new FactChanges(added, changed, removed, known.isEmpty());
            if (changes.isEmpty()) {
                return Optional.<NotificationSummary>empty();
            }
            Optional<NotificationSummary> made = Optional.empty();
            if (!changes.baseline() && (!added.isEmpty() || !changed.isEmpty())) {
                Optional<Texts> texts = compose.apply(changes);
                if (texts.isPresent()) {
                    made = Optional.of(insert(c, NotificationKind.KNOWLEDGE, knowledgeVersion, texts.get(), now.toEpochMilli()));
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM notified_facts");
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO notified_facts (fact_id, digest) VALUES (?, ?)")) {
                for (Map.Entry<String, String> e : digests.entrySet()) {
                    s.setString(1, e.getKey());
                    s.setString(2, e.getValue());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return made;
        });
    }

    private static NotificationSummary insert(Connection c, NotificationKind kind, String knowledgeVersion, Texts texts,
                                              long nowMs) throws SQLException {
        long id;
        try (PreparedStatement s = Sql.prepare(c, "INSERT INTO notifications (created_at_ms, kind, knowledge_version, text_ar, text_en) "
                        + "VALUES (?, ?, ?, ?, ?) RETURNING id", nowMs, kind.code(), knowledgeVersion, texts.ar(), texts.en());
             ResultSet rs = s.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        // One statement for every subscriber: the set is whoever is subscribed inside this transaction.
        int deliveries = Sql.update(c, "INSERT INTO deliveries (" + DELIVERY_COLUMNS + ") "
                        + "SELECT ?, platform, chat_id, 'pending', 0, NULL, ?, ? FROM subscriptions",
                id, nowMs, nowMs);
        Notification n = new Notification(id, Instant.ofEpochMilli(nowMs), kind, knowledgeVersion, texts.ar(), texts.en());
        return new NotificationSummary(n, Map.of(DeliveryStatus.PENDING, deliveries));
    }

    @Override
    public List<Delivery> due(String platform, Instant now, int limit) {
        return db.withConnection("list the deliveries due", c -> deliveries(c,
                "SELECT " + DELIVERY_COLUMNS + " FROM deliveries WHERE platform = ? AND status = 'pending' AND next_attempt_at_ms <= ? "
                        + "ORDER BY next_attempt_at_ms, notification_id, chat_id LIMIT ?",
                platform, now.toEpochMilli(), limit));
    }

    @Override
    public Optional<Instant> nextDue(String platform) {
        return db.withConnection("find the next delivery due", c -> {
            try (PreparedStatement s = Sql.prepare(c,
                    "SELECT MIN(next_attempt_at_ms) FROM deliveries WHERE platform = ? AND status = 'pending'", platform);
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                long at = rs.getLong(1);
                return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(at));
            }
        });
    }

    @Override
    public long backlog() {
        // two counts, not "status IN (...)", so that each is answered from its partial index
        return db.withConnection("count the deliveries waiting", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT (SELECT COUNT(*) FROM deliveries WHERE status = 'pending') "
                    + "+ (SELECT COUNT(*) FROM deliveries WHERE status = 'sending')");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public List<String> platformsWithPending() {
        return db.withConnection("list the platforms with pending deliveries", c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT DISTINCT platform FROM deliveries WHERE status = 'pending' ORDER BY platform");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<Claim> claim(long notificationId, ChatKey chat, Instant now) {
        return db.inTransaction("take a delivery for sending", c -> {
            String textAr;
            String textEn;
            String language;
            int attempts;
            try (PreparedStatement s = Sql.prepare(c, """
                    SELECT d.attempts, n.text_ar, n.text_en, s.language
                    FROM deliveries d
                    JOIN notifications n ON n.id = d.notification_id
                    LEFT JOIN subscriptions s ON s.platform = d.platform AND s.chat_id = d.chat_id
                    WHERE d.notification_id = ? AND d.platform = ? AND d.chat_id = ? AND d.status = 'pending'""",
                    notificationId, chat.platform(), chat.chatId());
                 ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<Claim>empty();
                }
                attempts = rs.getInt(1);
                textAr = rs.getString(2);
                textEn = rs.getString(3);
                language = rs.getString(4);
            }
            if (language == null) {
                setStatus(c, notificationId, chat, DeliveryStatus.DROPPED, "unsubscribed before it was sent", now);
                return Optional.<Claim>empty();
            }
            // Conditional, so that of two dispatchers reading it pending only one takes it (on PostgreSQL
            // the second waits for the first's commit, then finds it no longer pending).
            int taken = Sql.update(c, "UPDATE deliveries SET status = 'sending', attempts = attempts + 1, updated_at_ms = ? WHERE "
                    + KEY + " AND status = 'pending'", now.toEpochMilli(), notificationId, chat.platform(), chat.chatId());
            if (taken == 0) {
                return Optional.<Claim>empty();
            }
            Language lang = Sql.language(language);
            return Optional.of(new Claim(notificationId, chat, lang, lang == Language.AR ? textAr : textEn, attempts + 1));
        });
    }

    @Override
    public void markSent(long notificationId, ChatKey chat, Instant now) {
        db.withConnection("record a delivery sent", c -> setStatus(c, notificationId, chat, DeliveryStatus.SENT, null, now));
    }

    @Override
    public void retryAt(long notificationId, ChatKey chat, Instant at, String error, Instant now) {
        db.withConnection("reschedule a delivery", c -> Sql.update(c,
                "UPDATE deliveries SET status = 'pending', last_error = ?, next_attempt_at_ms = ?, updated_at_ms = ? WHERE " + KEY,
                error, at.toEpochMilli(), now.toEpochMilli(), notificationId, chat.platform(), chat.chatId()));
    }

    @Override
    public void markFailed(long notificationId, ChatKey chat, String error, Instant now) {
        db.withConnection("record a delivery failed", c -> setStatus(c, notificationId, chat, DeliveryStatus.FAILED, error, now));
    }

    @Override
    public int markGone(long notificationId, ChatKey chat, String reason, Instant now) {
        return db.inTransaction("drop the deliveries to a chat that is gone", c -> {
            int dropped = setStatus(c, notificationId, chat, DeliveryStatus.DROPPED, reason, now);
            dropped += Sql.update(c, "UPDATE deliveries SET status = 'dropped', last_error = ?, updated_at_ms = ? "
                            + "WHERE platform = ? AND chat_id = ? AND status = 'pending'",
                    reason, now.toEpochMilli(), chat.platform(), chat.chatId());
            return dropped;
        });
    }

    @Override
    public Optional<Delivery> moveChat(long notificationId, ChatKey from, String newChatId, Instant now) {
        ChatKey to = new ChatKey(from.platform(), newChatId);
        long nowMs = now.toEpochMilli();
        return db.inTransaction("move deliveries to a chat's new id", c -> {
            boolean alreadyThere;
            try (PreparedStatement s = Sql.prepare(c, "SELECT 1 FROM deliveries WHERE " + KEY, notificationId, to.platform(), to.chatId());
                 ResultSet rs = s.executeQuery()) {
                alreadyThere = rs.next();
            }
            if (alreadyThere) {
                setStatus(c, notificationId, from, DeliveryStatus.DROPPED, "the chat moved to an id that already has this notification", now);
            } else {
                Sql.update(c, "UPDATE deliveries SET chat_id = ?, status = 'pending', last_error = 'the chat moved to a new id', "
                                + "next_attempt_at_ms = ?, updated_at_ms = ? WHERE " + KEY,
                        to.chatId(), nowMs, nowMs, notificationId, from.platform(), from.chatId());
            }
            // The chat's other pending notes follow it; one the new id already has is dropped instead.
            Sql.update(c, "UPDATE deliveries SET chat_id = ?, updated_at_ms = ? "
                            + "WHERE platform = ? AND chat_id = ? AND status = 'pending' AND NOT EXISTS (SELECT 1 FROM deliveries o "
                            + "WHERE o.notification_id = deliveries.notification_id AND o.platform = deliveries.platform AND o.chat_id = ?)",
                    to.chatId(), nowMs, from.platform(), from.chatId(), to.chatId());
            Sql.update(c, "UPDATE deliveries SET status = 'dropped', last_error = ?, updated_at_ms = ? "
                            + "WHERE platform = ? AND chat_id = ? AND status = 'pending'",
                    "the chat moved to an id that already has this notification", nowMs, from.platform(), from.chatId());
            if (alreadyThere) {
                return Optional.<Delivery>empty();
            }
            return deliveries(c, "SELECT " + DELIVERY_COLUMNS + " FROM deliveries WHERE " + KEY,
                    notificationId, to.platform(), to.chatId()).stream().findFirst();
        });
    }

    @Override
    public int abandonSending(String reason, Instant now) {
        return db.withConnection("settle the deliveries interrupted mid-send", c -> Sql.update(c,
                "UPDATE deliveries SET status = 'failed', last_error = ?, updated_at_ms = ? WHERE status = 'sending'",
                reason, now.toEpochMilli()));
    }

    @Override
    public int abandonSending(String platform, String reason, Instant now) {
        return db.withConnection("settle the deliveries interrupted mid-send", c -> Sql.update(c,
                "UPDATE deliveries SET status = 'failed', last_error = ?, updated_at_ms = ? WHERE status = 'sending' AND platform = ?",
                reason, now.toEpochMilli(), platform));
    }

    @Override
    public List<NotificationSummary> recent(int limit) {
        return db.withConnection("list recent notifications", c -> summaries(c,
                "SELECT " + NOTIFICATION_COLUMNS + " FROM notifications ORDER BY id DESC LIMIT ?", limit));
    }

    @Override
    public Optional<NotificationSummary> summary(long notificationId) {
        return db.withConnection("read a notification", c -> summaries(c,
                "SELECT " + NOTIFICATION_COLUMNS + " FROM notifications WHERE id = ?", notificationId).stream().findFirst());
    }

    @Override
    public List<Delivery> deliveries(long notificationId) {
        return db.withConnection("list a notification's deliveries", c -> deliveries(c,
                "SELECT " + DELIVERY_COLUMNS + " FROM deliveries WHERE notification_id = ? ORDER BY platform, chat_id",
                notificationId));
    }

    private static int setStatus(Connection c, long notificationId, ChatKey chat, DeliveryStatus status, String error,
                                 Instant now) throws SQLException {
        return Sql.update(c, "UPDATE deliveries SET status = ?, last_error = ?, updated_at_ms = ? WHERE " + KEY,
                status.code(), error, now.toEpochMilli(), notificationId, chat.platform(), chat.chatId());
    }

    private static List<NotificationSummary> summaries(Connection c, String sql, Object... params) throws SQLException {
        List<Notification> found = new ArrayList<>();
        try (PreparedStatement s = Sql.prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(new Notification(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)),
                        NotificationKind.fromCode(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6)));
            }
        }
        List<NotificationSummary> out = new ArrayList<>(found.size());
        for (Notification n : found) {
            Map<DeliveryStatus, Integer> counts = new EnumMap<>(DeliveryStatus.class);
            try (PreparedStatement s = Sql.prepare(c,
                    "SELECT status, COUNT(*) FROM deliveries WHERE notification_id = ? GROUP BY status", n.id());
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(DeliveryStatus.fromCode(rs.getString(1)), rs.getInt(2));
                }
            }
            out.add(new NotificationSummary(n, counts));
        }
        return out;
    }

    private static List<Delivery> deliveries(Connection c, String sql, Object... params) throws SQLException {
        List<Delivery> out = new ArrayList<>();
        try (PreparedStatement s = Sql.prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new Delivery(rs.getLong(1), new ChatKey(rs.getString(2), rs.getString(3)),
                        DeliveryStatus.fromCode(rs.getString(4)), rs.getInt(5), rs.getString(6),
                        Instant.ofEpochMilli(rs.getLong(7)), Instant.ofEpochMilli(rs.getLong(8))));
            }
        }
        return out;
    }
}
