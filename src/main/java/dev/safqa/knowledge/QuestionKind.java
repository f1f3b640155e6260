package dev.safqa.knowledge;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of question a fact answers beyond its figures, as an editor declares them in the
 * facts file ({@code answers: [who, why]}). Amounts and dates come from the figures themselves.
 * {@code before}: it also tells how things stood before the deal ("Jason Droege, Scale's chief
 * strategy officer, was promoted to CEO" answers "who was head of strategy before the deal?").
 * {@code now}: it tells how something stands now, after a change the article tells of ("as models
 * evolved, the data became more complex" answers "and now?" after a question about how labelling began).
 * {@code where}: it tells a place or a body someone or something goes to or comes from ("Wang leaves
 * to lead Meta's new team" answers "where is Wang going?"); a where-question is answered by no other
 * fact, since the article gives no other places (where Meta builds its data centres, where Scale is based).
 * {@code past}: it tells of the year before the article's, which a question calls "last year" ("what
 * was Scale's revenue last year?" is its 2024 revenue: the article dates the deal June 2025).
 */
public enum QuestionKind {
    WHO, WHAT, WHEN, WHY, HOW, BEFORE, NOW, WHERE, PAST;

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

    /** The keys an editor may write, for a problem's "allowed: ...". */
    public static String allowed() {
        return String.join(", ", java.util.Arrays.stream(values()).map(QuestionKind::key).toList());
    }
}
