package dev.safqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadingRulesTest {

    /** Every pattern of the rules, the word lists' and the intents' included. */
    private static List<Rule> all() throws ReflectiveOperationException {
        List<Rule> out = new ArrayList<>();
        collect(ReadingRules.STANDARD, out);
        collect(ReadingRules.STANDARD.words(), out);
        ReadingRules.STANDARD.intents().values().forEach(rules -> rules.forEach(r -> out.add(r.pattern())));
        return out;
    }

    private static void collect(Record r, List<Rule> out) throws ReflectiveOperationException {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v = c.getAccessor().invoke(r);
            if (v instanceof Rule p) {
                out.add(p);
            } else if (v instanceof List<?> list) {
                list.stream().filter(Rule.class::isInstance).forEach(p -> out.add((Rule) p));
            } else if (v instanceof Map<?, ?> map) {
                map.values().stream().filter(Rule.class::isInstance).forEach(p -> out.add((Rule) p));
            }
        }
    }

    @Test
    void rulesSpellTheirLettersInLowerCaseForTheyRunOnFoldedText() throws ReflectiveOperationException {
        List<Rule> patterns = all();
        assertTrue(patterns.size() > 30, "the rules were found: " + patterns.size());
        for (Rule p : patterns) {
            // escapes (\b, \W, \p{L}) are no letters to match
            String literal = p.pattern().pattern().replaceAll("\\\\[pP]\\{\\w+\\}|\\\\.", "");
            assertEquals(literal, literal.toLowerCase(java.util.Locale.ROOT), "an upper-case letter never matches folded text: " + p);
        }
    }

    @Test
    void aRuleMatchesFoldedTextWithoutCaseFolding() {
        Rule tag = ReadingRules.STANDARD.words().tagEnd();
        assertTrue(tag.matcher(dev.safqa.text.ArabicText.fold("Wang is 28, CORRECT?")).find());
    }
}
