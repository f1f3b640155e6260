package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Wrong answers to single questions found in the eleventh round: false claims with no figure
 * answered with the fact alone (which reads as a yes), a choice answered "No", a claim about what a
 * company is hidden behind a clause about someone else, an Arabizi verb read as no word.
 */
class WrongElevenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- Arabizi: a 2 that is the hamza of a verb ----------------------------------------------------

    @Test
    void an_arabizi_started_with_a_hamza_asks_how_labelling_began() {
        assertThat(ask("el tasnif bada2 b eh?").text()).contains("القطط");
    }

    // ---- what a company is, claimed beside what another did --------------------------------------------

    @Test
    void a_kind_of_company_claimed_with_a_clause_about_another_gets_what_it_does() {
        Answer a = ask("Scale AI is a chip company that Meta bought a stake in, right?");
        assertThat(a.facts()).containsExactly("scale-profile");
        assertThat(a.text()).doesNotStartWith("No").doesNotStartWith("Yes");
    }

    // ---- a majority claimed -----------------------------------------------------------------------------

    @Test
    void a_majority_claimed_is_denied_with_the_stake() {
        assertThat(ask("Meta is now Scale's majority shareholder, isn't it?").text()).startsWith("No").contains("49%");
    }

    @Test
    void an_arabic_majority_claimed_is_denied_with_the_stake() {
        assertThat(ask("هل أصبحت ميتا تملك الأغلبية في سكيل؟").text()).startsWith("لا").contains("49");
    }

    @Test
    void a_majority_claimed_not_to_be_is_not_denied() {
        assertThat(ask("Meta did not get a majority of Scale, right?").text()).doesNotStartWith("No");
    }

    // ---- a choice between a stake and the whole -----------------------------------------------------------

    @Test
    void a_choice_between_the_stake_and_the_whole_is_answered_without_a_no() {
        Answer a = ask("Is Meta getting 49 percent or the whole of Scale?");
        assertThat(a.text()).doesNotStartWith("No").contains("49%");
    }

    // ---- another person's act claimed ----------------------------------------------------------------------

    @Test
    void a_promotion_claimed_of_the_founder_is_not_answered_with_the_successor_alone() {
        Answer a = ask("So the founder Wang got the promotion to CEO at Scale?");
        assertThat(a.answered() && !a.text().startsWith("No")).isFalse();
    }

    @Test
    void leading_the_new_team_claimed_of_the_boss_is_not_answered_with_the_leader_alone() {
        Answer a = ask("Zuckerberg himself will head the superintelligence group, right?");
        assertThat(a.answered() && !a.text().startsWith("No")).isFalse();
    }

    @Test
    void a_customer_tie_claimed_of_the_investor_is_not_answered_with_another_customer() {
        Answer a = ask("Meta was a big Scale customer, right?");
        assertThat(a.answered() && !a.text().startsWith("No")).isFalse();
    }

    @Test
    void the_boss_named_beside_the_one_he_oversees_is_still_answered() {
        assertThat(ask("Will Wang report to Zuckerberg?").text()).contains("Zuckerberg");
    }

    // ---- a good reception claimed of a model received poorly -------------------------------------------------

    @Test
    void a_good_reception_claimed_is_denied() {
        assertThat(ask("Llama 4 was a big hit with developers, wasn't it?").text()).startsWith("No").contains("poorly");
    }

    @Test
    void an_arabic_good_reception_claimed_is_denied() {
        assertThat(ask("هل رحب المطورون بنماذج Llama 4 ترحيبا كبيرا؟").text()).startsWith("لا");
    }

    @Test
    void a_poor_reception_claimed_is_not_denied() {
        assertThat(ask("Developers didn't like Llama 4, right?").text()).doesNotStartWith("No");
    }

    // ---- a month claimed in a statement asked back --------------------------------------------------------------

    @Test
    void a_month_and_year_asked_back_is_checked() {
        assertThat(ask("Meta announced the agreement in August 2025?").text()).startsWith("No").contains("June");
    }

    // ---- who holds a post after the one before left ----------------------------------------------------------

    @Test
    void who_leads_after_the_founders_exit_is_not_the_founder() {
        Answer a = ask("Who leads Scale after the founder's exit?");
        assertThat(a.answered() && !a.text().contains("Droege")).isFalse();
    }

    // ---- a tie claimed with another party than the fact's -----------------------------------------------

    @Test
    void a_tie_claimed_cut_with_the_investor_is_not_answered_with_the_tie_cut_with_scale() {
        Answer a = ask("Google ended its relationship with Meta, right?");
        assertThat(a.answered() && !a.text().startsWith("No")).isFalse();
    }

    // ---- a growth by another multiple than the fact's -------------------------------------------------------

    @Test
    void a_growth_claimed_by_another_multiple_is_denied() {
        assertThat(ask("Revenue at Scale is set to triple by the end of 2025, correct?").text()).startsWith("No").contains("double");
    }

    @Test
    void an_arabic_growth_claimed_by_another_multiple_is_denied() {
        assertThat(ask("هل ستتضاعف إيرادات سكيل أربع مرات؟").text()).startsWith("لا");
    }

    @Test
    void the_growth_the_fact_states_is_not_denied() {
        assertThat(ask("The revenue of Scale will double in 2025, right?").text()).doesNotStartWith("No");
    }

    // ---- a statement asked back claims as a tag does ------------------------------------------------------------

    @Test
    void a_good_reception_asked_back_without_a_tag_is_denied() {
        assertThat(ask("Developers gave Llama 4 a warm reception?").text()).startsWith("No");
    }

    @Test
    void the_post_of_the_successor_claimed_of_the_one_he_succeeded_is_denied() {
        assertThat(ask("The founder Wang became Scale's new chief executive?").text()).startsWith("No").contains("Droege");
    }

    // ---- a reason claimed that the fact does not give ----------------------------------------------------------

    @Test
    void a_reason_claimed_that_the_fact_does_not_give_is_not_answered_with_the_fact() {
        Answer a = ask("Google is searching for new suppliers because Scale was too slow?");
        assertThat(a.answered() && !a.text().startsWith("No")).isFalse();
    }
}
