package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Kinds of wrong answer to single questions found by the nineteenth red team
 * (redteam/wrong19.jsonl), fixed as kinds and tested in words of our own.
 */
class WrongNineteenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- a figure claimed as done that the article gives only as a plan or a forecast ------------------------

    @Test
    void a_planned_sum_claimed_as_paid_is_no() {
        // Google only planned to pay it, and then cut ties
        assertThat(ask("So Google handed Scale its $200 million for 2025?").text()).startsWith("No:").contains("200");
        assertThat(ask("جوجل دفعت لسكيل 200 مليون دولار سنة 2025؟").text()).startsWith("لا،").contains("200");
    }

    @Test
    void a_budget_claimed_as_spent_is_no() {
        assertThat(ask("Meta spent $65 billion on its AI infrastructure this year, right?").text()).startsWith("No:");
        assertThat(ask("ميتا صرفت 65 مليار على بنية الذكاء الاصطناعي؟").text()).startsWith("لا،");
    }

    @Test
    void a_forecast_claimed_as_reached_is_no() {
        assertThat(ask("Scale's revenue already topped $2 billion, right?").text()).startsWith("No:");
        assertThat(ask("إيرادات سكيل تجاوزت ملياري دولار؟").text()).doesNotStartWith("نعم");
    }

    @Test
    void the_plan_or_the_forecast_claimed_as_such_is_still_yes() {
        assertThat(ask("Google was planning to pay Scale $200 million in 2025?").text()).doesNotStartWith("No");
        assertThat(ask("Scale expects more than $2 billion in revenue by the end of 2025, right?").text()).doesNotStartWith("No");
        // ...and a sum the article says was paid is no plan
        assertThat(ask("Meta paid $14.8 billion for its stake?").text()).startsWith("Yes");
    }

    // ---- an act set after an event the article says has not happened ------------------------------------------

    @Test
    void an_act_set_after_a_release_that_never_was_is_no() {
        // Behemoth has not been released: nothing came after its release
        assertThat(ask("Wang joined Meta once Behemoth was out, didn't he?").text()).startsWith("No:").contains("Behemoth");
        assertThat(ask("ميتا اشترت حصتها في سكيل بعد إطلاق Behemoth؟").text()).startsWith("لا،").contains("Behemoth");
    }

    @Test
    void after_what_did_happen_or_before_is_not_denied_by_the_release() {
        // the delay itself happened; and "before" its release is no claim of a release
        assertThat(ask("Meta bought into Scale after Behemoth got delayed?").text()).doesNotStartWith("No: Behemoth");
        assertThat(ask("Was the Scale deal announced before Behemoth came out?").text()).doesNotStartWith("No: Behemoth");
    }

    // ---- the first or the only one of a kind, which the article never says ------------------------------------

    @Test
    void the_first_of_a_kind_asked_in_other_words_is_declined() {
        // the article says nothing came first: the fact of the deal, the team or Llama 4 would read as a yes
        assertThat(ask("Was Meta the first firm to invest in Scale AI?").answered()).isFalse();
        assertThat(ask("Is the superintelligence unit Meta's first AI team?").answered()).isFalse();
        assertThat(ask("هل Llama 4 هو أول نموذج تطلقه ميتا؟").answered()).isFalse();
        // ...while what the deal was is still told
        assertThat(ask("What stake did Meta buy in Scale?").text()).contains("49");
    }

    // ---- a share claimed "of" a company in Arabic -----------------------------------------------------------

    @Test
    void an_arabic_share_claimed_of_scale_is_checked() {
        // من after the unit is "of", no "who?"
        assertThat(ask("ميتا صار عندها 55 بالمية من سكيل؟").text()).startsWith("لا،").contains("49");
        // ...and a who-question with من still asks who
        assertThat(ask("من اشترى 49% من سكيل؟").text()).contains("ميتا");
    }

    // ---- a veto or votes a stake carries ---------------------------------------------------------------------

    @Test
    void votes_a_stake_carries_are_declined() {
        // the article says nothing of them: the stake's fact would read as a yes
        assertThat(ask("ميتا عندها حق التصويت في سكيل؟").answered()).isFalse();
        // ...while "right" as a tag still checks the claim
        assertThat(ask("Meta paid $14.8 billion, right?").text()).startsWith("Yes");
    }
}
