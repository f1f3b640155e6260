package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Kinds of answerable question Safqa declined, or half declined, in the sixteenth round (decl16),
 * fixed as kinds and tested in words of our own.
 */
class DeclinesSixteenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- a short part that asks a figure the part before was answered with ------------------------------

    @Test
    void a_price_asked_after_the_stake_is_not_said_to_be_unanswered_in_english() {
        Answer a = ask("How big a stake did Meta get? and for how much?");
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("49%").contains("14.8").doesNotContain("doesn't answer");
    }

    @Test
    void a_price_asked_after_the_stake_is_not_said_to_be_unanswered_in_arabic() {
        Answer a = ask("شو نسبة ميتا في سكيل؟ وبقديش؟");
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("49%").contains("14.8").doesNotContain("بقية سؤالك");
    }

    @Test
    void a_price_asked_after_the_stake_is_not_said_to_be_unanswered_in_arabizi() {
        Answer a = ask("meta 5adet nesba kam f scale? w bkam?");
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("14.8").doesNotContain("بقية سؤالك");
    }

    @Test
    void a_short_part_after_one_about_another_company_asks_of_that_company() {
        // read alone, "and what share?" is Meta's 49%; it asks OpenAI's, which the article does not give
        assertThat(ask("Is OpenAI an owner of Scale too? And what share?").text()).doesNotContain("49");
    }

    // ---- the past of a thing the article gives a past for ------------------------------------------------

    @Test
    void data_labelling_in_the_past_is_its_first_form_in_english() {
        assertThat(ask("What did data labelling mean back then?").text()).contains("cats");
        assertThat(ask("What was data labeling in the past?").text()).contains("cats");
    }

    @Test
    void data_labelling_in_the_past_is_its_first_form_in_arabic() {
        // "في الماضي" (in the past) was a word nothing knew: the definition and the history tied
        assertThat(ask("شو كان تصنيف البيانات في الماضي؟").text()).contains("القطط");
    }

    // ---- a definition asked with the dialects' word for labelling ------------------------------------

    @Test
    void data_labelling_said_as_wasm_gets_the_definition() {
        // وسم البيانات is the dialects' تصنيف البيانات; the definition's alternates knew only the latter
        assertThat(ask("وش هو وسم البيانات؟").text()).contains("يتعلم");
        assertThat(ask("wasm el bayanat ya3ni eh?").text()).contains("يتعلم");
    }
}
