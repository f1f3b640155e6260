package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Kinds of wrong answer found by the seventeenth red team (redteam/wrong17.jsonl), fixed as kinds
 * and tested in words of our own: one phenomenon per test.
 */
class WrongSeventeenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- "this year" is not the year before ---------------------------------------------------------------

    @Test
    void this_years_revenue_is_not_the_year_befores() {
        // 2024's $870 million is last year's: "this year" is 2025, which the forecast tells
        assertThat(ask("Scale brought in $870 million this year, right?").text()).startsWith("No");
        assertThat(ask("كم ستجني سكيل من الإيرادات هذا العام؟").text()).contains("2025");
        // "last year" still asks 2024's figure
        assertThat(ask("How much did Scale make last year?").text()).contains("870");
    }

    // ---- an age claimed of someone a role names ---------------------------------------------------------------

    @Test
    void an_age_claimed_of_the_successor_is_not_the_founders() {
        // the founder is 28; the article gives no age of the one who took over from him
        assertThat(ask("Is the founder's successor 28 years old?").text()).doesNotStartWith("Yes");
        assertThat(ask("Scale AI's new CEO is 28 years old?").outcome()).isNotEqualTo(Outcome.ANSWERED);
    }

    // ---- bounds that hold their own figure ---------------------------------------------------------------------

    @Test
    void at_least_a_sum_above_the_facts_is_denied() {
        assertThat(ask("Did Meta pay at least $30 billion for the stake?").text()).startsWith("No");
        assertThat(ask("هل دفعت ميتا على الأقل 25 مليار دولار؟").text()).startsWith("لا");
    }

    @Test
    void no_more_than_the_facts_own_ceiling_is_not_denied() {
        // "up to $65 billion" is "no more than $65 billion", never a "No"
        assertThat(ask("Will Meta's AI infrastructure spending this year be no more than $65 billion?").text())
                .doesNotStartWith("No").contains("65");
    }

    // ---- "exactly" against a figure given loosely ----------------------------------------------------------------

    @Test
    void exactly_is_not_borne_out_by_a_figure_with_a_bound_or_about() {
        // "more than $2 billion", "about $200 million": the figure agrees, "exactly" does not
        assertThat(ask("Will Scale's 2025 revenue be $2 billion exactly?").text()).doesNotStartWith("Yes");
        assertThat(ask("Was Google going to pay exactly $200 million?").text()).doesNotStartWith("Yes").contains("200");
        // a figure the fact states as it is still gets its "Yes"
        assertThat(ask("Did Meta pay exactly $14.8 billion?").text()).startsWith("Yes");
    }

    // ---- the memo's words said to be the outlet's ------------------------------------------------------------------

    @Test
    void the_outlet_that_saw_the_memo_did_not_say_its_words() {
        assertThat(ask("Bloomberg stated that superintelligence was within reach?").text()).startsWith("No").contains("Zuckerberg");
        assertThat(ask("بلومبرغ صرحت إن الذكاء الفائق صار بمتناول اليد؟").text()).startsWith("لا");
        // the writer's own words are his
        assertThat(ask("Did Zuckerberg say superintelligence is within reach?").text()).doesNotStartWith("No");
    }

    // ---- "one of the biggest", asked in other words -------------------------------------------------------------

    @Test
    void one_of_the_biggest_customers_in_other_words_is_borne_out() {
        // the fact says Google was "one of Scale AI's biggest customers" (أحد أكبر عملاء)
        assertThat(ask("هل كانت جوجل من أكبر زبائن Scale AI؟").text()).startsWith("نعم");
        // ...but not of what the fact does not rank it among
        assertThat(ask("Was Google one of the biggest investors in Scale?").text()).doesNotStartWith("Yes");
    }

    // ---- a whole stated back with no question word ---------------------------------------------------------------

    @Test
    void a_whole_stated_back_is_claimed_as_asked() {
        // "does Meta own all of it?" was a "No: 49%" already; said as a statement it is the same claim
        assertThat(ask("Meta fully owns Scale now?").text()).startsWith("No").contains("49");
        // a whole said of what no figure measures claims no stake
        assertThat(ask("The deal shook the whole industry?").text()).doesNotStartWith("No");
    }
}
