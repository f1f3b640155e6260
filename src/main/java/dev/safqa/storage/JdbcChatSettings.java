package dev.safqa.storage;

import dev.safqa.text.Language;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

final class JdbcChatSettings implements ChatSettings {
    private final Database db;

    JdbcChatSettings(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Language> language(ChatKey chat) {
        return db.withConnection("read a chat's language", c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT language FROM chat_settings WHERE platform = ? AND chat_id = ?",
                    chat.platform(), chat.chatId());
                 ResultSet rs = s.executeQuery()) {
                String code = rs.next() ? rs.getString(1) : null;
                return code == null ? Optional.<Language>empty() : Optional.of(Sql.language(code));
            }
        });
    }

    @Override
    public void setLanguage(ChatKey chat, Language languageOrNullForAuto) {
        String code = languageOrNullForAuto == null ? null : languageOrNullForAuto.code();
        db.withConnection("set a chat's language", c -> Sql.update(c, """
                INSERT INTO chat_settings (platform, chat_id, language) VALUES (?, ?, ?)
                ON CONFLICT (platform, chat_id) DO UPDATE SET language = excluded.language""",
                chat.platform(), chat.chatId(), code));
    }
}
