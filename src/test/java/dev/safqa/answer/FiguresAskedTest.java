package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A question that quotes one figure and asks only what it is: the fact stating it. */
class FiguresAskedTest {
    private final Answerer answerer = TestKnowledge.answerer();

    @Test
    void what_a_quoted_sum_refers_to_is_the_fact_stating_it() {
        assertThat(answerer.answer("what does the $65 billion refer to?").facts()).isEqualTo(List.of("meta-ai-spending"));
    }

    @Test
    void the_story_of_a_sum_asked_in_arabic_is_the_fact_stating_it() {
        assertThat(answerer.answer("شو قصة ال 200 مليون؟").facts()).isEqualTo(List.of("google-200m"));
    }

    @Test
    void a_sum_no_fact_states_is_declined() {
        assertThat(answerer.answer("what's the 50 billion about?").answered()).isFalse();
    }
}
