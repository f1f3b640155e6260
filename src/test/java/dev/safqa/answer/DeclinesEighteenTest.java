package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Answerable questions Safqa declined, and messages it answered that ask nothing (the eighteenth
 * round's declines), fixed as kinds and tested in words of our own.
 */
class DeclinesEighteenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- facts that tell no place are no doubt about the one that does -------------------------------

    @Test
    void a_where_question_is_not_doubted_by_facts_that_tell_no_place() {
        // Wang's age and his leaving tell no place; the fact that he joins Meta does
        assertThat(ask("where is the founder going?").text()).contains("Meta");
    }

    @Test
    void a_spoken_where_question_is_not_doubted_by_facts_that_tell_no_place() {
        assertThat(ask("لوين رايح ألكسندر وانغ؟").text()).contains("ميتا");
    }

    // ---- a deal that "came out" was announced --------------------------------------------------------

    @Test
    void a_deal_that_came_out_in_the_wrong_month_is_denied() {
        Answer a = ask("The Scale agreement came out in May 2025, correct?");
        assertThat(a.text()).startsWith("No").contains("June");
    }

    @Test
    void a_deal_that_came_out_in_its_month_is_borne_out() {
        assertThat(ask("so the deal came out in june 2025?").text()).startsWith("Yes").contains("June");
    }

    @Test
    void a_deal_that_tilaat_in_arabic_is_its_announcement() {
        Answer a = ask("الصفقة طلعت في مارس 2025 صح؟");
        assertThat(a.text()).startsWith("لا").contains("يونيو");
    }

    @Test
    void what_came_out_of_the_deal_is_no_announcement() {
        assertThat(ask("what came out of the deal for Google?").text()).doesNotContain("June");
    }

    // ---- one bare word asks nothing ----------------------------------------------------------------

    @Test
    void one_common_word_that_names_nothing_of_the_article_is_not_answered() {
        // "ticket" is a word of no lexicon entry; an alternate question's word matched it by chance
        assertThat(ask("ticket").answered()).isFalse();
    }

    @Test
    void one_word_that_names_a_measure_is_still_answered() {
        assertThat(ask("stake").text()).contains("49");
    }
}
