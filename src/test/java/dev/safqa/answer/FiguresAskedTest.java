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
    @Test
    void where_the_figure_was_read_is_no_measure() {
        assertThat(answerer.answer("what is the 870 million cited in the story?").facts()).isEqualTo(List.of("revenue-2024"));
    }

    @Test
    void what_a_quoted_figure_points_to_asked_in_arabic() {
        assertThat(answerer.answer("على ماذا يدل الرقم 200 مليون الوارد في المقال؟").facts()).isEqualTo(List.of("google-200m"));
    }

    @Test
    void a_word_for_a_sum_is_no_payment_asked() {
        assertThat(answerer.answer("شو يعني مبلغ 65 مليار؟").facts()).isEqualTo(List.of("meta-ai-spending"));
    }

    @Test
    void whom_a_quoted_number_is_about() {
        assertThat(answerer.answer("who is the number 28 in the article about?").facts()).isEqualTo(List.of("wang-age"));
    }

    @Test
    void a_sum_the_article_does_not_mention_is_declined_in_arabic() {
        assertThat(answerer.answer("إلى ماذا يشير مبلغ 30 مليار دولار المذكور في الخبر؟").answered()).isFalse();
    }

    @Test
    void whom_a_number_no_fact_states_is_about_is_declined() {
        assertThat(answerer.answer("who does the number 51 in the piece refer to?").answered()).isFalse();
    }
}
