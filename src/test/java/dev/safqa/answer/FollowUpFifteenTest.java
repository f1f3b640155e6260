package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups of the fifteenth round (conversations): whom a follow-up that names no one is about,
 * when the chat's subject is not the deal's parties.
 */
class FollowUpFifteenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    /** The last of several turns, each asked after the ones before as a chat asks them. */
    private Answer turns(String... asked) {
        return Chats.last(answerer, asked);
    }

    // ---- after a turn about something the article does not cover, "it" is that thing

    @Test
    void what_it_cost_after_a_declined_question_about_another_deal_is_declined() {
        // Instagram is not in the article: "it" is that purchase, not Meta's $14.8 billion for Scale
        Answer a = turns("Has Meta ever bought Instagram?", "what was the price?");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    @Test
    void an_arabic_price_after_a_declined_question_about_another_company_is_declined() {
        Answer a = turns("هل اشترت ميتا إنستغرام؟", "وقديش كلفتها؟");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    @Test
    void a_bare_when_after_two_declined_turns_about_another_deal_is_declined() {
        // neither Apple nor Beats is in the article: the time asked is theirs, not this deal's
        Answer a = turns("what do you know about Apple acquiring Beats?", "how much?", "and when was that?");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    // ---- the doer a follow-up leaves unsaid is whom the who-question was answered with

    @Test
    void an_arabic_verb_with_no_doer_after_a_who_question_asks_it_of_the_company_answered() {
        // Google (named first) was to pay Scale $200 million: not Meta's $14.8 billion
        Answer a = turns("مين الزبون الكبير اللي ترك سكيل؟", "وكم كان يدفع لها؟");
        assertThat(a.text()).as(a.text()).doesNotContain("14.8").contains("200");
    }

    @Test
    void he_after_a_who_question_answered_with_companies_only_is_the_first_company() {
        Answer a = turns("Which large client walked away from Scale?", "and how much was he spending there?");
        assertThat(a.answered()).as(a.text()).isTrue();
        assertThat(a.text()).contains("200").contains("Google");
    }

    // ---- the spoken dative joined to a verb

    @Test
    void a_spoken_dative_joined_to_the_verb_is_read_as_the_verb() {
        // تدفعلها is تدفع لها (pay her): what Google was to pay Scale, not a word nothing knows
        Answer a = turns("ليش جوجل وقفت شغلها مع سكيل؟", "وكم كانت ناوية تدفعلها؟");
        assertThat(a.answered()).as(a.text()).isTrue();
        assertThat(a.text()).contains("200");
    }

    @Test
    void a_bare_why_between_leaves_the_doer_to_the_who_question() {
        // the big customer that stopped (OpenAI), then "why?", then what it paid: OpenAI's payment,
        // which the article does not give, never Meta's $14.8 billion
        Answer a = turns("مين العميل الكبير اللي وقف تعامله مع سكيل؟", "ولماذا؟", "وكم كان يدفع لها؟");
        assertThat(a.text()).as(a.text()).doesNotContain("14.8");
    }

    // ---- the other deal of a comparison

    @Test
    void it_after_asking_which_deal_this_one_is_compared_with_is_that_other_deal() {
        // the comparison asked and left unanswered: "it" is that other deal, whose price is not in
        // the article, not Meta's $14.8 billion for Scale
        Answer a = turns("which deal is this compared with over Meta's history?", "what was its price?");
        assertThat(a.answered()).as(a.text()).isFalse();
    }
}
