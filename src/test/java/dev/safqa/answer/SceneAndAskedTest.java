package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import dev.safqa.conversation.Conversation;
import dev.safqa.conversation.Reply;
import dev.safqa.conversation.Turn;
import org.junit.jupiter.api.Test;

/**
 * Kinds of wrong answer found by the eleventh blind set (fixed as kinds, in words of our own): a
 * person named only in the scene a question sets is not who it asks about; the rest of a share, what
 * actually happened to a plan, a year before the one named, a verdict on a move and the Arabizi
 * "coming year" are not what a fact of the share taken, the plan, the year named or the move tells.
 */
class SceneAndAskedTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- the one whose going sets the scene is not who is asked -----------------------------------

    @Test
    void who_takes_scale_after_wang_goes_is_not_answered_with_wangs_own_move() {
        // Levantine: "who will take Scale over once Wang goes?" got Wang heading Meta's team
        Answer a = ask("مين رح يستلم سكيل بعد ما يروح وانغ؟");
        assertThat(a.facts()).noneMatch(f -> f.startsWith("wang-"));
    }

    @Test
    void a_successor_asked_after_a_scene_is_still_the_successor() {
        assertThat(ask("مين بيمسك سكيل بعدما يطلع وانغ؟").facts()).containsExactly("droege-ceo");
    }

    @Test
    void a_person_named_in_the_main_clause_too_is_still_asked_about() {
        // Wang is whom the question is of, not only its scene: whom he reports to is the answer
        assertThat(ask("who will Wang report to now that he is leaving?").text()).contains("Zuckerberg");
    }

    // ---- the rest of a share is not the share taken ---------------------------------------------

    @Test
    void the_share_meta_does_not_hold_is_not_answered_with_the_49_percent() {
        assertThat(ask("so what part of scale is still not owned by meta? how much doesn't it hold").answered()).isFalse();
        assertThat(ask("who holds the remaining shares of Scale?").answered()).isFalse();
        assertThat(ask("وكم النسبة اللي ما تملكها ميتا في سكيل؟").answered()).isFalse();
    }

    @Test
    void the_share_meta_holds_is_still_the_49_percent_and_a_true_negative_claim_gets_no_no() {
        assertThat(ask("what share of Scale does Meta hold?").text()).contains("49");
        assertThat(ask("Meta doesn't own a majority of Scale, right?").text()).contains("49").doesNotStartWith("No");
        assertThat(ask("Meta owns a majority of Scale now, right?").text()).startsWith("No");
    }

    // ---- what actually happened is not the plan ---------------------------------------------------

    @Test
    void what_google_actually_paid_is_not_what_it_had_planned_to_pay() {
        assertThat(ask("what did google really end up paying scale this year?").answered()).isFalse();
        assertThat(ask("كم دفعت جوجل بالفعل لسكيل؟").answered()).isFalse();
        assertThat(ask("what did google actually hand scale in 2025?").answered()).isFalse();   // a year is no figure quoted
    }

    @Test
    void the_plan_itself_and_the_payment_made_are_still_answered() {
        assertThat(ask("how much was Google planning to pay Scale?").text()).contains("200");
        assertThat(ask("How much did Meta actually pay for its stake?").text()).contains("14.8");
    }

    // ---- a year before the one named ------------------------------------------------------------

    @Test
    void a_year_before_the_one_named_is_not_that_year() {
        assertThat(ask("what were scale's sales prior to 2024?").answered()).isFalse();
        assertThat(ask("كم كانت ايرادات سكيل قبل عام 2024؟").answered()).isFalse();
        assertThat(ask("what were scale's sales in 2024?").text()).contains("870");
    }

    // ---- a verdict on a move is an opinion --------------------------------------------------------

    @Test
    void whether_the_deal_was_a_wise_call_is_an_opinion() {
        assertThat(ask("was the investment a good idea for meta").text()).contains("opinions");
        assertThat(ask("was buying into Scale a wise decision by Zuckerberg?").answered()).isFalse();
        assertThat(ask("هل كانت الصفقة خطوة ذكية من ميتا؟").answered()).isFalse();
    }

    // ---- the Arabizi "coming year" ---------------------------------------------------------------

    @Test
    void arabizi_next_year_is_a_period_the_article_does_not_give() {
        // read as جيه, a word nothing knows, the year went unread and Google's 2025 plan answered
        assertThat(ask("google hatsraf kam el sana el gaya?").answered()).isFalse();
    }

    // ---- a turn read after an older one that names nobody is no crash ----------------------------

    @Test
    void a_claim_about_this_one_after_turns_naming_nobody_is_answered_not_a_failure() {
        // "this one" swaps the subject, so it is read after each older turn in turn; one that names
        // nobody gave no reading, which was then read as if it were a question (a null pointer)
        Conversation chat = Conversation.builder(answerer, TestKnowledge::knowledge).build();
        Reply last = null;
        for (String q : new String[] {"The article likens this deal to an older Meta purchase. Which?", "What year was that?",
                "How much did Meta spend on it?", "And this one was $20 billion, right?"}) {
            last = chat.handle(Turn.privateMessage("test", "scene", q));
        }
        assertThat(last.answer()).isNotNull();
        assertThat(last.plain()).doesNotContain("went wrong");
    }
}
