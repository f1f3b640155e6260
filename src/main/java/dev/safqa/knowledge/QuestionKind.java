package dev.safqa.knowledge;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of question a fact answers beyond its figures, as an editor declares them in the
 * facts file ({@code answers: [who, why]}). Amounts and dates come from the figures themselves.
 */
public enum QuestionKind {
    WHO, WHAT, WHEN, WHY, HOW;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<QuestionKind> fromKey(String key) {
        for (QuestionKind k : values()) {
            if (k.key().equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
