package dev.safqa.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SafqaAnalyzerTest {
    private static final SafqaAnalyzer ANALYZER = new SafqaAnalyzer();

    /** The main form at each position, as TestArabicAnalyzer's assertAnalyzesTo. */
    private static void assertAnalyzesTo(String text, String... expected) {
        List<String> main = Terms.positions(ANALYZER, text).stream().map(p -> p.iterator().next()).toList();
        assertThat(main).containsExactly(expected);
    }

    private static Set<String> formsOf(String word) {
        return Terms.positions(ANALYZER, word).get(0);
    }

    @Test
    void arabic_words_are_normalised_and_stemmed() {
        assertAnalyzesTo("الاستثمار", "استثمار");                  // definite article
        assertAnalyzesTo("والشركات", "شرك");                        // و + ال + plural suffix
        assertAnalyzesTo("أكبر", "اكبر");                           // hamza on alef
        assertAnalyzesTo("مستشفى", "مستشف");                        // alef maqsura, then suffix ي
        assertAnalyzesTo("يُقيّم", "يقيم");                          // harakat and shadda
        assertAnalyzesTo("كتـــاب", "كتاب");                         // tatweel
    }

    @Test
    void one_letter_proclitics_add_the_bare_word_at_the_same_position() {
        assertThat(formsOf("لوانغ")).contains("لوانغ", "وانغ");      // ل + وانغ
        assertThat(formsOf("بميتا")).contains("ميتا");              // ب
        assertThat(formsOf("ستدفع")).contains("تدفع");              // future س
        assertThat(formsOf("بيانات")).contains("بيان");             // a real word keeps its own form
    }

    @Test
    void digits_in_any_script_and_the_arabic_decimal_separator_meet_ascii() {
        assertAnalyzesTo("١٤٫٨", "14.8");                           // Arabic-Indic with ٫
        assertAnalyzesTo("۲۰۲۴", "2024");                           // Persian digits
    }

    @Test
    void english_is_stemmed_and_filler_dropped() {
        assertAnalyzesTo("How much did Meta invest?", "meta", "invest");
        assertAnalyzesTo("Scale AI's valuation", "scale", "valuat");  // possessive, stop word "ai"
    }

    @Test
    void a_stem_override_keeps_an_agent_noun_apart_from_its_verb() {
        assertAnalyzesTo("reporters", "reporter");                  // not "report", what Wang does to Zuckerberg
        assertAnalyzesTo("reporting", "report");                    // the verb is still stemmed
    }

    @Test
    void an_irregular_english_form_meets_its_base_word() {
        assertAnalyzesTo("paid", "pai");                            // Porter's stem of "pay"
        assertAnalyzesTo("pay", "pai");
        assertAnalyzesTo("bought", "bui");
    }

    @Test
    void arabic_filler_and_question_words_are_dropped() {
        assertAnalyzesTo("كم استثمرت ميتا في سكيل؟", "استثمرت", "ميتا", "سكيل");
    }
}
