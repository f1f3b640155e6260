package dev.safqa.storage;

import dev.safqa.text.Language;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One note to every chat subscribed when it was made, written once per language.
 *
 * @param knowledgeVersion the knowledge version it announces; null for an operator broadcast
 */
public record Notification(long id, Instant createdAt, NotificationKind kind, String knowledgeVersion,
                           String textAr, String textEn) {
    public Notification {
        createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(kind, "kind");
        ChatKey.requireText(textAr, "textAr");
        ChatKey.requireText(textEn, "textEn");
    }

    public String text(Language language) {
        return language == Language.AR ? textAr : textEn;
    }
}
