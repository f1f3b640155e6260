package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Kinds of answerable question that were declined (the single-question sets' DECLINED lines of the
 * nineteenth round's end), fixed as kinds and tested in words of our own.
 */
class DeclinesTwentyTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- a figure quoted and asked about, with a word of asking after it ------------------------------------

    @Test
    void a_figure_followed_by_about_is_asked_what_it_is_not_counted() {
        // "the 28 about" was read as a count of answers ("the 2 things"), so no figure was left
        assertThat(ask("so what is the 28 about?").text()).contains("28").contains("Wang"); // "about" after the figure
        assertThat(ask("the 65 is for what exactly?").text()).contains("65"); // "for" after the figure
    }

    @Test
    void a_count_before_a_noun_is_still_a_count() {
        // "the 2 companies": how many are asked for, no figure 2 a fact must state
        assertThat(ask("who are the 2 companies that cut ties with Scale?").text()).contains("Google"); // a count of things
    }
}
