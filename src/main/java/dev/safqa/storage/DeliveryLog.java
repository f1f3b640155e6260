package dev.safqa.storage;

import dev.safqa.text.Language;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The deliveries of notifications, as the dispatcher works through them. Each goes
 * {@code pending -> sending -> sent} (or failed, or dropped) with every step committed, which is
 * what makes a broadcast exactly once per chat: a restart resumes from what the log says.
 */
public interface DeliveryLog {
    /** The delivery log kept in {@code db}. */
    static DeliveryLog in(Database db) {
        return new JdbcNotifications(Objects.requireNonNull(db, "db"));
    }

    /** A delivery taken for sending: its text in the chat's current language, and which attempt this is. */
    record Claim(long notificationId, ChatKey chat, Language language, String text, int attempt) {
    }

    /** Pending deliveries on {@code platform} due by {@code now}, oldest first, at most {@code limit}. */
    List<Delivery> due(String platform, Instant now, int limit);

    /** When the next pending delivery on {@code platform} is due, if any is pending. */
    Optional<Instant> nextDue(String platform);

    /**
     * How many deliveries are waiting to go out (pending, or being sent right now): the backlog
     * gauge. Cheap: both counts read a partial index.
     */
    long backlog();

    /** The platforms that have pending deliveries. */
    List<String> platformsWithPending();

    /**
     * Takes a pending delivery for sending: commits {@code sending} and counts the attempt. Empty if it
     * is no longer pending (another dispatcher took it, or it was dropped), or if the chat has since
     * unsubscribed, in which case it is dropped.
     */
    Optional<Claim> claim(long notificationId, ChatKey chat, Instant now);

    void markSent(long notificationId, ChatKey chat, Instant now);

    /** Back to pending, to be tried again at {@code at}. */
    void retryAt(long notificationId, ChatKey chat, Instant at, String error, Instant now);

    /** Given up: the error says why. */
    void markFailed(long notificationId, ChatKey chat, String error, Instant now);

    /**
     * The chat is gone for good (blocked, kicked, archived): this delivery and every other pending one
     * to the chat are dropped. Returns how many were dropped. The subscription is the caller's to remove.
     */
    int markGone(long notificationId, ChatKey chat, String reason, Instant now);

    /**
     * The chat has a new id (a Telegram group became a supergroup): this delivery and the chat's other
     * pending ones move to the new id, pending and due now. Returns the moved delivery, or empty if the
     * new id already had this notification (then this one is dropped, so nobody gets it twice).
     */
    Optional<Delivery> moveChat(long notificationId, ChatKey from, String newChatId, Instant now);

    /**
     * At start: every delivery still {@code sending} was being sent when the process stopped, and
     * whether the platform got it is unknown. They are marked failed with {@code reason}, never
     * resent. Returns how many.
     */
    int abandonSending(String reason, Instant now);

    /**
     * As {@link #abandonSending(String, Instant)}, on one platform only: for the dispatcher that has
     * just taken over a platform's deliveries from a replica that died (or lost its lease), whose
     * delivery in flight, if any, is settled the same way.
     */
    int abandonSending(String platform, String reason, Instant now);
}
