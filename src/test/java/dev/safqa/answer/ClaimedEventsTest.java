package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Claims that something happened which the article tells otherwise: what a fact says has not
 * happened yet (Claims.notYet), and a move the article tells of another person (Claims.movedInstead).
 */
class ClaimedEventsTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- what has not happened yet --------------------------------------------------------------

    @Test
    void a_release_claimed_of_what_the_article_says_is_not_out_yet_is_denied() {
        assertThat(ask("Meta launched Behemoth last month, correct?").text()).startsWith("No").contains("not been released");
    }

    @Test
    void a_release_claimed_beside_another_model_is_still_denied() {
        assertThat(ask("behemoth shipped at the same time as llama 4, didn't it?").text()).startsWith("No").contains("not been released");
    }

    @Test
    void a_release_asked_in_plain_words_is_denied() {
        assertThat(ask("did behemoth come out?").text()).startsWith("No").contains("not been released");
    }

    @Test
    void an_arabic_release_claimed_is_denied() {
        assertThat(ask("Behemoth نزل مع Llama 4، صح؟").text()).startsWith("لا");
    }

    @Test
    void a_release_to_come_is_not_denied() {
        assertThat(ask("Will Behemoth be released?").text()).doesNotStartWith("No");
    }

    @Test
    void a_plan_the_fact_tells_is_not_denied() {
        assertThat(ask("Did Meta plan to release Behemoth?").text()).doesNotStartWith("No");
    }

    @Test
    void a_release_claimed_of_another_model_is_not_denied_with_this_one() {
        assertThat(ask("Did OpenAI release a model bigger than Behemoth?").text()).doesNotStartWith("No");
    }

    @Test
    void a_release_the_article_tells_is_not_denied() {
        assertThat(ask("Llama 4 was released in April, right?").text()).doesNotStartWith("No");
    }

    @Test
    void a_delay_claimed_is_not_denied() {
        assertThat(ask("Was Behemoth delayed?").text()).doesNotStartWith("No");
    }

    // ---- a move told of another person ----------------------------------------------------------

    @Test
    void a_move_claimed_of_the_wrong_person_is_answered_with_who_moves_and_what_he_became() {
        Answer a = ask("So Jason Droege is the one joining Meta to head the new team?");
        assertThat(a.text()).doesNotStartWith("Yes").contains("Wang").contains("join Meta").contains("Droege").contains("promoted to CEO");
    }

    @Test
    void a_move_claimed_alongside_the_one_who_moves_is_answered_so_too() {
        Answer a = ask("Droege is leaving Scale together with Wang to go join Meta, isn't he?");
        assertThat(a.text()).doesNotStartWith("Yes").contains("join Meta").contains("promoted to CEO");
    }

    @Test
    void a_move_claimed_of_a_name_the_article_never_mentions_is_declined() {
        assertThat(ask("Did Sam Altman join Meta?").answered()).isFalse();
    }

    @Test
    void a_move_to_a_place_no_fact_tells_is_declined() {
        assertThat(ask("Did Droege leave Scale for Google?").answered()).isFalse();
    }

    @Test
    void a_move_the_article_tells_of_that_person_is_still_confirmed() {
        assertThat(ask("Did Wang join Meta?").text()).startsWith("Yes");
    }

    // ---- a choice between going and staying ----------------------------------------------------

    @Test
    void a_choice_whose_second_side_is_staying_is_answered_with_the_fact_that_it_ends() {
        assertThat(ask("is wang leaving scale or staying?").text()).doesNotStartWith("No").contains("is leaving");
    }

    @Test
    void a_choice_about_someone_no_fact_says_leaves_is_declined() {
        assertThat(ask("is Droege leaving Scale or staying?").answered()).isFalse();
    }

    // ---- only after: what was already under way -------------------------------------------------

    @Test
    void a_stop_claimed_to_come_only_after_the_deal_is_denied_with_what_was_already_under_way() {
        assertThat(ask("openai only stopped working with scale once meta announced the deal, right?").text())
                .startsWith("No").contains("already winding down");
    }

    @Test
    void only_after_said_of_a_party_the_article_tells_no_earlier_start_of_is_not_denied() {
        assertThat(ask("google only dropped scale after the deal, right?").text()).doesNotStartWith("No");
    }
}
