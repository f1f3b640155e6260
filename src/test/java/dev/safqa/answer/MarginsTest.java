package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Which refused facts still stand against a candidate in its margins (Features.rival,
 * Features.coversNoMore): doubt where it is doubt, none where a fact could never be the answer.
 */
class MarginsTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    @Test
    void a_fact_without_a_date_matching_only_the_candidates_words_is_no_doubt_about_a_year() {
        assertThat(ask("which year was the older meta deal this one is compared to?").text()).contains("2014");
    }

    @Test
    void a_fact_matching_what_is_asked_and_giving_no_sum_still_keeps_another_sum_out() {
        assertThat(ask("what sum is meta investing in its superintelligence team?").text()).doesNotContain("65").doesNotContain("14.8");
    }

    @Test
    void a_date_of_another_event_is_not_given_for_a_release_the_article_says_has_not_happened() {
        assertThat(ask("when did the model meta compared with rivals get released?").answered()).isFalse();
    }

    @Test
    void a_question_with_a_word_nothing_knows_keeps_every_refused_fact_as_doubt() {
        assertThat(ask("scale et2asaset emta?").answered()).isFalse();
    }
}
