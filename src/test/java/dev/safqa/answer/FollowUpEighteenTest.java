package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Kinds of follow-up turn answered wrong in the eighteenth round's conversations, fixed as kinds and
 * tested in words of our own.
 */
class FollowUpEighteenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer turns(String... asked) {
        return Chats.last(answerer, asked);
    }

    // ---- "the others" beside what an earlier answer, not only the last, told ---------------------------------

    @Test
    void other_labs_after_the_labs_fact_then_another_answer_are_not_told_by_it_again() {
        // the labs' fact ("Google, OpenAI and other labs...") two answers back names no other lab
        Answer a = turns("Which AI labs walked away from Scale?", "and Google, what is it doing instead?", "what other labs?");
        assertThat(a.answered()).isFalse();
    }

    @Test
    void the_other_labs_by_their_kind_after_the_labs_fact_then_another_answer_are_declined() {
        Answer a = turns("Which AI labs walked away from Scale?", "and Google, what is it doing instead?", "and the remaining labs?");
        assertThat(a.answered()).isFalse();
        Answer ar = turns("أي مختبرات قطعت علاقتها مع Scale؟", "وجوجل بتعمل إيه دلوقتي؟", "والمختبرات الباقية؟");
        assertThat(ar.answered()).isFalse();
    }

    @Test
    void other_labs_after_an_answer_that_did_not_tell_the_labs_fact_get_it() {
        // Google's fact alone names no other lab: the labs' fact names OpenAI beside it
        Answer a = turns("What is Google doing instead?", "what other labs?");
        assertThat(a.text()).contains("OpenAI");
    }

    // ---- "that one" is the last thing the answer named ----------------------------------------------------

    @Test
    void that_one_after_an_answer_naming_a_rival_product_is_that_product() {
        // the answer brings in ChatGPT; who makes it the article does not say (Google is Gemini's)
        Answer a = turns("Which chatbot does Gemini compete with?", "and who built that one?");
        assertThat(a.answered()).isFalse();
    }

    // ---- "its worth" after a turn about the deal this one is compared with -------------------------------

    @Test
    void the_worth_of_the_deal_this_one_is_compared_with_is_not_scales_valuation() {
        // "which deal was it likened to?", then its year: "its value" is that deal's, which the article does not give
        Answer a = turns("أُعلنت الصفقة في مارس، أليس كذلك؟", "وما الصفقة التي قورنت بها؟", "وفي أي سنة كانت؟", "وكم كانت قيمتها؟");
        assertThat(a.answered()).isFalse();
    }

    // ---- "which team will he lead?" is no forecast --------------------------------------------------------

    @Test
    void which_team_he_will_lead_after_a_turn_about_the_founder_is_told() {
        // the question word is what he leads: the article tells it, and "will he lead?" asks no view here
        Answer a = turns("Who founded Scale AI?", "and what team will he lead?");
        assertThat(a.text()).contains("superintelligence");
    }

    @Test
    void will_a_party_lead_said_bare_is_still_a_forecast() {
        assertThat(answerer.answer("and will Meta lead?").answered()).isFalse();
    }
}
