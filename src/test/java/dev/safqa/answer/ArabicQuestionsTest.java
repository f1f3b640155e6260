package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Arabic questions, in Arabic script (standard and spoken) and in Arabizi: what each reading step
 * makes of them, and that a trap read the same way is still declined. One phenomenon per assertion;
 * the questions are written from the article, not taken from the evaluation sets.
 */
class ArabicQuestionsTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    private static ParsedQuestion ar(String q) {
        return Readings.ar(q);
    }

    @Test
    void an_english_word_in_arabizi_the_knowledge_does_not_know_is_a_name_it_does_not_mention() {
        // "pentagon" spelt in Arabic letters would be one unknown word among the spoken ones
        assertThat(ask("meta 3andha sharakat ma3 el pentagon?").answered()).isFalse();
        assertThat(ask("google kanet btedfa3 flous lal military?").answered()).isFalse();
    }

    @Test
    void arabizi_with_an_english_word_the_knowledge_knows_is_still_answered() {
        assertThat(ask("scale 3amlet kam revenue fel 2024?").text()).contains("870");
    }

    @Test
    void the_party_asked_of_after_with_in_arabic_script_is_a_name_when_nothing_knows_it() {
        assertThat(ask("هل ميتا عندها صفقة مع البنتاغون؟").answered()).isFalse();
        assertThat(ask("سكيل وقعت عقد مع الناتو؟").answered()).isFalse();
    }

    @Test
    void a_known_party_after_with_is_no_name() {
        assertThat(ask("جوجل قطعت علاقتها مع سكيل؟").answered()).isTrue();
    }

    @Test
    void a_second_arabic_question_of_two_words_with_its_pronoun_is_a_part() {
        // "and what is its stake?": two words in Arabic, four in English
        assertThat(Parts.split("كم استثمرت ميتا وكم حصتها؟", ReadingRules.STANDARD, 4)).hasSize(2);
    }

    @Test
    void a_second_arabic_question_of_two_words_without_a_pronoun_still_leans_on_the_first() {
        assertThat(Parts.split("في أي شهر وأي سنة؟", ReadingRules.STANDARD, 4)).hasSize(1);
    }

    @Test
    void the_maghrebi_article_in_arabizi_is_read() {
        // "l9ima" is the value (القيمة), not a morsel (لقمة)
        assertThat(ask("chhal hiya l9ima dyal scale?").text()).contains("29");
    }

    @Test
    void a_woman_appointed_chief_executive_is_no_manager_he_reports_to() {
        // مديرة تنفيذية folds to the letters of مديره (his manager)
        assertThat(ar("مين عُيّنت مديرة تنفيذية لسكيل؟").normalized()).doesNotContain("له");
    }

    @Test
    void reaching_a_figure_is_read_in_a_second_part_that_asks_the_forecast() {
        // "...and how much do they expect it to reach by the end of 2025?": توصل (reach) is the growth
        // the forecast tells of, not a word nothing knows
        assertThat(ask("قديش كانت ايرادات سكيل ب 2024 وقديش بيتوقعوا توصل بآخر 2025؟").text()).contains("ملياري");
    }

    @Test
    void a_forecast_of_a_company_the_article_gives_none_for_is_still_declined() {
        assertThat(ask("قديش متوقع توصل ايرادات جوجل بآخر 2025؟").answered()).isFalse();
    }

    @Test
    void the_articles_name_for_meta_in_arabic_is_meta() {
        // "عملاق التواصل الاجتماعي", the social media giant, is what the article calls Meta
        assertThat(ar("مين بيدير عملاق التواصل الاجتماعي؟").ids(Slot.Type.ENTITY)).contains("meta");
    }

    @Test
    void reaching_a_figure_is_growth() {
        assertThat(ar("قديش متوقع توصل ايرادات سكيل؟").ids(Slot.Type.CONCEPT)).contains("growth");
    }

    @Test
    void what_drove_a_party_to_something_asks_why_not_what_it_paid() {
        // دفع with the party after it and "to" a thing is a push; Meta paying is دفعت ميتا
        assertThat(answerer.answer("شو اللي دفع ميتا للاستحواذ على حصة في سكيل؟").text()).doesNotContain("14.8");
    }

    @Test
    void what_drove_google_to_cut_ties_is_answered_with_the_reason() {
        assertThat(answerer.answer("ما الذي دفع جوجل إلى قطع علاقاتها مع سكيل؟").text()).contains("تسرب");
    }

    @Test
    void what_a_party_paid_with_the_verb_agreeing_is_still_a_payment() {
        assertThat(answerer.answer("ما الذي دفعته ميتا لسكيل؟").text()).contains("14.8");
    }

    @Test
    void a_why_about_what_a_payment_was_not_for_is_not_answered_by_the_payment() {
        // Google's $200 million tells what the money was for, not why Google now looks elsewhere
        assertThat(answerer.answer("ليه جوجل بتدور على موردين تانيين غير سكيل؟").text()).doesNotContain("200");
    }

    @Test
    void a_hamza_typed_as_2_in_arabizi_is_read() {
        // "mo2asses" is مؤسس (founder), not مقسس
        assertThat(ask("meen kan el mo2asses bta3 scale ai?").text()).contains("وانغ");
    }

    @Test
    void the_founder_of_a_company_the_article_does_not_found_is_still_declined_in_arabizi() {
        assertThat(ask("meen mo2asses openai?").answered()).isFalse();
    }

    @Test
    void a_first_long_i_in_arabizi_is_read() {
        // "iradat" is إيرادات (revenue)
        assertThat(ask("kam kanet el iradat bta3et scale fi 2024?").text()).contains("870");
    }

    @Test
    void revenue_of_another_company_or_year_in_arabizi_is_still_declined() {
        assertThat(ask("kam kanet iradat google fi 2024?").answered()).isFalse();
        assertThat(ask("kam kanet iradat scale fi 2019?").answered()).isFalse();
    }

    @Test
    void the_iraqi_with_is_with() {
        assertThat(ar("قطعت علاقتها ويا سكيل").normalized()).contains("مع سكيل");
    }

    @Test
    void the_spoken_plural_of_customer_is_customers() {
        assertThat(ar("مين الزباين اللي تركوا سكيل؟").normalized()).contains("العملاء");
    }

    @Test
    void the_spoken_to_stay_is_to_remain() {
        assertThat(ar("وانغ بيظل في سكيل؟").normalized()).contains("يبقي");
    }

    @Test
    void the_maghrebi_stopped_is_stopped() {
        assertThat(ar("جوجل حبسات الخدمة مع سكيل").normalized()).contains("اوقفت");
    }

    @Test
    void whom_someone_is_under_the_supervision_of_asks_who() {
        // "under whose supervision": من last after إشراف is whom, not "from"
        assertThat(ar("وانغ هيكون تحت إشراف مين؟").intent()).isEqualTo(Intent.WHO);
    }

    @Test
    void under_whose_supervision_is_answered() {
        assertThat(ask("وانغ هيكون تحت إشراف مين؟").text()).contains("زوكربيرغ");
    }

    @Test
    void under_whose_supervision_at_another_company_is_still_declined() {
        assertThat(ask("وانغ هيكون تحت إشراف مين في جوجل؟").answered()).isFalse();
    }
}
