package dev.safqa.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import dev.safqa.knowledge.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconMatcherTest {
    private static List<String> terms(String text) {
        FactIndex idx = TestKnowledge.index();
        return idx.matcher().match(Terms.positions(idx.phraseAnalyzer(), text)).stream()
                .flatMap(m -> m.terms().stream()).map(Term::id).toList();
    }

    @Test
    void names_in_either_script_meet_the_same_entity() {
        assertThat(terms("Alexandr Wang")).containsExactly("wang");
        assertThat(terms("ألكسندر وانغ")).containsExactly("wang");
        assertThat(terms("خلفاً لوانغ")).contains("wang");                   // proclitic ل
        assertThat(terms("جوجل وOpenAI")).containsExactly("google", "openai"); // و glued to a Latin name
    }

    @Test
    void paraphrases_meet_the_same_concept() {
        assertThat(terms("valuation")).containsExactly("valuation");
        assertThat(terms("what is it worth")).containsExactly("valuation");
        assertThat(terms("القيمة السوقية")).containsExactly("valuation");
    }

    @Test
    void the_longest_phrase_wins() {
        assertThat(terms("share price")).containsExactly("stock_price");     // not a stake
        assertThat(terms("share")).containsExactly("stake");
    }

    @Test
    void filler_words_inside_a_phrase_still_count() {
        assertThat(terms("took a walk")).doesNotContain("successor");       // "took over" needs "over"
    }
}
