package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Kinds of wrong answer found by the fourteenth blind set (unseen/fourteenth.jsonl), fixed as kinds
 * and tested in words of our own.
 */
class FourteenthKindsTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- Arabic numbers in words -----------------------------------------------------------------------

    @Test
    void an_arabic_number_in_words_is_a_figure_claimed() {
        assertThat(NumberWords.digits("الحصة واحد وخمسين بالمية؟")).contains("51");
        assertThat(NumberWords.digits("عمره ثمانية وعشرون عاما")).contains("28");
        assertThat(NumberWords.digits("دفعوا ثلاثة عشر مليار")).contains("13 مليار");
        assertThat(NumberWords.digits("إيرادات ثمانمائة وسبعين مليون")).contains("870 مليون");
        assertThat(NumberWords.digits("كانت ستدفع مائتي مليون")).contains("200 مليون");
    }

    @Test
    void an_arabic_decimal_and_a_sum_of_scales_are_one_figure() {
        assertThat(NumberWords.digits("خمسة عشر فاصل ثلاثة مليار")).contains("15.3 مليار");
        assertThat(NumberWords.digits("خمستاشر مليار وتلتمية مليون")).contains("15.3 مليار");
        assertThat(NumberWords.digits("إيرادات ملياري دولار")).contains("2 مليار");
    }

    @Test
    void an_arabic_unit_alone_is_a_figure_only_before_a_measure() {
        // "ست" is also a lady, "واحد من" one of, "سبع" a lion
        assertThat(NumberWords.digits("ست البيت")).isEqualTo("ست البيت");
        assertThat(NumberWords.digits("واحد من العملاء")).isEqualTo("واحد من العملاء");
        assertThat(NumberWords.digits("سبع سنين")).isEqualTo("7 سنين");
        // the decimal asked, not given: the words stay as they are
        assertThat(NumberWords.digits("خمسة عشر فاصل كم؟")).isEqualTo("خمسة عشر فاصل كم؟");
    }

    @Test
    void a_claim_in_arabic_words_is_checked() {
        assertThat(ask("هل عمر وانغ ثلاثون سنة؟").text()).startsWith("لا").contains("28");
        assertThat(ask("هل دفعت ميتا أربعة عشر فاصل ثمانية مليار دولار؟").text()).startsWith("نعم");
        assertThat(ask("صح إن الحصة تسعة وأربعين في المية؟").text()).startsWith("نعم");
    }

    // ---- a yes borne out though the answer names another first ------------------------------------------

    @Test
    void a_reporting_line_claimed_as_the_fact_pins_it_is_a_yes() {
        // the answer names Zuckerberg first; the claim puts Wang below him, as the fact does
        assertThat(ask("Will Wang answer directly to Zuckerberg?").text()).startsWith("Yes");
        assertThat(ask("Will Zuckerberg report to Wang?").text()).doesNotStartWith("Yes");
    }

    @Test
    void a_slot_claimed_with_the_one_the_fact_gives_is_a_yes() {
        assertThat(ask("Did Bloomberg see Zuckerberg's internal memo?").text()).startsWith("Yes");
        assertThat(ask("Did Zuckerberg see the memo?").text()).doesNotStartWith("Yes");
    }

    @Test
    void one_of_the_biggest_bears_out_a_claim_that_ranks_nothing() {
        // the fact calls Google "one of Scale's biggest customers"; the claim ranks nothing
        assertThat(ask("Did Google end its relationship with Scale after Meta invested?").text()).startsWith("Yes");
        // a rank claimed still needs the fact's "one of"
        assertThat(ask("Was Google Scale AI's top customer?").text()).doesNotStartWith("Yes");
    }

    // ---- a person under another, claimed --------------------------------------------------------------

    @Test
    void working_under_someone_the_fact_does_not_put_above_is_a_no() {
        // the article puts Wang under Zuckerberg; under Droege is claimed
        assertThat(ask("Is Wang going to serve under Jason Droege?").text()).startsWith("No").contains("Zuckerberg");
        assertThat(ask("هل وانغ رح يشتغل تحت درويج؟").text()).startsWith("لا").contains("زوكربيرغ");
    }

    // ---- a sum worked out with "plus" ------------------------------------------------------------------

    @Test
    void a_sum_of_two_figures_said_with_plus_is_declined() {
        assertThat(ask("Meta's payment for the stake plus its AI infrastructure spending comes to what?").answered()).isFalse();
        assertThat(ask("كم يصير استثمار ميتا زائد إنفاقها على البنية التحتية؟").answered()).isFalse();
        // "plus" is no sum when it adds a question
        assertThat(ask("How much did Meta pay for Scale AI?").text()).contains("14.8");
    }

    // ---- the maker of a product the article names -------------------------------------------------------

    @Test
    void the_maker_of_a_named_product_is_that_company_not_the_product() {
        // Gemini and ChatGPT are products the article names; their makers are Google and OpenAI
        QuestionReader reader = new QuestionReader(TestKnowledge.index(), Scoring.standard());
        assertThat(reader.read("Did the ChatGPT maker walk away from Scale?", dev.safqa.text.Language.EN).ids(Slot.Type.ENTITY))
                .contains("openai").doesNotContain("chatgpt");
        assertThat(reader.read("هل كانت الشركة المطورة لجيميني ستدفع لسكيل؟", dev.safqa.text.Language.AR).ids(Slot.Type.ENTITY))
                .contains("google").doesNotContain("gemini");
    }

    // ---- the other guy, with no chat --------------------------------------------------------------------

    @Test
    void the_other_person_asked_first_leans_on_a_turn_there_is_none_of() {
        assertThat(ask("and how old is the other guy?").answered()).isFalse();
        assertThat(ask("what does the second man do now?").answered()).isFalse();
        assertThat(ask("والزلمة التاني شو صار فيه؟").answered()).isFalse();
    }

    // ---- a post claimed for the wrong person: whose post it is ---------------------------------------

    @Test
    void a_post_claimed_for_another_says_who_holds_it_at_the_time_claimed() {
        // Wang held Scale's top post up to the deal, Droege from it: the claim is about now
        assertThat(ask("Mark Zuckerberg is taking over as Scale AI's CEO, isn't he?").text())
                .startsWith("No").contains("Droege");
        assertThat(ask("هل أصبح زوكربيرغ المدير التنفيذي الجديد لسكيل؟").text()).startsWith("لا").contains("درويج");
    }

    // ---- who did NOT --------------------------------------------------------------------------------------

    @Test
    void who_did_not_is_not_answered_by_who_did() {
        assertThat(ask("Which of Scale's customers didn't walk away?").answered()).isFalse();
        assertThat(ask("أي مختبر لم يقطع علاقته مع سكيل؟").answered()).isFalse();
        // a fact that says "not" itself may answer: Behemoth has not come out
        assertThat(ask("Which Meta model hasn't been released?").text()).contains("Behemoth");
    }

    // ---- the doer asked for and never told ---------------------------------------------------------------

    @Test
    void a_verb_with_no_doer_after_an_unanswered_which_company_question_is_declined() {
        // the customer asked for was never told: Meta's $14.8 billion is not what "it" was paying
        Answer a = Chats.last(answerer, "أي عميل كبير قطع علاقته بسكيل؟", "وكم كان سيدفع؟");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    // ---- what someone will lead is no forecast ----------------------------------------------------------

    @Test
    void what_someone_will_lead_is_asked_of_the_article_not_forecast() {
        // the article says Wang will head Meta's new team; "will Meta lead the race?" is a forecast
        assertThat(ask("What will Wang lead at Meta?").text()).contains("superintelligence");
        assertThat(ask("Who founded Scale AI, and what will he lead at Meta?").text()).contains("superintelligence");
        assertThat(ask("Will Google lead the AI race?").answered()).isFalse();
    }
}
