package dev.safqa.notify;

import java.time.Duration;
import java.util.Objects;

/** What became of one send, as the {@link NoticeSender} reports it. */
public sealed interface SendResult {
    /** The platform took the message. */
    record Sent() implements SendResult {
    }

    /**
     * A 429: try again after {@code delay} (Telegram's {@code retry_after}, Slack's {@code Retry-After}).
     * {@code scope} says whether only this chat or the whole platform must wait.
     */
    record RetryAfter(Duration delay, Scope scope) implements SendResult {
        public enum Scope { CHAT, PLATFORM }

        public RetryAfter {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative: " + delay);
            }
            Objects.requireNonNull(scope, "scope");
        }
    }

    /** The message surely did not get through, and may next time (network refused, 5xx): retried with back-off. */
    record Transient(String reason) implements SendResult {
    }

    /**
     * The chat is gone for good: the bot was blocked or kicked (Telegram 403), the channel was not
     * found, archived, or the bot is not in it (Slack). The subscription is removed.
     */
    record Gone(String reason) implements SendResult {
    }

    /** The chat has a new id (Telegram's {@code migrate_to_chat_id}): the subscription follows and the note is sent there. */
    record Moved(String newChatId) implements SendResult {
        public Moved {
            if (newChatId == null || newChatId.isBlank()) {
                throw new IllegalArgumentException("newChatId must not be blank");
            }
        }
    }

    /** The request may or may not have reached the platform (a read timeout): not retried, so never sent twice. */
    record Unknown(String reason) implements SendResult {
    }

    static SendResult sent() {
        return new Sent();
    }
}
