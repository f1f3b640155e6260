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

    static Intent detect(String folded, Language language) {
        // A question in one language may use the other's question word ("Scale AI كم قيمة"): try its own first
        Language other = language == Language.AR ? Language.EN : Language.AR;
        for (Language l : List.of(language, other)) {
            for (ReadingRules.IntentRule r : ReadingRules.STANDARD.intents().get(l)) {
                if (r.pattern().matcher(folded).find()) {
                    return r.intent();
                }
            }
        }
        return Intent.ANY;
    }
}
