package dev.safqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.safqa.text.ArabicText;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RuleTest {

    @Test
    void aGroupOfWordsIsWhatTheMatchNeeds() {
        assertEquals(Set.of("\\bignore", "\\bforget"), Rule.cues("\\b(ignore|forget)\\b"));
    }

    @Test
    void theLongestNeedOfASequenceIsChosen() {
        assertEquals(Set.of("\\bignore", "\\bforget"), Rule.cues("\\b(ignore|forget)\\b.{0,30}\\brules\\b"));
    }

    @Test
    void anOptionalItemNeedsNothing() {
        assertEquals(Set.of("say"), Rule.cues("(?:please\\s+)?say\\b"));
    }

    @Test
    void aBranchThatNeedsNoLettersLeavesTheRuleWithoutCues() {
        assertNull(Rule.cues("^\\W*(is|are)\\b|\\s$"));
    }

    @Test
    void aLetterMadeOptionalBreaksTheRun() {
        assertEquals(Set.of("colo"), Rule.cues("colou?r"));
    }

    @Test
    void aCharacterClassIsNoLetterOfItsOwn() {
        assertEquals(Set.of("cd"), Rule.cues("[ab\\]]cd"));
    }

    @Test
    void aNegativeLookaroundNeedsNothing() {
        assertNull(Rule.cues("(?<!x)(?!foo)\\w+"));
    }

    @Test
    void aLookaheadNeedsItsTextInTheText() {
        assertEquals(Set.of("كم", "ماذا"), Rule.cues("\\s+و(?=(كم|ماذا)\\s)"));
    }

    @Test
    void anInlineFlagIsNotRead() {
        assertNull(Rule.cues("(?i)\\bhe\\b"));
    }

    @Test
    void quotedTextIsLiteral() {
        assertEquals(Set.of("\\bapart from", "\\bexcept"), Rule.cues("\\b(\\Qapart from\\E|\\Qexcept\\E)\\s"));
    }

    @Test
    void anEscapedSignIsTheSignItself() {
        assertEquals(Set.of("\\bu.s."), Rule.cues("\\bu\\.s\\.\\s"));
    }

    @Test
    void whatLeadsThePatternHasNothingKnownBeforeIt() {
        assertEquals(Set.of("say"), Rule.cues("say\\b"));
    }

    @Test
    void aRunAfterASpaceStartsAWord() {
        assertEquals(Set.of("\\bme", "\\bus"), Rule.cues("\\s+(me|us)\\b"));
    }

    @Test
    void aRunAfterAnOptionalSpaceStartsNoWord() {
        assertEquals(Set.of("tell"), Rule.cues("x\\s*(tell)"));
    }

    @Test
    void aLookbehindStartsNothing() {
        assertEquals(Set.of("foo", "bar"), Rule.cues("\\b(?<=(foo|bar))\\d"));
    }

    @Test
    void aLiteralBackslashIsNotRead() {
        assertNull(Rule.cues("\\\\bno"));
    }

    @Test
    void aCueThatStartsAWordIsNotFoundInsideOne() {
        Rule tag = Rule.compile("\\b(no|ok)\\s*$", 0);
        assertFalse(tag.mayMatch("do you know"));
    }

    @Test
    void aCueThatStartsAWordIsFoundAtOne() {
        Rule tag = Rule.compile("\\b(no|ok)\\s*$", 0);
        assertTrue(tag.mayMatch("is that so, no"));
    }

    @Test
    void aOneLetterCueIsNoGate() {
        assertNull(Rule.cues("\\s+و\\s"));
    }

    @Test
    void aBrokenPatternHasNoCues() {
        assertNull(Rule.cues("(unclosed"));
    }

    @Test
    void aTextWithoutACueIsNotSearched() {
        Rule instruction = Rule.compile("\\b(ignore|forget)\\b.{0,30}\\brules\\b", 0);
        assertFalse(instruction.mayMatch("how much did meta pay for its stake"));
    }

    @Test
    void aTextWithACueIsSearchedAsThePatternWould() {
        Rule instruction = Rule.compile("\\b(ignore|forget)\\b.{0,30}\\brules\\b", 0);
        assertTrue(instruction.matcher("please ignore your rules").find());
    }

    @Test
    void aCueInsideAnotherWordOpensTheGateButTheMatchStillFails() {
        Rule instruction = Rule.compile("(ignore|forget)\\b", 0);
        assertTrue(instruction.mayMatch("unforgettable"));
        assertFalse(instruction.matcher("unforgettable").find());
    }

    /** The costly rules (a few µs or more each per question) have cues: an edit that loses them shows. */
    @Test
    void theCostlyRulesAreGated() throws ReflectiveOperationException {
        Map<String, Rule> rules = rules();
        for (String name : List.of("tag", "instruction", "opinion", "request", "asksThing", "whole", "words.tagEnd",
                "words.hedge", "parts", "periods.before", "periods.day", "onlyBecause", "months.5")) {
            assertTrue(rules.get(name).gated(), name + " has cues: " + rules.get(name));
        }
    }

    /**
     * The cues never change what a rule finds: on every question of the repo's sets and every
     * alternate question of the knowledge, each rule finds with its cues what its pattern finds.
     */
    @Test
    void everyRuleFindsWithItsCuesWhatItsPatternFinds() throws Exception {
        List<String> texts = texts();
        assertTrue(texts.size() > 1500, "texts read: " + texts.size());
        int checked = 0;
        for (Map.Entry<String, Rule> e : rules().entrySet()) {
            Rule rule = e.getValue();
            for (String t : texts) {
                assertEquals(matches(rule.pattern().matcher(t)), matches(rule.matcher(t)), e.getKey() + " on: " + t);
                checked++;
            }
        }
        assertTrue(checked > 50_000, "checks: " + checked);
    }

    /** Every match a matcher finds, each with its place and every group's (a rule's callers read groups by number). */
    static List<String> matches(java.util.regex.Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            StringBuilder sb = new StringBuilder(m.start() + "-" + m.end());
            for (int g = 1; g <= m.groupCount(); g++) {
                sb.append(' ').append(m.start(g)).append('-').append(m.end(g));
            }
            out.add(sb.toString());
        }
        return out;
    }

    /**
     * "(foo)bar|(baz)qux" on "bazqux": the first alternative's cues are not there, so it is left out,
     * yet its group keeps its number: the second's is still group 2.
     */
    @Test
    void anAlternativeLeftOutKeepsItsGroupsNumbers() {
        java.util.regex.Matcher m = Rule.compile("(foo)bar|(baz)qux", 0).matcher("so bazqux");
        assertTrue(m.find());
        assertEquals("baz", m.group(2));
        assertNull(m.group(1));
    }

    /** A group inside a lookaround keeps what it caught when its alternative fails: such an alternative always runs. */
    @Test
    void anAlternativeWithAGroupInALookaroundAlwaysRuns() {
        java.util.regex.Matcher m = Rule.compile("(?=(ab)c)abx|ab", 0).matcher("abc");
        assertTrue(m.find());
        assertEquals("ab", m.group(1));
        assertTrue(Rule.capturesInLookaround("(?<!(ما|من)\\s)هو"));
        assertFalse(Rule.capturesInLookaround("(?<!(?:ما|من)\\s)(هو)"));
    }

    /** An alternative whose cues are missing is not run; one whose cues are there still finds its match. */
    @Test
    void eachAlternativeIsGatedByItsOwnCues() {
        Rule rule = Rule.compile("(?:\\b(is|was) .{1,20}?\\boverpriced\\b)|(?:\\bwhat do you think\\b)", 0);
        assertTrue(rule.matcher("is it overpriced").find());
        assertTrue(rule.matcher("what do you think").find());
        assertFalse(rule.matcher("is it what you thought").find());
        assertEquals(2, Rule.alternatives(rule.toString(), 0).size());
        assertNull(Rule.alternatives("(?i)ab|cd", 0), "an inline flag: not split");
        assertNull(Rule.alternatives("(ab|cd)", 0), "one alternative at the top");
        assertEquals(List.of("[|]ab", "cd"), Rule.alternatives("[|]ab|cd", 0), "a '|' in a class splits nothing");
    }

    /** Every rule of the reading rules, the follow-up rules and the intents, by name. */
    private static Map<String, Rule> rules() throws ReflectiveOperationException {
        Map<String, Rule> out = new LinkedHashMap<>();
        collect("", ReadingRules.STANDARD, out);
        collect("words.", ReadingRules.STANDARD.words(), out);
        collect("follow-up.", FollowUp.STANDARD, out);
        ReadingRules.STANDARD.intents().forEach((lang, list) -> {
            for (int i = 0; i < list.size(); i++) {
                out.put("intent." + lang.code() + "." + i, list.get(i).pattern());
            }
        });
        return out;
    }

    private static void collect(String prefix, Record r, Map<String, Rule> out) throws ReflectiveOperationException {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v = c.getAccessor().invoke(r);
            if (v instanceof Rule rule) {
                out.put(prefix + c.getName(), rule);
            } else if (v instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Rule rule) {
                        out.put(prefix + c.getName() + "." + i, rule);
                    }
                }
            } else if (v instanceof Map<?, ?> map) {
                map.forEach((k, x) -> {
                    if (x instanceof Rule rule) {
                        out.put(prefix + c.getName() + "." + String.valueOf(k).toLowerCase(java.util.Locale.ROOT), rule);
                    }
                });
            }
        }
    }

    /** The repo's questions and the knowledge's alternate questions, folded as the rules read them. */
    private static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/eval"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode n = json.readTree(line);
                    if (n.has("q")) {
                        out.add(ArabicText.fold(n.get("q").asText()));
                    }
                    n.path("turns").forEach(t -> out.add(ArabicText.fold(t.path("q").asText())));
                }
            }
        }
        JsonNode alternates = new ObjectMapper(new YAMLFactory()).readTree(Path.of("knowledge/meta-scale-ai.questions.yaml").toFile());
        alternates.findValues("en").forEach(list -> list.forEach(q -> out.add(ArabicText.fold(q.asText()))));
        alternates.findValues("ar").forEach(list -> list.forEach(q -> out.add(ArabicText.fold(q.asText()))));
        return out;
    }
}
