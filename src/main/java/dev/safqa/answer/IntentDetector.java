package dev.safqa.answer;

import dev.safqa.text.Language;
import java.util.List;

/**
 * Reads the question word(s): how much, how old, when, who, why... The rules are data
 * ({@code intents.yaml}), run on folded text (ArabicText.fold, dialect mapped), in order; the
 * first that matches wins, so the specific ("كم عمر", "how old") come before the general ("كم", "how").
 */
final class IntentDetector {
    private IntentDetector() {
    }

    /** "ومتى؟", "وليش؟": a question word with "and" glued on is still that question word. */
    private static final java.util.regex.Pattern AND_QUESTION_WORD = java.util.regex.Pattern.compile(
            "^(\\W*)و(?=(متي|لماذا|كيف|اين|ماذا|ما|من|لمن|اي|كم|بكم|هل)\\b)",
            java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    static Intent detect(String folded, Language language) {
        folded = AND_QUESTION_WORD.matcher(folded).replaceFirst("$1");
        // A question in one language may use the other's question word ("Scale AI كم قيمة"): try its own first
        Language other = language == Language.AR ? Language.EN : Language.AR;
        for (Language l : List.of(language, other)) {
            for (ReadingRules.IntentRule r : ReadingRules.STANDARD.intents().get(l)) {
                if (r.pattern().find(folded)) {
                    return r.intent();
                }
            }
        }
        return Intent.ANY;
    }
}
