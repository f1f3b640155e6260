package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Arabic-script questions the article answers that were declined for a spoken word the reader did
 * not know, or read as another word. One phenomenon per assertion; the questions are written from
 * the article, not taken from the evaluation sets.
 */
class ArabicDeclinesThirteenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    private static ParsedQuestion ar(String q) {
        return Readings.ar(q);
    }

    @Test
    void levantine_that_is_no_word_nothing_knows() {
        assertThat(ar("صح إنو جوجل قطعت علاقتها مع سكيل؟").normalized()).doesNotContain("انو");
    }

    @Test
    void levantine_will_stay_without_its_ya_is_to_stay() {
        assertThat(ar("وانغ بضل رئيس سكيل؟").normalized()).contains("يبقي");
    }

    @Test
    void maghrebi_to_become_is_read_as_become() {
        assertThat(ar("واش درويج غادي يولي المدير التنفيذي ديال سكيل؟").normalized()).contains("يصبح");
    }

    @Test
    void egyptian_not_yet_released_with_its_object_asks_the_delayed_model() {
        assertThat(ar("الموديل الأضخم اللي ميتا مطلعتوش لسه اسمه إيه؟").normalized()).contains("لم تطلق");
        assertThat(ar("شو اسم النموذج اللي ميتا منزلتهوش لحد دلوقتي؟").normalized()).contains("لم تطلق");
    }

    @Test
    void spoken_doing_after_what_is_no_worth() {
        // بتسوي after شو is "is doing", not تسوى "is worth"
        assertThat(ask("ميتا شو بتسوي بالمليارات اللي رح تصرفها هالسنة؟").text()).contains("مراكز بيانات");
    }

    @Test
    void spoken_they_do_is_no_worth() {
        assertThat(ask("بالبداية شو كانوا يسوون بتصنيف البيانات؟").text()).contains("القطط");
    }

    @Test
    void to_rival_as_a_verb_asks_whom_a_model_rivals() {
        // the fact says Gemini is ChatGPT's rival, so rivalry is one of its topics
        assertThat(ask("Gemini بينافس مين؟").text()).contains("ChatGPT");
        assertThat(ask("جيميني تبع جوجل بينافس شو؟").text()).contains("ChatGPT");
    }

    @Test
    void spoken_to_become_a_post_asks_who_holds_it_next_not_who_left_it() {
        // بيصير (will become) before the post is the successor, not the founder leaving it
        assertThat(ask("منو بيصير المدير التنفيذي لسكيل لما يطلع مؤسسها؟").text()).contains("درويج");
    }

    @Test
    void a_preposition_with_its_pronoun_asks_nothing_of_its_own() {
        // معاهم (with them) points at the company the question is about; it is no word nothing knows
        assertThat(ask("واش حتى OpenAI قطعات معاهم من بعد الصفقة؟").text()).contains("OpenAI");
    }

    @Test
    void gulf_yet_is_still_and_they_released_is_a_release() {
        assertThat(ask("النموذج الأقوى ليش ما نزلوه للحين؟").text()).contains("Behemoth");
    }

    @Test
    void the_deal_it_was_compared_with_in_the_passive_asks_the_comparison() {
        assertThat(ask("مع أي صفقة سابقة قورنت صفقة سكيل؟").text()).contains("واتساب");
    }
}
