package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Wrong answers to single questions found in the fourteenth round: a figure that agrees, asked
 * what it brings with it (a say, control, a word no fact of it uses), which the article never
 * states; "share", "حصة" and "interest" in another sense than the stake (a market's share,
 * interest paid); "value" in the sense of what something brings; a move, or who owns whom, the other way round.
 */
class WrongFourteenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- an agreeing figure, asked what it brings ----------------------------------------------------

    @Test
    void an_agreeing_figure_asked_to_bring_a_word_its_fact_never_uses_gets_no_yes() {
        // "hiring" is a word people ask of other facts, never of the stake's
        assertThat(Verdicts.yes(ask("Is the 49% stake about hiring?"))).isFalse();
    }

    @Test
    void an_agreeing_figure_said_to_give_a_say_gets_no_yes() {
        // "strategy" is a word the fact's neighbours use: the verb asks a consequence
        assertThat(Verdicts.yes(ask("Does Meta's 49 percent mean a say over strategy?"))).isFalse();
    }

    @Test
    void control_claimed_beside_an_agreeing_share_gets_no_yes() {
        assertThat(Verdicts.yes(ask("Meta has 49% of Scale and controls it now, right?"))).isFalse();
    }

    @Test
    void control_claimed_beside_an_agreeing_share_in_arabic_gets_no_yes() {
        assertThat(Verdicts.yes(ask("ميتا اشترت 49% وصارت تسيطر على سكيل؟"))).isFalse();
    }

    @Test
    void an_agreeing_figure_with_nothing_more_claimed_still_gets_yes() {
        assertThat(ask("Meta put $14.8 billion into Scale for 49 percent, correct?").text()).startsWith("Yes");
    }

    // ---- "share", "حصة", "interest": the stake's words in another sense ------------------------------

    @Test
    void a_share_of_a_market_is_not_the_stake_meta_bought() {
        assertThat(ask("What slice of the AI chip market does Meta have?").answered()).isFalse();
    }

    @Test
    void a_market_share_asked_outright_is_declined() {
        assertThat(ask("How large is Scale AI's market share?").answered()).isFalse();
    }

    @Test
    void an_arabic_market_share_is_not_the_stake() {
        assertThat(ask("كم الحصة السوقية لشركة سكيل؟").answered()).isFalse();
    }

    @Test
    void the_stake_asked_in_those_words_is_still_answered() {
        assertThat(ask("What percent of Scale does Meta hold?").text()).contains("49");
    }

    @Test
    void interest_paid_on_the_deal_is_not_the_investment() {
        assertThat(ask("How much did Meta pay in interest?").answered()).isFalse();
    }

    @Test
    void an_interest_rate_claimed_on_the_stake_gets_no_yes() {
        assertThat(Verdicts.yes(ask("So Meta paid interest on the 49%?"))).isFalse();
    }

    @Test
    void an_arabic_interest_rate_is_not_the_investment() {
        assertThat(ask("كم سعر الفائدة على مبلغ الصفقة؟").answered()).isFalse();
    }

    @Test
    void a_controlling_interest_is_still_the_stake_claimed() {
        assertThat(ask("Does Meta own a majority interest in Scale now?").text()).startsWith("No").contains("49");
    }

    // ---- a move claimed the other way round ----------------------------------------------------------

    @Test
    void a_move_claimed_from_the_company_joined_gets_no_yes() {
        assertThat(Verdicts.yes(ask("Alexandr Wang left Meta and joined Scale AI, correct?"))).isFalse();
    }

    @Test
    void joining_the_company_the_founder_leaves_gets_no_yes() {
        assertThat(Verdicts.yes(ask("Is Alexandr Wang joining Scale AI?"))).isFalse();
    }

    @Test
    void joining_the_company_he_leaves_gets_no_yes_in_arabic() {
        assertThat(Verdicts.yes(ask("هل ينضم ألكسندر وانغ لسكيل؟"))).isFalse();
    }

    @Test
    void the_move_as_the_article_tells_it_is_still_confirmed() {
        assertThat(ask("Is Alexandr Wang leaving Scale AI to join Meta?").text()).startsWith("Yes");
    }

    // ---- "value": what something brings, not what it is worth ----------------------------------------

    @Test
    void the_value_a_company_creates_for_another_is_not_its_valuation() {
        assertThat(ask("What value does Scale AI create for Zuckerberg's company?").answered()).isFalse();
    }

    @Test
    void a_company_s_value_to_another_is_not_its_valuation() {
        assertThat(ask("What's Scale AI's value to Meta's AI push?").answered()).isFalse();
    }

    @Test
    void the_value_put_on_the_company_is_still_its_valuation() {
        assertThat(ask("What value did the deal put on the startup?").text()).contains("29");
    }

    // ---- who owns whom, the other way round ----------------------------------------------------------

    @Test
    void the_stake_asked_of_the_company_bought_in_the_buyer_is_declined() {
        assertThat(ask("How much of Zuckerberg's company does the startup own?").answered()).isFalse();
    }

    @Test
    void a_stake_held_by_the_company_bought_is_declined() {
        assertThat(ask("What stake does Scale AI hold in Meta these days?").answered()).isFalse();
    }

    @Test
    void the_reversed_stake_in_arabic_is_declined() {
        assertThat(ask("قديش تملك سكيل من ميتا؟").answered()).isFalse();
    }

    @Test
    void the_stake_asked_the_right_way_round_is_still_answered() {
        assertThat(ask("How much of the startup does Meta own?").text()).contains("49");
    }
}
