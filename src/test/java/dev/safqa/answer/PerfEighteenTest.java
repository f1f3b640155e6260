package dev.safqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safqa.text.ArabicText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The eighteenth speed round: a rule ruled out by its cues makes no matcher ({@link Rule#find},
 * {@link Rule#matcherIfAny}), and both say what {@link Rule#matcher} would.
 */
class PerfEighteenTest {

    /** The months, a reading rule asked of every question: "in June" holds no other month's name. */
    @Test
    void aRuleWhoseCuesAreMissingMakesNoMatcher() {
        Rule may = Rule.compile("\\bmay\\b", 0);
        assertNull(may.matcherIfAny("was it announced in june"));
        assertFalse(may.find("was it announced in june"));
    }

    /** "it may come": the cue is there, so the rule runs, and finds what its pattern finds. */
    @Test
    void aRuleWhoseCueIsThereFindsAsItsPatternDoes() {
        Rule may = Rule.compile("\\bmay\\b", 0);
        assertTrue(may.find("it may come later"));
        Matcher m = may.matcherIfAny("it may come later");
        assertNotNull(m);
        assertTrue(m.find());
        assertEquals(3, m.start());
    }

    /** "dismayed" holds the cue inside a word: the gate opens, and the match still fails. */
    @Test
    void aCueInsideAWordStillFindsNothing() {
        assertFalse(Rule.compile("\\bmay\\b", 0).find("the staff were dismayed"));
    }

    /** The names asked for ("what are their names?", "شو اسماء النماذج؟") are read by a rule with cues, one per language. */
    @Test
    void theNamesAskedForAreGated() {
        assertEquals(java.util.Set.of("\\bnames", "اسماء"), Rule.cues("\\bnames\\b|(^|\\s)(ال)?اسماء(\\s|$)"));
    }

    /**
     * Every reading rule's {@code find} and {@code matcherIfAny} agree with its matcher on questions in
     * both languages, those that hold its cues and those that do not.
     */
    @Test
    void everyReadingRuleFindsWhatItsMatcherFinds() {
        List<String> texts = List.of("how much did meta pay for its stake in scale ai?", "who will wang report to at meta?",
                "when was the deal announced, in june?", "شو اسماء نماذج لاما ٤؟", "كم دفعت ميتا مقابل الحصه في سكيل؟",
                "is google still a customer, or did it leave?", "what are the names of the llama 4 models?",
                "meta paid more than half the valuation, right?", "متى اعلنت الصفقه؟ في يونيو؟");
        List<Rule> rules = new ArrayList<>(ReadingRules.STANDARD.months());
        ReadingRules.STANDARD.intents().values().forEach(list -> list.forEach(r -> rules.add(r.pattern())));
        rules.addAll(ReadingRules.STANDARD.periods().values());
        int checked = 0;
        for (Rule rule : rules) {
            for (String t : texts) {
                String folded = ArabicText.fold(t);
                boolean found = rule.matcher(folded).find();
                assertEquals(found, rule.find(folded), rule + " on: " + t);
                Matcher m = rule.matcherIfAny(folded);
                assertEquals(found, m != null && m.find(), rule + " on: " + t);
                assertEquals(found, Pattern.compile(rule.pattern().pattern(), rule.pattern().flags()).matcher(folded).find(), rule + " on: " + t);
                checked++;
            }
        }
        assertTrue(checked > 100, "checks: " + checked);
    }
}
