package dev.safqa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The eighteenth speed round: the analyzer looks for a boundary between Arabic and Latin letters
 * ("لـOpenAI") only in a text holding letters of both scripts ({@link SafqaAnalyzer#mayJoinScripts}).
 */
class PerfEighteenTest {
    private static final SafqaAnalyzer ANALYZER = new SafqaAnalyzer();

    /** "who heads Meta's lab?": Latin letters alone, no boundary to look for. */
    @Test
    void englishAloneHoldsNoBoundary() {
        assertFalse(SafqaAnalyzer.mayJoinScripts("who heads Meta's lab?"));
    }

    /** "من يقود مختبر ميتا؟ ١٤٫٨" (who leads Meta's lab?), signs and Arabic digits included: Arabic alone. */
    @Test
    void arabicAloneHoldsNoBoundary() {
        assertFalse(SafqaAnalyzer.mayJoinScripts("من يقود مختبر ميتا؟ ١٤٫٨"));
    }

    /** "كم دفعت Meta؟" (how much did Meta pay?): both scripts, so the pattern runs. */
    @Test
    void bothScriptsMayHoldOne() {
        assertTrue(SafqaAnalyzer.mayJoinScripts("كم دفعت Meta؟"));
        assertTrue(SafqaAnalyzer.mayJoinScripts("وـGoogle"), "the tatweel, dropped before the pattern, is Arabic here");
    }

    /** A Latin letter outside ASCII ("é") counts as Latin: "Meta وé" holds both. */
    @Test
    void aLatinLetterOutsideAsciiCounts() {
        assertTrue(SafqaAnalyzer.mayJoinScripts("وé"));
    }

    /** A name glued to a proclitic is still split off it ("وGoogle" is و and Google), the tatweel too ("لـScale"). */
    @Test
    void aProcliticGluedToALatinNameIsStillSplitOff() {
        List<Set<String>> glued = Terms.positions(ANALYZER, "وGoogle ولـScale");
        List<Set<String>> apart = Terms.positions(ANALYZER, "و Google ول Scale");
        assertEquals(apart, glued);
    }
}
