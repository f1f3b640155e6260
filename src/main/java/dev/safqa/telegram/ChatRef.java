package dev.safqa.telegram;

import dev.safqa.platform.ChatIds;
import dev.safqa.storage.ChatKey;
import java.util.Locale;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;

/** A Telegram chat as the adapter needs it: its id (kept as Telegram's decimal string) and its kind. */
record ChatRef(String id, Kind kind) {
    static final String PLATFORM = "telegram";

    enum Kind {
        PRIVATE, GROUP, SUPERGROUP, CHANNEL;

        static Kind of(String type) {
            return switch (type == null ? "" : type.toLowerCase(Locale.ROOT)) {
                case "group" -> GROUP;
                case "supergroup" -> SUPERGROUP;
                case "channel" -> CHANNEL;
                default -> PRIVATE;
            };
        }
    }

    static ChatRef of(Chat chat) {
        return new ChatRef(String.valueOf(chat.getId()), Kind.of(chat.getType()));
    }

    boolean isPrivate() {
        return kind == Kind.PRIVATE;
    }

    ChatKey key() {
        return new ChatKey(PLATFORM, id);
    }

    /** The only form of the id that may reach a log line. */
    String hash() {
        return ChatIds.hash(PLATFORM, id);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + hash();
    }
}
