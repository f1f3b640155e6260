package dev.safqa.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the index's analyzers, which know the knowledge's words, read Arabic words: one phenomenon per assertion. */
class ReadingTest {
    private static final FactIndex INDEX = TestKnowledge.index();

    private static Set<String> forms(String word) {
        return Terms.positions(INDEX.phraseAnalyzer(), word).get(0);
    }

    @Test
    void a_word_that_starts_like_a_proclitic_is_never_split() {
        assertThat(forms("وانغ")).containsExactly("وانغ");            // Wang: و is part of the name
        assertThat(forms("وقفت")).containsExactly("وقفت");            // "stopped": قفت is no word
        assertThat(forms("بيانات")).doesNotContain("يانات");          // "data": يانات is no word
    }

    @Test
    void a_proclitic_is_split_off_when_the_rest_is_a_known_word() {
        assertThat(forms("لوانغ")).contains("لوانغ", "وانغ");         // ل + Wang
        assertThat(forms("وميتا")).contains("ميتا");                  // و + Meta
        assertThat(forms("لإنفاقه")).contains("انفاق");               // ل + إنفاق + the pronoun suffix
    }

    @Test
    void a_pronoun_suffix_is_split_off_when_the_rest_is_a_known_word() {
        assertThat(forms("ايراداتهم")).contains("ايراد");             // their revenue: إيرادات, stemmed
    }

    @Test
    void a_pronoun_suffix_after_t_leaves_the_noun_with_its_ta_marbuta() {
        assertThat(forms("حصتهم")).contains("حص");                   // their stake: حصة, folded and stemmed
    }

    @Test
    void a_known_word_that_ends_like_a_pronoun_is_never_split() {
        assertThat(forms("شركه")).containsExactly("شرك");             // a company (stemmed), no "her شرك" beside it
    }

    @Test
    void spoken_question_words_read_as_standard_ones() {
        assertThat(Dialect.words("قديش دفعت ميتا")).startsWith("كم");      // Levantine
        assertThat(Dialect.words("شحال خلصات ميتا")).startsWith("كم");      // Maghrebi
        assertThat(Dialect.words("ليش قطعت جوجل")).startsWith("لماذا");     // Levantine and Gulf
        assertThat(Dialect.words("مين الرئيس")).startsWith("من");           // Levantine and Egyptian
    }

    @Test
    void alternate_questions_are_retrieved_for_their_fact() {
        List<FactIndex.Hit> hits = INDEX.search(
                Terms.positions(INDEX.analyzer(), AlternateQuestions.normalise("how much did they shell out")),
                Set.of(), Set.of(), 5);
        assertThat(hits).extracting(h -> h.profile().fact().id()).contains("deal-investment");
    }

    @Test
    void the_nearest_alternate_question_of_a_fact_is_found_whatever_the_case_and_spacing() {
        var terms = AlternateQuestions.terms(INDEX.phraseAnalyzer(), "HOW MUCH did  they pay");
        var grams = AlternateQuestions.grams(AlternateQuestions.normalise("HOW MUCH did  they pay"));
        assertThat(INDEX.alternates().nearest("deal-investment", INDEX.alternates().prepare(terms, grams), null).cosine()).isGreaterThan(0.9);
    }

    @Test
    void the_dot_products_summed_once_are_the_merged_ones_to_the_last_bit() {
        for (String q : List.of("how much did meta pay for scale", "كم صارت قيمة سكيل بعد الصفقة؟", "who runs scale ai now?")) {
            var terms = AlternateQuestions.terms(INDEX.phraseAnalyzer(), q);
            var prepared = INDEX.alternates().prepare(terms, AlternateQuestions.grams(AlternateQuestions.normalise(q)));
            assertThat(prepared.dots()).isNotNull();
            var merged = new AlternateQuestions.Prepared(prepared.terms(), prepared.weights(), prepared.norm(), prepared.grams(),
                    prepared.gramCount(), null);
            for (var f : INDEX.knowledge().facts()) {
                assertThat(INDEX.alternates().nearest(f.id(), prepared, null)).as(q + " / " + f.id())
                        .isEqualTo(INDEX.alternates().nearest(f.id(), merged, null));
                assertThat(INDEX.alternates().nearestCosine(f.id(), prepared, null)).as(q + " / " + f.id())
                        .isEqualTo(INDEX.alternates().nearestCosine(f.id(), merged, null));
            }
        }
    }

