package dev.safqa.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * One notification for one chat, as the delivery log holds it.
 *
 * @param attempts  how many times it was handed to the platform
 * @param lastError why the last attempt did not deliver it, or null
 */
public record Delivery(long notificationId, ChatKey chat, DeliveryStatus status, int attempts, String lastError,
                       Instant nextAttemptAt, Instant updatedAt) {
    public Delivery {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
