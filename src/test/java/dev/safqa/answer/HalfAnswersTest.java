package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import dev.safqa.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Answers that tell part of what was asked as if it were all of it: one of the two names asked for,
 * one side of a comparison, the first of two questions with the second dropped without a word, a
 * figure restated where what it shows was asked, one of two bosses. Each is a wrong answer; the
 * whole answer or a decline is right.
 */
class HalfAnswersTest {
    private static final QuestionReader READER = new QuestionReader(TestKnowledge.index(), Scoring.standard());
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- a count of names asked for -----------------------------------------------------------------

    @Test
    void two_names_asked_for_are_not_answered_with_a_fact_naming_one() {
        assertThat(ask("Name the two customers that walked away from Scale.").facts()).doesNotContain("google-cuts-ties");
    }

    @Test
    void two_names_asked_for_are_answered_by_a_fact_naming_both() {
        assertThat(ask("which two labs cut ties with Scale?").text()).contains("Google").contains("OpenAI");
    }

    @Test
    void three_names_asked_for_are_not_answered_with_a_fact_naming_two() {
        assertThat(ask("name the three labs that left scale").answered()).isFalse();
    }

    @Test
    void the_arabic_dual_asks_for_two_names() {
        assertThat(READER.read("ما الشركتان اللتان قطعتا علاقتهما مع سكيل؟", Language.AR).countAsked()).isEqualTo(2);
    }

    // ---- a part read with the one before must be accounted for ------------------------------------

    @Test
    void a_part_naming_nothing_is_not_dropped_when_the_answer_to_the_whole_leaves_it_out() {
        Answer a = ask("How much did Google plan to spend, and what is the valuation after the deal?");
        assertThat(a.answered() ? a.text() : "").doesNotContain("200 million");
    }

    // ---- what a figure says about something ----------------------------------------------------------

    @Test
    void what_a_figure_says_about_something_is_not_the_figure_restated() {
        assertThat(ask("what does the $870 million revenue figure tell us about Scale?").facts()).doesNotContain("revenue-2024");
    }

    @Test
    void what_a_document_says_about_something_is_still_what_it_reads() {
        assertThat(ask("What does the memo say about superintelligence?").facts()).containsExactly("zuckerberg-memo");
    }

    // ---- a boss of nobody named ------------------------------------------------------------------------

    @Test
    void a_new_boss_of_nobody_named_is_not_one_of_the_two_new_bosses() {
        assertThat(ask("who is the boss now?").answered()).isFalse();
    }

    @Test
    void the_boss_of_a_named_company_is_still_answered() {
        assertThat(ask("who is the boss at scale now?").text()).contains("Droege");
    }

    // ---- a comparison answered with one side ----------------------------------------------------------

    @Test
    void a_comparison_read_whole_and_answered_with_one_side_gets_both() {
        assertThat(ask("How does Scale's 2024 revenue compare with what Google planned to pay?").text())
                .contains("870").contains("200");
    }
}
