package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Questions written to bait a wrong answer that names the right people or the right figure: a
 * reporting line read backwards, a sum in another scale. Declining them is right; a "Yes" or a
 * fact stated as their answer is the wrong answer the promise forbids.
 */
class HostileTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- a sum claimed in another scale than the fact's ------------------------------------------

    @Test
    void a_sum_claimed_in_billions_is_not_borne_out_by_the_same_number_in_millions() {
        assertThat(ask("Google was set to hand Scale 200 billion dollars in 2025, right?").text()).doesNotStartWith("Yes");
    }

    @Test
    void an_arabic_sum_claimed_in_billions_is_not_borne_out_by_the_same_number_in_millions() {
        assertThat(ask("جوجل كانت ناوية تدفع لسكيل 200 مليار دولار صح؟").text()).doesNotStartWith("نعم");
    }

    @Test
    void a_revenue_claimed_in_billions_is_corrected_with_the_millions_the_article_states() {
        assertThat(ask("Scale pulled in $870 billion of revenue in 2024, didn't it?").text()).startsWith("No").contains("870 million");
    }

    @Test
    void a_sum_claimed_in_the_facts_own_scale_is_still_confirmed() {
        assertThat(ask("Google meant to pay Scale about 200 million dollars in 2025, right?").text()).startsWith("Yes");
    }

    // ---- a reporting line runs one way -------------------------------------------------------------

    @Test
    void whom_the_superior_reports_to_is_not_the_fact_that_someone_reports_to_him() {
        assertThat(ask("To whom does Mark Zuckerberg answer?").answered()).isFalse();
    }

    @Test
    void the_boss_of_the_one_at_the_top_of_the_line_is_not_told() {
        assertThat(ask("who is Zuckerberg's own boss?").answered()).isFalse();
    }

    @Test
    void an_arabic_question_for_the_superiors_own_manager_is_not_answered() {
        assertThat(ask("مين مدير مارك زوكربيرغ؟").answered()).isFalse();
    }

    @Test
    void who_is_under_the_one_who_reports_is_not_told() {
        assertThat(ask("which people report to Alexandr Wang?").answered()).isFalse();
    }

    @Test
    void a_line_claimed_backwards_gets_no_yes() {
        assertThat(ask("Wang is Zuckerberg's boss, right?").text()).doesNotStartWith("Yes");
    }

    @Test
    void a_claim_that_the_superior_reports_to_the_one_below_gets_no_yes() {
        assertThat(ask("so Mark Zuckerberg will be reporting to Wang?").text()).doesNotStartWith("Yes");
    }

    @Test
    void the_successor_claimed_as_the_founders_boss_gets_no_yes() {
        assertThat(ask("will Jason Droege be Alexandr Wang's manager?").text()).doesNotStartWith("Yes");
    }

    @Test
    void whom_the_successor_reports_to_is_not_told() {
        assertThat(ask("who is Jason Droege's manager?").answered()).isFalse();
    }

    @Test
    void whom_the_one_below_reports_to_is_still_answered() {
        assertThat(ask("who is Alexandr Wang going to report to?").text()).contains("Zuckerberg");
    }

    @Test
    void who_reports_to_the_one_above_is_still_answered() {
        assertThat(ask("who will be reporting to Zuckerberg?").text()).contains("Wang");
    }

    @Test
    void an_arabic_question_for_the_founders_manager_is_still_answered() {
        assertThat(ask("مين مدير وانغ في ميتا؟").text()).contains("زوكربيرغ");
    }

    // ---- a succession runs one way -----------------------------------------------------------------

    @Test
    void who_held_the_post_before_the_founder_is_not_his_successor() {
        assertThat(ask("who held Scale's top job before Alexandr Wang?").answered()).isFalse();
    }

    @Test
    void who_succeeds_the_successor_is_not_told() {
        assertThat(ask("who took over from Jason Droege?").answered()).isFalse();
    }

    @Test
    void an_arabic_question_for_the_successors_successor_is_not_answered() {
        assertThat(ask("مين خلف درويج؟").answered()).isFalse();
    }

    @Test
    void who_came_after_the_founder_is_still_answered() {
        assertThat(ask("who came after Wang as Scale's chief?").text()).contains("Droege");
    }

    @Test
    void who_ran_the_company_before_the_successor_is_still_answered() {
        assertThat(ask("who ran Scale AI before Jason Droege?").text()).contains("Wang");
    }

    // ---- a post held up to the deal is nobody's now ------------------------------------------------

    @Test
    void who_heads_the_strategy_team_now_is_not_the_one_who_left_that_post() {
        assertThat(ask("who heads the strategy team at Scale these days?").answered()).isFalse();
    }

    @Test
    void the_incoming_head_of_strategy_is_not_the_one_promoted_out_of_it() {
        assertThat(ask("who is Scale's incoming head of strategy?").answered()).isFalse();
    }

    @Test
    void who_headed_strategy_is_still_answered() {
        assertThat(ask("who was the head of strategy at Scale AI?").text()).contains("Droege");
    }

    // ---- who did not do what the article says others did -------------------------------------------

    @Test
    void which_clients_never_dropped_scale_is_not_answered_with_those_who_did() {
        assertThat(ask("Which of Scale's clients never dropped it?").answered()).isFalse();
    }

    @Test
    void which_labs_remained_customers_is_not_answered_with_those_who_left() {
        assertThat(ask("which AI labs are still working with Scale AI?").answered()).isFalse();
    }

    @Test
    void an_arabic_question_for_who_stayed_is_not_answered_with_those_who_left() {
        assertThat(ask("شو الشركات اللي ظلت تتعامل مع سكيل؟").answered()).isFalse();
    }

    @Test
    void which_companies_walked_away_is_still_answered() {
        assertThat(ask("which companies walked away from Scale AI?").text()).contains("Google");
    }

    // ---- a sum in another currency or as a rate ----------------------------------------------------

    @Test
    void a_sum_asked_in_another_currency_is_not_the_dollar_figure() {
        assertThat(ask("how many euros did Meta put into Scale?").answered()).isFalse();
    }

    @Test
    void an_arabic_sum_asked_in_another_currency_is_not_the_dollar_figure() {
        assertThat(ask("قديش قيمة سكيل بالجنيه الاسترليني؟").answered()).isFalse();
    }

    @Test
    void a_sum_asked_per_share_is_not_the_whole_sum() {
        assertThat(ask("what price per share did Meta pay for Scale?").answered()).isFalse();
    }

    @Test
    void a_revenue_asked_monthly_is_not_the_yearly_figure() {
        assertThat(ask("how much does Scale AI make a month?").answered()).isFalse();
    }

    @Test
    void a_sum_asked_in_dollars_is_still_answered() {
        assertThat(ask("how many dollars did Meta put into Scale?").text()).contains("14.8");
    }

    // ---- one of several who did the act asked about ------------------------------------------------

    @Test
    void which_client_walked_away_names_every_one_the_article_says_did() {
        Answer a = ask("name the customer that left Scale behind after the deal");
        assertThat(a.text()).contains("Google").contains("OpenAI");
    }

    @Test
    void one_of_several_set_aside_still_gets_the_other() {
        assertThat(ask("apart from Google, which lab began ending its work with Scale?").text()).contains("OpenAI");
    }

    @Test
    void which_big_client_quit_names_every_one_the_article_says_did() {
        assertThat(ask("which big client quit Scale after the Meta deal?").text()).contains("Google").contains("OpenAI");
    }

    @Test
    void a_customer_asked_by_what_only_it_did_is_still_that_one() {
        assertThat(ask("which customer had planned to spend about $200 million with Scale?").text()).startsWith("Google had planned");
    }

    // ---- what something shows --------------------------------------------------------------------

    @Test
    void what_a_figure_reflects_is_told_by_the_fact_that_says_so_not_the_one_stating_it() {
        assertThat(ask("what does Scale's $29 billion valuation reflect?").text()).contains("infrastructure");
    }

    @Test
    void what_a_flop_indicates_is_not_the_flop_restated() {
        assertThat(ask("what did the poor reception of Llama 4 indicate about Meta?").answered()).isFalse();
    }
}
