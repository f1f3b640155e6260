package dev.safqa.conversation;

import dev.safqa.storage.ChatKey;
import dev.safqa.text.Language;
import java.util.Objects;

/**
 * One thing a person did in a chat, as any platform gives it.
 *
 * @param platform      "telegram", "slack", "console": keys chats, limits and metrics
 * @param chatId        the chat (a Telegram chat id, a Slack channel, "console")
 * @param kind          private, group, channel, or inline (no chat: a Telegram inline query)
 * @param userId        the person, raw (hashed before it is stored or logged); null when unknown
 * @param thread        a Slack thread's ts, or null: a follow-up in a thread leans on that thread
 * @param input         what was said or tapped
 * @param userLanguage  the language the person's app is set to, a hint for texts with no question; or null
 * @param admin         may this person change the chat's subscription (asked only when it matters)
 * @param repliesToBot  the message replies to one of the bot's own answers (in a group, the only
 *                      way a follow-up continues a conversation)
 * @param commandPrefix how this surface writes a command before its name: "/" (Telegram, console), "/safqa " (Slack)
 */
public record Turn(String platform, String chatId, Kind kind, String userId, String thread, Input input,
                   Language userLanguage, AdminCheck admin, boolean repliesToBot, String commandPrefix) {

    public enum Kind { PRIVATE, GROUP, CHANNEL, INLINE }

    /** What the person did. */
    public sealed interface Input {
    }

    /** A message: a question, or a command when it starts with "/". */
    public record Message(String text) implements Input {
    }

    /**
     * What follows a platform's own command ({@code /safqa facts}, {@code /safqa How much...}): a
     * sub-command when its first word names one, else a question.
     */
    public record Command(String text) implements Input {
    }

    /** A tap on a choice: one reading of a clarify, or a suggestion after a decline. */
    public record Choose(String factId, Language language) implements Input {
    }

    /** 👍 or 👎 on the answer {@code messageId} that stated {@code factId}. */
    public record Vote(String factId, Language language, String messageId, boolean up) implements Input {
    }

    /** The whole paragraph an answer cites. */
    public record Source(String factId, Language language) implements Input {
    }

    /** A sticker, photo, voice note...: something that is not text. */
    public record NonText() implements Input {
    }

    /** Whether the person may change the chat's subscription; asked of the platform only when needed. */
    @FunctionalInterface
    public interface AdminCheck {
        AdminCheck ALLOWED = () -> Permission.ALLOWED;

        Permission check();
    }

    public enum Permission { ALLOWED, REFUSED, UNKNOWN }

    public Turn {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(input, "input");
        admin = admin == null ? AdminCheck.ALLOWED : admin;
        commandPrefix = commandPrefix == null ? "/" : commandPrefix;
    }

    /** A private chat's message with nothing else known: the console, tests. */
    public static Turn privateMessage(String platform, String chatId, String text) {
        return new Turn(platform, chatId, Kind.PRIVATE, chatId, null, new Message(text), null, AdminCheck.ALLOWED, false, "/");
    }

    public ChatKey chat() {
        return new ChatKey(platform, chatId);
    }

    /** This turn with another input (a button's answer replacing the message it was under, say). */
    public Turn with(Input other) {
        return new Turn(platform, chatId, kind, userId, thread, other, userLanguage, admin, repliesToBot, commandPrefix);
    }
}
