package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Wrong answers to single questions found in the thirteenth round: a yes/no whose figure agrees but
 * whose predicate the article never states, a two-part dialect question answered half, a claim
 * that something already happened that the article says has not, a move claimed of the one who
 * stays.
 */
class WrongThirteenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- a figure in the subject, a predicate the article never states ------------------------------

    @Test
    void an_agreeing_figure_does_not_confirm_a_right_the_article_never_mentions() {
        Answer a = ask("Does the 49 percent Meta bought carry voting power?");
        assertThat(a.answered() && a.text().startsWith("Yes")).isFalse();
    }

    @Test
    void an_arabic_agreeing_figure_does_not_confirm_what_the_article_never_says() {
        Answer a = ask("هل حصة ال 49% تعطي ميتا حق الفيتو؟");
        assertThat(a.answered() && a.text().startsWith("نعم")).isFalse();
    }

    @Test
    void an_agreeing_figure_with_nothing_more_claimed_is_still_confirmed() {
        assertThat(ask("Meta paid 14.8 billion dollars for its 49% of Scale, correct?").text()).startsWith("Yes");
    }

    // ---- two asks in the dialect, the question word in place ----------------------------------------

    @Test
    void a_dialect_question_with_two_asks_is_not_answered_with_the_second_alone() {
        Answer a = ask("وانغ هيعمل إيه في ميتا وهيكون تحت مين؟");
        assertThat(!a.answered() || a.text().contains("الفائق") && a.text().contains("زوكربيرغ")).isTrue();
    }

    // ---- claimed to have happened already ------------------------------------------------------------

    @Test
    void a_model_claimed_already_out_is_denied() {
        assertThat(ask("Meta has already shipped Behemoth, hasn't it?").text()).startsWith("No");
    }

    @Test
    void a_model_claimed_out_already_in_the_dialect_is_denied() {
        assertThat(ask("ميتا أطلقت بيهيموث خلاص، صح؟").text()).startsWith("لا");
    }

    // ---- a move claimed of the one who stays ----------------------------------------------------------

    @Test
    void the_successor_claimed_to_be_moving_to_meta_is_denied() {
        assertThat(ask("Jason Droege is joining Meta too, right?").text()).startsWith("No");
    }

    // ---- a sum worked out of the article's figures --------------------------------------------------

    @Test
    void the_gap_between_two_sums_is_declined() {
        assertThat(ask("How big is the gap between Scale's valuation and Meta's payment?").answered()).isFalse();
    }

    @Test
    void two_sums_combined_are_declined() {
        assertThat(ask("Meta's AI spending and its Scale investment combined come to how much?").answered()).isFalse();
    }

    @Test
    void the_price_of_one_percent_is_declined() {
        assertThat(ask("How much did a single percent of Scale cost Meta?").answered()).isFalse();
    }

    @Test
    void an_arabic_sum_of_two_figures_is_declined() {
        assertThat(ask("قديش مجموع استثمار ميتا بسكيل وميزانيتها للذكاء الاصطناعي؟").answered()).isFalse();
    }

    // ---- how the sum is paid ----------------------------------------------------------------------------

    @Test
    void how_the_sum_is_paid_is_declined() {
        assertThat(ask("Was the 14.8 billion paid in cash?").answered()).isFalse();
    }

    @Test
    void how_the_sum_is_paid_in_the_dialect_is_declined() {
        assertThat(ask("ميتا دفعت ال 14.8 مليار بالتقسيط؟").answered()).isFalse();
    }

    @Test
    void cash_alone_still_asks_the_sum_paid() {
        assertThat(ask("How much cash did Meta put into Scale?").text()).contains("14.8");
    }

    // ---- a good reception asked outright -----------------------------------------------------------------

    @Test
    void a_good_reception_asked_outright_is_denied() {
        assertThat(ask("Did Llama 4 get glowing reviews when it came out in April?").text()).startsWith("No");
    }
}
