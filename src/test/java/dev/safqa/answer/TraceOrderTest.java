package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code ask --explain} prints the same trace for the same question on every run: a slot's forms
 * and terms are sets with no order of their own (Set.of iterates in an order that changes from one
 * JVM to the next), so the trace sorts them.
 */
class TraceOrderTest {
    private static final Pattern SLOT = Pattern.compile("(?m)^  [A-Z_]+ +\\[([^\\]]*)\\] +\\[([^\\]]*)\\] w=");

    @Test
    void every_slot_lists_its_forms_and_terms_in_sorted_order() {
        Answerer answerer = TestKnowledge.answerer();
        int multi = 0;
        for (String q : List.of("What is Scale AI valued at after the deal?", "how old is the founder",
                "لمن سيتبع وانغ مباشرة في ميتا؟", "Is it a full acquisition or a minority stake?")) {
            Matcher m = SLOT.matcher(answerer.explain(q));
            while (m.find()) {
                for (int g = 1; g <= 2; g++) {
                    List<String> items = List.of(m.group(g).split(", "));
                    List<String> sorted = new ArrayList<>(items);
                    sorted.sort(null);
                    assertThat(items).as(q + ": " + m.group()).isEqualTo(sorted);
                    multi += items.size() > 1 ? 1 : 0;
                }
            }
        }
        assertThat(multi).as("slots with more than one form or term, so that order can show").isGreaterThanOrEqualTo(4);
    }
}
