package dev.safqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The twentieth round's speed work: what a rule runs when only some of its alternatives may match. */
class PerfTwentyTest {

    /** Four alternatives with groups, each needing its own two words. */
    private static final String FOUR = "(?:\\b(north)\\s+gate\\b)|(?:\\b(south)\\s+door\\b)|(?:\\b(east)\\s+wall\\b)|(?:\\b(west)\\s+tower\\b)";

    @Test
    void theAlternativesLeftOutTogetherAreOneFailingBranch() {
        Matcher m = Rule.compile(FOUR, 0).matcher("past the west tower");
        // the first three cannot match here: one branch that fails at once stands for them, not three
        assertEquals(1, count(m.pattern().pattern(), "(?!)"), m.pattern().pattern());
    }

    @Test
    void anAlternativeAfterOnesLeftOutKeepsItsGroupNumber() {
        Matcher m = Rule.compile(FOUR, 0).matcher("past the west tower");
        assertTrue(m.find());
        assertEquals("west", m.group(4));   // fourth group, as in the whole pattern
        assertNull(m.group(1));
    }

    @Test
    void alternativesLeftOutOnBothSidesOfAKeptOneAreTwoFailingBranches() {
        Matcher m = Rule.compile(FOUR, 0).matcher("through the south door");
        assertEquals(2, count(m.pattern().pattern(), "(?!)"), m.pattern().pattern());
        assertTrue(m.find());
        assertEquals("south", m.group(2));
    }

    @Test
    void aRuleNoneOfWhoseAlternativesMayMatchIsNotSearched() {
        // both alternatives keep a group inside a lookbehind, so neither is ever left out of a search;
        // the text holds "agreement" (the longest need, so the whole's cue) but neither "came out" nor "went public"
        Rule rule = Rule.compile("(?:(?<=\\b(agreement)\\s)came out\\b)|(?:(?<=\\b(agreement)\\s)went public\\b)", 0);
        assertNull(rule.matcherIfAny("how much was the agreement worth?"));
        assertNotNull(rule.matcherIfAny("the agreement went public in june"));
    }

    @Test
    void aRuleWhoseAlternativesCaptureInLookaroundsStillFindsWhatItsPatternFinds() {
        Rule rule = Rule.compile("(?:(?<=\\b(agreement)\\s)came out\\b)|(?:(?<=\\b(agreement)\\s)went public\\b)", 0);
        for (String t : List.of("the agreement came out", "the agreement went public", "an agreement went public and an agreement came out",
                "how much was the agreement worth?", "came out of nowhere")) {
            assertEquals(RuleTest.matches(rule.pattern().matcher(t)), RuleTest.matches(rule.matcher(t)), t);
        }
    }

    /**
     * The patterns made of some alternatives find what the whole pattern finds, every group's place
     * included, on texts holding every mix of the alternatives' words.
     */
    @Test
    void everySubsetFindsWhatTheWholePatternFinds() {
        String[] words = {"north gate", "south door", "east wall", "west tower", "north", "door", "wall east"};
        Rule rule = Rule.compile(FOUR, 0);
        int checked = 0;
        for (int mask = 0; mask < 1 << words.length; mask++) {
            StringBuilder t = new StringBuilder("we walked");
            for (int i = 0; i < words.length; i++) {
                if ((mask & 1 << i) != 0) {
                    t.append(" by the ").append(words[i]);
                }
            }
            String text = t.toString();
            assertEquals(RuleTest.matches(rule.pattern().matcher(text)), RuleTest.matches(rule.matcher(text)), text);
            checked++;
        }
        assertEquals(128, checked);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
