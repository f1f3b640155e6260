package dev.safqa.notify;

import java.io.EOFException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import javax.net.ssl.SSLHandshakeException;

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

    /**
     * The platform refused this message for good (a bad request: malformed text, too long, no right
     * to post): the chat is fine, but sending the same message again cannot help. Given up at once.
     */
    record Refused(String reason) implements SendResult {
    }

    /** The request may or may not have reached the platform (a read timeout): not retried, so never sent twice. */
    record Unknown(String reason) implements SendResult {
    }

    /** The platform took the message. */
    static SendResult sent() {
        return new Sent();
    }

    /**
     * A call that failed without an answer from the platform, by what the failure says about the
     * request: {@link Transient} if it surely never arrived (the connection could not be made), or if
     * it failed some other way in the network; {@link Unknown} if it may have arrived (a timeout while
     * waiting for the answer, the connection closed before it), so that it is not sent twice.
     *
     * @param why the failure for the delivery log, secrets removed
     */
    static SendResult noAnswer(Throwable failure, String why) {
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ConnectException || c instanceof UnknownHostException || c instanceof NoRouteToHostException
                    || c instanceof SSLHandshakeException
                    || c instanceof SocketTimeoutException && String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT).contains("connect")) {
                return new Transient(why);
            }
            if (c instanceof InterruptedIOException || c instanceof EOFException) {
                return new Unknown(why);
            }
        }
        return new Transient(why);
    }
}
