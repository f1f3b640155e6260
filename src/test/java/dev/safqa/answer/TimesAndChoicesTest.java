package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Words that set a time or offer a choice, read as what they are: "this year" points at the
 * present and not back at the last turn; a bare "before", "used to", "at first" ask how things
 * were; "do you expect..." asks our forecast; "interim or permanent?" asks a choice the article
 * never makes. Read otherwise, each got a true fact with its citation that answers another question.
 */
class TimesAndChoicesTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    private Answer after(String earlier, String question) {
        Answer first = answerer.answer(earlier);
        return answerer.answer(question, null, earlier, first.facts());
    }

    // ---- "this year" is now, not the last turn ----------------------------------------------------

    @Test
    void this_year_does_not_make_a_question_naming_meta_lean_on_a_question_about_scale() {
        // read with Scale AI borrowed, the only fact naming both is the $14.8 billion payment
        assertThat(after("what were scale's sales in 2024?", "what will Meta spend on AI this year?").text())
                .contains("65").doesNotContain("14.8");
    }

    @Test
    void arabic_this_year_does_not_lean_either() {
        assertThat(after("كم كانت إيرادات سكيل في 2024؟", "كم ستنفق ميتا على الذكاء الاصطناعي هذا العام؟").text())
                .contains("65").doesNotContain("14.8");
    }

    @Test
    void that_year_still_points_back() {
        ParsedQuestion q = reader().read("what else did Meta do that year?", dev.safqa.text.Language.EN);
        assertThat(FollowUp.STANDARD.refersBack(q)).isTrue();
    }

    @Test
    void the_first_one_points_at_one_the_last_answer_listed() {
        assertThat(after("which labs stopped working with scale?", "how much was the first one going to pay this year?").text())
                .contains("200");
    }

    // ---- before, used to, at first -----------------------------------------------------------------

    @Test
    void worth_before_is_not_answered_with_the_valuation_the_deal_gives() {
        assertThat(ask("how much was scale valued at previously?").answered()).isFalse();
    }

    @Test
    void a_bare_before_at_the_end_asks_of_an_earlier_time() {
        assertThat(after("how much is scale ai worth now?", "and what was it worth before?").answered()).isFalse();
    }

    @Test
    void used_to_asks_the_first_form_a_fact_saying_at_first_tells() {
        assertThat(ask("what did data labelling use to mean?").text()).contains("cats");
    }

    @Test
    void before_still_gets_a_fact_whose_editor_says_it_tells_of_before() {
        assertThat(after("who is jason droege?", "what was his role before?").text()).contains("strategy");
    }

    @Test
    void long_ago_in_dialect_is_no_period_of_its_own() {
        // "من زمان" is "for a long time": the claim is still corrected
        assertThat(ask("Behemoth طلع من زمان صح؟").answered()).isTrue();
    }

    @Test
    void when_the_deal_was_is_not_the_year_of_another_deal_a_fact_compares_it_with() {
        assertThat(ask("امتى كانت الصفقة دي؟").text()).doesNotContain("2014");
    }

    @Test
    void when_the_other_deal_was_is_still_its_year() {
        assertThat(ask("in what year did the whatsapp acquisition happen?").text()).contains("2014");
    }

        @Test
    void when_this_deal_was_is_not_the_year_of_the_deal_it_is_compared_with() {
        assertThat(ask("امتى كانت الصفقة دي؟").text()).doesNotContain("2014");
    }

    @Test
    void since_when_it_is_the_biggest_still_asks_the_year_of_the_other_deal() {
        assertThat(ask("هذه أكبر صفقة لميتا منذ متى؟").text()).contains("2014");
    }

    @Test
    void the_year_of_that_deal_is_the_other_deals() {
        assertThat(ask("it's the biggest since which deal, and what year was that?").text()).contains("2014");
    }

    // ---- a successor holds the post from the change on --------------------------------------------

    @Test
    void who_took_over_once_the_founder_left_is_not_the_founder() {
        assertThat(ask("who took over scale once the founder quit?").text()).contains("Droege");
    }

    @Test
    void who_held_the_post_before_is_still_told_by_the_succession() {
        assertThat(ask("who succeeded wang?").text()).contains("Droege");
    }

        // ---- a total raised ----------------------------------------------------------------------------

    @Test
    void all_a_company_raised_is_no_one_investors_sum() {
        assertThat(ask("how much money has scale ai raised from investors overall?").answered()).isFalse();
    }

    @Test
    void what_meta_paid_in_total_is_still_its_payment() {
        assertThat(ask("what did meta pay in total?").text()).contains("14.8");
    }

    // ---- our forecast ------------------------------------------------------------------------------

    @Test
    void do_you_reckon_asks_our_forecast() {
        assertThat(ask("do you reckon meta will make its money back?").text()).contains("opinions");
    }

    @Test
    void dialect_you_think_asks_our_forecast() {
        assertThat(ask("تفتكر جوجل هترجع تشتغل مع سكيل؟").text()).contains("رأيًا");
    }

    @Test
    void you_expect_with_a_clause_after_it_asks_our_forecast() {
        assertThat(reader().read("تتوقع ميتا تربح من الصفقة؟", dev.safqa.text.Language.AR).form().opinion()).isTrue();
    }

    @Test
    void a_company_expecting_that_is_what_the_article_tells() {
        assertThat(ask("هل تتوقع سكيل أن تتضاعف إيراداتها؟").text()).contains("870");
    }

    // ---- a choice the article never makes ----------------------------------------------------------

    @Test
    void a_choice_between_words_the_article_never_uses_is_declined() {
        assertThat(ask("is wang's move to meta temporary or permanent?").answered()).isFalse();
    }

    @Test
    void a_choice_between_months_is_still_answered() {
        assertThat(ask("was the deal made public in june or in july?").text()).contains("June");
    }

    @Test
    void interim_is_no_word_for_a_successor() {
        // a stand-in for a while is no successor: "who is the interim boss?" asks what the article never says
        assertThat(reader().read("is droege only an interim chief executive?", dev.safqa.text.Language.EN).ids(Slot.Type.CONCEPT))
                .doesNotContain("successor");
    }

    // ---- a multiple claimed -------------------------------------------------------------------------

    @Test
    void a_claimed_tripling_gets_the_forecast_that_says_double() {
        assertThat(ask("scale's revenue will triple, won't it?").text()).contains("double");
    }

    @Test
    void a_growth_asked_of_a_sum_the_article_gives_no_change_of_is_declined() {
        // the $65 billion is a budget; nothing says how it grows
        assertThat(ask("will meta's ai budget double?").answered()).isFalse();
    }

    @Test
    void the_arabic_word_for_model_is_no_growth() {
        assertThat(ask("ما هو نموذج Behemoth؟").answered()).isTrue();
    }

    private static QuestionReader reader() {
        return new QuestionReader(TestKnowledge.index(), Scoring.standard());
    }
}
