package dev.safqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seventeenth round's speed work: a rule is gated by every need of its sequence, not only its best one. */
class PerfSeventeenTest {

    @Test
    void everyNeedOfASequenceIsAClause() {
        List<Set<String>> clauses = Rule.clauses("\\b(was|were)\\b.{1,30}?\\b(a blunder|a bargain)\\b");
        assertEquals(List.of(Set.of("\\bwas", "\\bwere"), Set.of("\\ba blunder", "\\ba bargain")), clauses);
    }

    @Test
    void aGroupOfOneBranchIsReadThrough() {
        // a reading rule's line is wrapped as "(?:...)": its needs are the line's
        List<Set<String>> clauses = Rule.clauses("(?:\\bsold\\b\\s+(\\S+\\s+)?to\\s+(google|openai))");
        assertTrue(clauses.contains(Set.of("\\bsold")), clauses.toString());
        assertTrue(clauses.contains(Set.of("\\bgoogle", "\\bopenai")), clauses.toString());
    }

    @Test
    void aPatternOfSeveralBranchesHasNoClauses() {
        assertEquals(List.of(), Rule.clauses("\\bbought\\b|\\bsold\\b"));
    }

    @Test
    void anOptionalOrNegatedNeedIsNoClause() {
        assertEquals(List.of(Set.of("\\bdeal")), Rule.clauses("(?:\\bbig\\s+)?\\bdeal\\b(?!\\s+breaker)"));
    }

    @Test
    void aClauseOfOneLetterIsNoGate() {
        assertEquals(List.of(Set.of("\\bstake")), Rule.clauses("\\bstake\\s+(a|b)\\b"));
    }

    @Test
    void aTextWithTheCueButNotTheOtherNeedIsNotSearched() {
        Rule rule = Rule.compile("\\b(was|were)\\b.{1,30}?\\b(a blunder|a bargain)\\b", 0);
        assertFalse(rule.mayMatch("what was the price of the stake?"));
        assertTrue(rule.mayMatch("was the stake a bargain?"));
        assertTrue(rule.matcher("was the stake a bargain?").find());
        assertFalse(rule.matcher("what was the price of the stake?").find());
    }

    @Test
    void eachAlternativeIsGatedByAllItsNeeds() {
        Rule rule = Rule.compile("(?:\\b(is|was) .{1,20}?\\boverpriced\\b)|(?:\\bhow (do|can) i\\b)", 0);
        assertTrue(rule.matcher("is it overpriced?").find());
        assertTrue(rule.matcher("how can i buy it").find());
        assertFalse(rule.matcher("how is it priced").find());
    }
}
