/**
 * Notifications: a short note to every subscribed chat when the deal's facts change, or when an
 * operator announces something.
 *
 * <ul>
 *   <li>{@link dev.safqa.notify.Notifier} makes a notification (of a knowledge change, written by
 *   {@code NoteWriter}, or of an announcement) and its deliveries, one per subscribed chat, in one
 *   transaction ({@link dev.safqa.storage.Notifications}).</li>
 *   <li>{@link dev.safqa.notify.Dispatcher} drains the {@link dev.safqa.storage.DeliveryLog} through one
 *   {@link dev.safqa.notify.NoticeSender} per platform, the only thing an adapter implements, paced
 *   ({@link dev.safqa.notify.Pacing}), retried ({@link dev.safqa.notify.RetryPolicy}) and exactly once
 *   per chat (see its class comment for the one case it chooses loss over a duplicate).</li>
 *   <li>{@link dev.safqa.notify.SubscriptionService} answers /subscribe and /unsubscribe on any platform.</li>
 * </ul>
 */
package dev.safqa.notify;
