package dev.safqa.storage;

import dev.safqa.text.Language;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A chat that receives knowledge updates, in {@code language}. {@code subscribedBy} is whatever the
 * adapter records for the person who subscribed (a hashed user id). {@code since} is kept to the
 * millisecond, the precision the database stores.
 */
public record Subscription(ChatKey chat, Language language, String subscribedBy, Instant since) {
    public Subscription {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(language, "language");
        ChatKey.requireText(subscribedBy, "subscribedBy");
        since = Objects.requireNonNull(since, "since").truncatedTo(ChronoUnit.MILLIS);
    }
}
