package dev.safqa.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class JdbcSubscriptions implements Subscriptions {
    private static final String COLUMNS = "platform, chat_id, language, subscribed_by, since_ms";
    /** Everything kept under a chat's id, for {@link #remove} and {@link #moveChat}. */
    private static final List<String> CHAT_TABLES = List.of("subscriptions", "chat_settings");

    private final Database db;

    JdbcSubscriptions(Database db) {
        this.db = db;
    }

    @Override
    public boolean subscribe(Subscription sub) {
        ChatKey chat = sub.chat();
        return db.inTransaction("subscribe a chat", c -> {
            int inserted = Sql.update(c, "INSERT INTO subscriptions (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    chat.platform(), chat.chatId(), sub.language().code(), sub.subscribedBy(), sub.since().toEpochMilli());
            if (inserted == 1) {
                return true;
            }
            Sql.update(c, "UPDATE subscriptions SET language = ? WHERE platform = ? AND chat_id = ?",
                    sub.language().code(), chat.platform(), chat.chatId());
            return false;
        });
    }

    @Override
    public boolean unsubscribe(ChatKey chat) {
        return db.withConnection("unsubscribe a chat", c ->
                Sql.update(c, "DELETE FROM subscriptions WHERE platform = ? AND chat_id = ?", chat.platform(), chat.chatId()) > 0);
    }

    @Override
    public Optional<Subscription> find(ChatKey chat) {
        return db.withConnection("read a subscription", c -> {
            List<Subscription> found = select(c, "SELECT " + COLUMNS + " FROM subscriptions WHERE platform = ? AND chat_id = ?",
                    chat.platform(), chat.chatId());
            return found.stream().findFirst();
        });
    }

    @Override
    public List<Subscription> all() {
        return db.withConnection("list subscriptions", c ->
                select(c, "SELECT " + COLUMNS + " FROM subscriptions ORDER BY since_ms, platform, chat_id"));
    }

    @Override
    public void remove(ChatKey chat) {
        db.inTransaction("remove a chat", c -> {
            for (String table : CHAT_TABLES) {
                Sql.update(c, "DELETE FROM " + table + " WHERE platform = ? AND chat_id = ?", chat.platform(), chat.chatId());
            }
            return null;
        });
    }

    @Override
    public void moveChat(ChatKey from, String newChatId) {
        ChatKey to = new ChatKey(from.platform(), newChatId);
        if (to.equals(from)) {
            return;
        }
        db.inTransaction("move a chat to its new id", c -> {
            for (String table : CHAT_TABLES) {
                // The old row stays in place when the new id already has one; the DELETE then drops it.
                Sql.update(c, "UPDATE " + table + " SET chat_id = ? WHERE platform = ? AND chat_id = ? "
                                + "AND NOT EXISTS (SELECT 1 FROM " + table + " o WHERE o.platform = ? AND o.chat_id = ?)",
                        to.chatId(), from.platform(), from.chatId(), to.platform(), to.chatId());
                Sql.update(c, "DELETE FROM " + table + " WHERE platform = ? AND chat_id = ?", from.platform(), from.chatId());
            }
            return null;
        });
    }

    private static List<Subscription> select(Connection c, String sql, Object... params) throws SQLException {
        List<Subscription> out = new ArrayList<>();
        try (PreparedStatement s = Sql.prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new Subscription(new ChatKey(rs.getString(1), rs.getString(2)), Sql.language(rs.getString(3)),
                        rs.getString(4), Instant.ofEpochMilli(rs.getLong(5))));
            }
        }
        return out;
    }
}
