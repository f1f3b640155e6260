package dev.safqa.notify;

import dev.safqa.limits.Pacing;

/**
 * The one call a platform adapter provides for notifications: send this plain text to this chat,
 * once, and say what happened. No retries, no pacing, no waiting: the {@link Dispatcher} does those
 * and records every outcome in the delivery log.
 *
 * <p>The text is plain (no markup) and at most a few thousand characters; the sender escapes it for
 * its platform and isolates bidi runs in Arabic text, as its answer renderer does.
 */
public interface NoticeSender {
    /** "telegram", "slack": the platform of the chats this sends to, as stored in the subscriptions. */
    String platform();

    /**
     * The platform's sending limits, as its adapter states them (the same buckets its replies book,
     * so notes and answers share the limit).
     */
    Pacing pacing();

    /**
     * Sends {@code text} to {@code chatId}, one attempt, blocking until the platform answers (or the
     * client's own timeout). Map every outcome to a {@link SendResult}: in particular, a failure
     * after the request may have reached the platform (a read timeout) is {@link SendResult.Unknown},
     * not {@link SendResult.Transient}, or the retry could post the note twice. Throwing counts as
     * Unknown: the delivery is marked failed and not retried.
     */
    SendResult send(String chatId, String text);
}