    @Test
    void the_cosine_alone_is_the_nearest_alternate_questions_cosine() {
        var terms = AlternateQuestions.terms(INDEX.phraseAnalyzer(), "what did the deal cost meta");
        var prepared = INDEX.alternates().prepare(terms, AlternateQuestions.grams(AlternateQuestions.normalise("what did the deal cost meta")));
        assertThat(INDEX.alternates().nearestCosine("deal-valuation", prepared, null))
                .isEqualTo(INDEX.alternates().nearest("deal-valuation", prepared, null).cosine());   // a refused fact's margin
    }

    @Test
    void the_facts_that_state_a_figure_are_found_by_its_value() {
        assertThat(INDEX.factsStating("29")).extracting(f -> f.id()).contains("deal-valuation");   // the valuation
        assertThat(INDEX.factsStating("7")).isEmpty();                                                // a figure nobody states
    }

    @Test
    void what_a_facts_answer_names_is_read_in_the_asked_language() {
        assertThat(INDEX.namedInAnswer(INDEX.knowledge().fact("droege-ceo").orElseThrow(), dev.safqa.text.Language.EN))
                .contains("droege", "ceo");                                                             // a person and a concept
    }

    @Test
    void spoken_verbs_of_working_reporting_and_leaving_read_as_standard_ones() {
        assertThat(Dialect.words("شو رح يشتغل وانغ")).contains("يعمل");             // Levantine شغل: to work
        assertThat(Dialect.words("بيتبع مين")).startsWith("يتبع");                    // بـ of the present tense
        assertThat(Dialect.words("خلاو سكيل")).startsWith("تركوا");                  // Maghrebi خلا: to leave
    }

    @Test
    void what_is_it_doing_in_iraqi_and_maghrebi_reads_as_doing() {
        assertThat(Dialect.words("شنو تسوي ميتا")).startsWith("ما تعمل");         // not "worth" (تسوى)
        assertThat(Dialect.words("شنو كدير ميتا")).startsWith("ما تعمل");         // Maghrebi
    }

    @Test
    void spoken_now_clients_and_exactly_read_as_standard_ones() {
        assertThat(Dialect.words(dev.safqa.text.ArabicText.fold("هسة"))).containsExactly("الان");    // Iraqi "now"
        assertThat(Dialect.words("الكليان")).containsExactly("العملاء");                              // Maghrebi "clients"
        assertThat(Dialect.words("بالظبط")).containsExactly("بالضبط");                               // Egyptian "exactly"
    }

    @Test
    void in_the_first_place_is_no_word_of_its_own() {
        assertThat(Dialect.words(dev.safqa.text.ArabicText.fold("شو يعني تصنيف البيانات أصلاً"))).doesNotContain("اصلا");
    }

    @Test
    void the_gulf_progressive_is_no_word_of_its_own() {
        assertThat(Dialect.words("قاعدين يتركون سكيل")).startsWith("يتركون");
    }

    @Test
    void spoken_which_and_to_whom_read_as_standard_ones() {
        assertThat(Dialect.words("انهي نموذج")).startsWith("اي");                     // Egyptian "which"
        assertThat(Dialect.words("لمين بيتبع")).startsWith("لمن");                    // "to whom"
        assertThat(Dialect.words("بشو رح يشتغل")).startsWith("بما");                  // "in what"
        assertThat(Dialect.words(dev.safqa.text.ArabicText.fold("هلأ"))).containsExactly("الان");   // Levantine "now"
        assertThat(Dialect.words("شكون خلف وانغ")).startsWith("من");                  // Maghrebi "who"
    }

