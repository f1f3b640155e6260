package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Answers with the right figure of the wrong party or the wrong thing: a payment read backwards, an
 * age of another person or of a company, a budget of one thing given for another, a superlative the
 * article does not state, a reason of something else. Declining them is right.
 */
class WrongPartyTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- who pays whom ------------------------------------------------------------------------------

    @Test
    void whom_a_named_payer_pays_is_the_party_it_pays_though_a_subject() {
        assertThat(ask("what company did Meta pay for a stake?").text()).contains("Scale AI");
    }

    @Test
    void whom_a_payer_pays_is_not_told_the_other_way_round() {
        assertThat(ask("who did Scale AI invest in?").answered()).isFalse();
        assertThat(ask("who invested in Meta?").answered()).isFalse();
    }

    @Test
    void whom_a_payer_pays_is_not_told_for_another_payer_or_period() {
        assertThat(ask("Which company did Microsoft invest in?").answered()).isFalse();
        assertThat(ask("which company did Meta invest in in 2019?").answered()).isFalse();
        assertThat(ask("which company did Meta invest in after Scale?").answered()).isFalse();
    }

    @Test
    void a_payment_asked_the_other_way_round_is_not_the_payment_made() {
        assertThat(ask("how much money did Scale AI give Meta?").answered()).isFalse();
    }

    @Test
    void an_arabic_payment_asked_the_other_way_round_is_not_the_payment_made() {
        assertThat(ask("كم استثمرت سكيل في ميتا؟").answered()).isFalse();
    }

    @Test
    void a_stake_claimed_the_other_way_round_gets_no_yes() {
        assertThat(ask("Scale AI took a 49% stake in Meta, right?").text()).doesNotStartWith("Yes");
    }

    @Test
    void the_payment_asked_the_right_way_round_is_still_answered() {
        assertThat(ask("how much did Meta pay Scale AI?").text()).contains("14.8");
    }

    @Test
    void what_the_payer_got_is_still_answered() {
        assertThat(ask("what did Meta get when it invested in Scale?").text()).contains("49%");
    }

    // ---- a whole claimed beside a sum ----------------------------------------------------------------

    @Test
    void a_true_sum_for_the_whole_company_gets_no_yes() {
        assertThat(ask("Meta paid $14.8 billion for all of Scale AI?").text()).startsWith("No");
    }

    // ---- whose age ----------------------------------------------------------------------------------

    @Test
    void an_age_claimed_of_someone_whose_age_the_article_does_not_give_gets_no_verdict() {
        assertThat(ask("Zuckerberg is 28, correct?").text()).doesNotStartWith("No");
    }

    @Test
    void the_age_of_a_company_is_not_its_founders() {
        assertThat(ask("how old is Scale AI?").answered()).isFalse();
    }

    @Test
    void he_after_asking_who_someone_is_is_that_person_not_one_his_description_names() {
        assertThat(ask("who is Droege, and how old is he?").text()).doesNotContain("28");
    }

    @Test
    void an_age_at_the_founding_is_not_the_age_now() {
        assertThat(ask("how old was Wang when he started Scale?").answered()).isFalse();
    }

    // ---- superlatives ---------------------------------------------------------------------------------

    @Test
    void the_youngest_is_not_answered_with_an_age() {
        assertThat(ask("who is the youngest billionaire?").answered()).isFalse();
    }

    @Test
    void who_left_first_is_not_answered_with_those_who_left() {
        assertThat(ask("which lab was first to cut ties with Scale?").answered()).isFalse();
    }

    @Test
    void the_first_of_a_kind_is_not_answered_with_one_of_that_kind() {
        assertThat(ask("what was the first model Meta released?").answered()).isFalse();
    }

    @Test
    void at_first_in_the_facts_own_words_is_still_answered() {
        assertThat(ask("what did data labelling involve at first?").facts()).contains("labelling-history");
    }

    // ---- what a sum is spent on -------------------------------------------------------------------------

    @Test
    void a_budget_for_one_thing_is_not_given_for_another() {
        assertThat(ask("how much will Meta invest in superintelligence?").answered()).isFalse();
    }

    @Test
    void an_arabic_budget_of_a_team_is_not_the_infrastructure_budget() {
        assertThat(ask("قديش ميزانية الفريق الجديد؟").answered()).isFalse();
    }

    @Test
    void a_sum_spent_on_what_the_fact_says_is_still_answered() {
        assertThat(ask("how much does Meta spend on data centers?").text()).contains("65");
    }

    // ---- a reason of something else ---------------------------------------------------------------------

    @Test
    void why_something_is_wanted_is_not_why_a_model_is_delayed() {
        assertThat(ask("why does Meta want more powerful models?").facts()).doesNotContain("behemoth-delay");
    }

    @Test
    void why_the_model_is_delayed_is_still_answered() {
        assertThat(ask("why is Behemoth not out yet?").facts()).contains("behemoth-delay");
    }
}
