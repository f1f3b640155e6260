package dev.safqa.storage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Notifications: what was announced, to whom (one delivery per chat subscribed at the time), and how
 * far each got. Making them is here; sending them goes through the {@link DeliveryLog}.
 */
public interface Notifications {
    /** The notifications kept in {@code db}. */
    static Notifications in(Database db) {
        return new JdbcNotifications(Objects.requireNonNull(db, "db"));
    }

    /** A note in both languages. */
    record Texts(String ar, String en) {
        public Texts {
            ChatKey.requireText(ar, "ar");
            ChatKey.requireText(en, "en");
        }
    }

    /**
     * The facts that differ from what subscribers were last told, by id, in the order given.
     *
     * @param baseline nothing was recorded before (the first start): everything is "added", and no
     *                 notification is made of it
     */
    record FactChanges(List<String> added, List<String> changed, List<String> removed, boolean baseline) {
        public FactChanges {
            added = List.copyOf(added);
            changed = List.copyOf(changed);
            removed = List.copyOf(removed);
        }

        public boolean isEmpty() {
            return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
        }
    }

    /**
     * Makes a notification and one pending delivery for every chat subscribed now, in one transaction:
     * a crash leaves either all of it or none. Chats that subscribe later do not get it.
     */
    NotificationSummary create(NotificationKind kind, String knowledgeVersion, Texts texts, Instant now);

    /**
     * Records that subscribers now know the facts with these content digests (fact id to digest, in
     * the order to announce them), and, in the same transaction, makes a notification of the facts
     * added or changed since the last record if {@code compose} writes one. Empty when nothing was
     * made: the first record (a baseline), nothing added or changed, or {@code compose} declined.
     * Because the comparison is with what was recorded, not with what this process last loaded, a
     * change made while the server was down is announced when it starts, and once only.
     */
    Optional<NotificationSummary> recordFacts(String knowledgeVersion, Map<String, String> digests, Instant now,
                                              Function<FactChanges, Optional<Texts>> compose);

    /** The latest notifications, newest first, with their delivery counts. */
    List<NotificationSummary> recent(int limit);

    Optional<NotificationSummary> summary(long notificationId);

    /** Every delivery of one notification, by platform and chat id. */
    List<Delivery> deliveries(long notificationId);
}
