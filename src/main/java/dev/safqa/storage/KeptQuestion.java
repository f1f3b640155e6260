package dev.safqa.storage;

import dev.safqa.text.Language;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A question a user asked that Safqa could not answer well, kept (only with
 * {@code learning.keep-questions: true}) so an editor can review it and add it to a fact's
 * alternate questions. The chat is stored hashed, never raw.
 *
 * @param id        the row's id (0 before it is stored)
 * @param why       {@link Why}: declined, clarified, voted down, or a reading chosen after a clarify
 * @param nearFacts the facts that came closest, best first
 * @param chosen    the fact the user chose or voted on, or null
 */
public record KeptQuestion(long id, Instant at, String platform, String chatHash, Language language, String question,
                           Why why, List<String> nearFacts, String chosen) {
    public enum Why { DECLINED, CLARIFIED, VOTED_DOWN, CHOSEN }

    public KeptQuestion {
        Objects.requireNonNull(at, "at");
        ChatKey.requireText(platform, "platform");
        ChatKey.requireText(chatHash, "chatHash");
        Objects.requireNonNull(language, "language");
        ChatKey.requireText(question, "question");
        Objects.requireNonNull(why, "why");
        nearFacts = List.copyOf(nearFacts);
    }
}
