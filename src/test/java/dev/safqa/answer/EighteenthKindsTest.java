package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Kinds of wrong answer found by the seventeenth blind set (unseen/seventeenth.jsonl and its
 * conversations), fixed as kinds and tested in words of our own.
 */
class EighteenthKindsTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- a person no one can be meant by -------------------------------------------------------------------

    @Test
    void a_first_message_about_her_is_asked_back_the_article_names_no_woman() {
        assertThat(ask("what is her age?").answered()).isFalse();
        assertThat(ask("how old was she then?").text()).doesNotContain("28");
        assertThat(ask("قديش عمرها؟").answered()).isFalse();
    }

    @Test
    void egyptian_he_before_a_verb_in_a_first_message_is_asked_back() {
        // "what did he write?": any of the article's three men
        assertThat(ask("هو كتب إيه؟").answered()).isFalse();
        assertThat(ask("هو راح فين؟").answered()).isFalse();
    }

    @Test
    void he_the_particle_and_he_after_a_question_word_still_read() {
        // the Egyptian particle before a noun, and "what is ...", are no pronoun
        assertThat(ask("هو الاستثمار كان كام؟").text()).contains("14.8");
        assertThat(ask("ما هو تصنيف البيانات؟").answered()).isTrue();
        // ...nor a pronoun with its person named in the same message
        assertThat(ask("who is Scale's founder, and how old is he?").text()).contains("28");
    }

    // ---- a year set aside --------------------------------------------------------------------------------

    @Test
    void a_year_set_aside_for_another_is_not_answered_with_its_figure() {
        assertThat(ask("besides 2024, what did Scale bring in during 2023?").answered()).isFalse();
        assertThat(ask("كم كانت إيرادات سكيل غير 2024؟ أقصد في 2023").answered()).isFalse();
        // ...the year asked alone is still answered
        assertThat(ask("what did Scale bring in during 2024?").text()).contains("870");
    }

    // ---- the worth of a company the article does not value ------------------------------------------------

    @Test
    void the_worth_of_another_company_is_not_scales_valuation() {
        // "what has Meta's value become since the investment?": not the price Meta paid, nor Scale's worth
        assertThat(ask("قديش صارت قيمة ميتا بعد الاستثمار؟").answered()).isFalse();
        assertThat(ask("كم صارت قيمة ميتا بعد الصفقة؟").answered()).isFalse();
        // ...Scale's worth and the deal's value are still told
        assertThat(ask("كم أصبحت قيمة سكيل الآن؟").text()).contains("29");
        assertThat(ask("كم قيمة الصفقة؟").text()).contains("14.8");
    }

    // ---- what there is so far is no expectation -----------------------------------------------------------

    @Test
    void takings_to_date_are_not_a_forecast_for_the_year() {
        assertThat(ask("what has Scale taken in revenue to date this year?").answered()).isFalse();
        assertThat(ask("سكيل دخلها كام لحد دلوقتي السنة دي؟").answered()).isFalse();
        // ...the expectation asked is told, and a sum paid once is still paid so far
        assertThat(ask("what revenue does Scale expect this year?").text()).contains("2 billion");
        assertThat(ask("how much has Meta put into Scale so far?").text()).contains("14.8");
    }

    // ---- approval said with a word between ------------------------------------------------------------

    @Test
    void a_success_or_hit_said_with_an_adjective_is_denied_by_a_poor_reception() {
        assertThat(ask("Llama 4 was a runaway success with developers, right?").text()).startsWith("No");
        assertThat(ask("Llama 4 turned out an instant hit among developers, no?").text()).startsWith("No");
        // نجاحًا, with its tanween: "did Llama 4 find great success with developers?"
        assertThat(ask("هل لاقت نماذج Llama 4 نجاحا كبيرا لدى المطورين؟").text()).startsWith("لا");
    }

    // ---- a background is no successor ------------------------------------------------------------------

    @Test
    void a_background_asked_in_arabic_is_no_succession() {
        // خلفية (background) stems as خلف (succeeded): it got Droege taking over from Wang
        assertThat(ask("شو خلفيته الدراسية لدرويج؟").text()).doesNotContain("رُقّي");
        assertThat(ask("ما الخلفية المهنية لوانغ؟").answered()).isFalse();
        // ...while who succeeded Wang is still told
        assertThat(ask("من خلف وانغ في رئاسة سكيل؟").text()).contains("درويج");
    }
}
