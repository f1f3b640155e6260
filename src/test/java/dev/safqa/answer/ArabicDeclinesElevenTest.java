package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Arabic questions the article answers that were declined (or answered with the wrong fact) for a
 * word or a form the reader did not know: spoken verbs, a vocative, a year's name. One phenomenon
 * per assertion; the questions are written from the article, not taken from the evaluation sets.
 */
class ArabicDeclinesElevenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    private static ParsedQuestion ar(String q) {
        return Readings.ar(q);
    }

    @Test
    void to_take_over_a_company_asks_its_successor_not_the_one_who_left() {
        // تولى is "take over": the founder held the post until the deal, Droege holds it from then on
        assertThat(ask("من سيتولى منصب وانغ في سكيل؟").text()).contains("درويج");
        assertThat(ask("مين رح يتولى الشركة بعد ما يمشي مؤسسها؟").text()).doesNotContain("لينضم إلى ميتا");
    }

    @Test
    void a_month_one_letter_from_a_word_for_taking_over_stays_the_month() {
        // يوليو (July) is no typo of يتولى (takes over)
        assertThat(ar("هل وقعت الصفقة في يوليو؟").normalized()).contains("يوليو");
    }

    @Test
    void what_a_named_person_takes_on_is_not_who_takes_his_post() {
        assertThat(ask("وانغ رح يتولى شو بعد ما يترك سكيل؟").text()).doesNotContain("درويج");
    }

    @Test
    void the_name_of_a_year_before_its_number_is_no_count_of_years() {
        // "كم سنة" before 2024 asks in the year 2024, not how many years
        assertThat(ar("إيرادات سكيل كم سنة 2024؟").intent()).isNotEqualTo(Intent.COUNT);
        assertThat(ask("إيرادات سكيل كم سنة 2024؟").text()).contains("870");
    }

    @Test
    void spoken_earned_in_the_past_is_revenue_and_to_earn_from_a_deal_stays_a_profit() {
        assertThat(ask("كسبت سكيل كام سنة 2024؟").text()).contains("870");
        assertThat(ask("قديش رح تكسب ميتا من الصفقة؟").answered()).isFalse();
    }

    @Test
    void the_vocative_guys_asks_nothing_and_is_no_typo_of_university() {
        assertThat(ar("يا جماعة وانغ عمره كام؟").normalized()).doesNotContain("جامع");
        assertThat(ask("يا جماعة وانغ عمره كام؟").text()).contains("28");
    }

    @Test
    void maghrebi_ash_before_its_verb_asks_what_someone_does() {
        assertThat(ask("وانغ آش غادي يدير فميتا؟").text()).contains("الذكاء الفائق");
    }

    @Test
    void the_spoken_to_take_hold_of_a_company_when_its_founder_leaves_asks_his_successor() {
        assertThat(ask("منو رح يمسك الشركة بعد ما يطلع وانغ؟").text()).contains("درويج");
    }

    @Test
    void egyptian_the_guy_points_at_a_person_and_asks_nothing() {
        assertThat(ar("الواد ده عمره كام؟").normalized()).doesNotContain("واد");
    }

    @Test
    void arabizi_started_with_its_hamza_asks_how_labelling_began_not_what_it_is() {
        // bada2 is بدأ (started), not بدق
        assertThat(ask("data labeling bada2 ezay?").text()).contains("القطط");
    }
}
