package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Wrong answers to single questions found in the eighteenth round: a total "so far" answered with a
 * plan; a one-off sum claimed "every year"; one figure as a multiple of another; "قُيّمت بـ" read as
 * a price; the holder before someone of the post he left; one party
 * claimed to have acted alone; an event claimed to come after the deal it came before.
 */
class WrongEighteenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- a total to date is not a plan -------------------------------------------------------------

    @Test
    void what_a_customer_has_paid_up_to_now_is_not_its_plan() {
        assertThat(ask("What has Google paid Scale up to now?").answered()).isFalse();
    }

    @Test
    void what_a_customer_has_paid_up_to_now_in_levantine_is_not_its_plan() {
        assertThat(ask("قديش دفعت جوجل لسكيل لحد هلأ؟").answered()).isFalse();
    }

    @Test
    void a_sum_agreed_once_still_answers_so_far() {
        assertThat(ask("How much has Meta put into Scale so far?").text()).contains("14.8");
    }

    // ---- a one-off sum asked by the year -----------------------------------------------------------

    @Test
    void the_price_claimed_as_paid_every_year_gets_no_yes() {
        assertThat(Verdicts.yes(ask("هل ميتا بتدفع لسكيل 14.8 مليار كل عام؟"))).isFalse();
    }

    // ---- one figure as a multiple of another -------------------------------------------------------

    @Test
    void a_factor_between_two_figures_is_not_answered_with_one() {
        assertThat(ask("By what factor does Meta's AI spending plan exceed the cost of its Scale stake?").answered()).isFalse();
    }

    // ---- a worth after بـ ------------------------------------------------------------------------------

    @Test
    void a_wrong_worth_after_the_verb_of_valuing_gets_no() {
        assertThat(ask("هل قيمت سكيل بـ 40 مليار؟").text()).startsWith("لا،").contains("29");
    }

    // ---- the holder before someone of the post he left ---------------------------------------------

    @Test
    void the_strategy_chief_before_the_new_ceo_is_not_named() {
        assertThat(ask("Prior to Droege, who was Scale's chief strategy officer?").answered()).isFalse();
    }

    @Test
    void the_strategy_chief_before_the_new_ceo_in_arabic_is_not_named() {
        assertThat(ask("قبل درويج مين كان رئيس الاستراتيجية بسكيل؟").answered()).isFalse();
    }

    @Test
    void the_ceo_before_the_new_ceo_is_still_told() {
        assertThat(ask("Before Droege, who was Scale's CEO?").text()).contains("Wang");
    }

    // ---- one party claimed to have acted alone ---------------------------------------------------------

    @Test
    void one_lab_claimed_the_sole_one_to_drop_scale_gets_no() {
        assertThat(ask("Was OpenAI the sole lab to drop Scale?").text()).startsWith("No");
    }

    @Test
    void one_customer_claimed_the_only_one_to_leave_gets_no() {
        assertThat(ask("Is Google the only customer that ended its work with Scale?").text()).startsWith("No");
    }

    @Test
    void one_lab_claimed_alone_in_arabic_gets_no() {
        assertThat(ask("هل كانت OpenAI الوحيدة التي أنهت تعاملها مع سكيل؟").text()).startsWith("لا،");
    }

    // ---- an event claimed after the deal it came before ------------------------------------------------

    @Test
    void a_model_claimed_launched_after_the_acquisition_gets_no() {
        assertThat(ask("Was Llama 4 launched following the Scale acquisition?").text()).startsWith("No").contains("April");
    }

    @Test
    void a_model_claimed_out_after_the_deal_in_arabic_gets_no() {
        assertThat(ask("ميتا طلعت Llama 4 بعد الصفقة؟").text()).startsWith("لا،");
    }
}