    @Test
    void this_glued_after_a_proclitic_is_read_as_this() {
        assertThat(Dialect.words("شو صار بهالشركه")).containsSubsequence("هذه", "الشركه");   // بهالشركة: in this company
    }

    @Test
    void and_glued_to_a_spoken_question_word_keeps_it() {
        assertThat(Dialect.words("ومين اخد مكانه")).startsWith("ومن");
        assertThat(Dialect.words(dev.safqa.text.ArabicText.fold("وامتى كانت"))).startsWith("ومتي");   // read folded, as questions are
        assertThat(Dialect.words("وانغ")).containsExactly("وانغ");                    // a name that starts with و stays
    }

    @Test
    void the_spoken_future_marker_is_split_off_a_known_verb() {
        assertThat(forms("هتصرف")).contains("تصرف");                   // Egyptian ه + تصرف "will spend"
        assertThat(forms("حيتبع")).contains("يتبع");                   // Levantine ح + يتبع "will report to"
        assertThat(forms("هيكل")).containsExactly("هيكل");             // a word that only starts like it
    }

    @Test
    void and_with_another_proclitic_is_split_off_to_the_bare_word() {
        assertThat(forms("وبميتا")).contains("ميتا");                  // و + ب + Meta, though بميتا is a known word too
    }

    @Test
    void the_possessive_on_manager_reads_as_his_manager() {
        assertThat(Dialect.words("من مديره الجديد")).containsSubsequence("مدير له", "الجديد");   // not "the new manager"
    }

    @Test
    void gulf_doing_after_what_is_not_being_worth() {
        assertThat(Dialect.words("جوجل وش تسوي الحين")).containsSubsequence("ما تعمل", "الان");
        assertThat(Dialect.words("كم تسوي سكيل")).contains("تسوي");   // alone: "is worth"
    }

    @Test
    void egyptian_left_reads_as_left() {
        assertThat(Dialect.words("جوجل سابت سكيل")).contains("تركت");
        assertThat(Dialect.words("وانج هيسيب سكيل")).contains("سيترك");                // and سيب, to leave
    }

    @Test
    void spoken_wanting_reads_as_wanting() {
        assertThat(Dialect.words("قوقل وش كانت تبي")).contains("تريد");       // Gulf تبي
        assertThat(Dialect.words("غوغل شو كان بدها")).contains("تريد");       // Levantine بدها
    }

    @Test
    void the_feminine_progressive_before_a_verb_is_no_word_of_its_own() {
        assertThat(Dialect.words("المختبرات قاعده تنسحب")).containsExactly("المختبرات", "تنسحب");
    }

    @Test
    void the_feminine_progressive_alone_is_a_word() {
        assertThat(Dialect.words("قاعده البيانات")).contains("قاعده");          // a base, a rule
    }

    @Test
    void the_article_glued_to_a_figure_is_no_word_of_its_own() {
        assertThat(Dialect.words(dev.safqa.text.ArabicText.fold("دفعت ميتا بالـ14.8 مليار"))).containsExactly("دفعت", "ميتا", "ب", "14.8", "مليار");
    }

    @Test
    void under_the_hand_of_is_under() {
        assertThat(Dialect.words("حيشتغل تحت ايد مين")).containsSubsequence("تحت", "من").doesNotContain("ايد");
    }

    @Test
    void the_levantine_of_is_no_word_of_its_own() {
        assertThat(Dialect.words("المذكره تبع زوكربيرغ")).containsExactly("المذكره", "زوكربيرغ");   // not تابع, reporting to
    }

    @Test
    void a_phrase_is_read_across_a_future_marker() {
        assertThat(Dialect.words("شنو غادي تدير جوجل")).startsWith("ما تعمل");      // Maghrebi غادي: will
    }
}
