package dev.safqa.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpellerTest {
    private static Speller speller() {
        Speller s = new Speller();
        s.addTarget("investment", false);
        s.addTarget("scale", false);
        s.addTarget("wang", true);
        s.addTarget("زوكربيرغ", true);
        s.add("عملته");
        return s;
    }

    @Test
    void one_edit_typos_are_corrected_to_lexicon_words() {
        assertThat(speller().correct("investmnet")).isEqualTo("investment");   // swapped letters
        assertThat(speller().correct("scael")).isEqualTo("scale");             // swapped letters
        assertThat(speller().correct("wnag")).isEqualTo("wang");               // short name
        assertThat(speller().correct("زوكربيرج")).isEqualTo("زوكربيرغ");         // one letter changed
    }

    @Test
    void a_typo_met_only_in_an_alternate_question_is_still_corrected_to_the_name_it_misspells() {
        Speller s = speller();
        s.addAsked("wnag");          // "how old is wnag?", written with its typo on purpose
        assertThat(s.correct("wnag")).isEqualTo("wang");
    }

    @Test
    void a_word_met_only_in_an_alternate_question_is_not_corrected_to_another_word() {
        Speller s = speller();
        s.addAsked("scalr");
        assertThat(s.correct("scalr")).isEqualTo("scalr");     // no name: known as written
    }

    @Test
    void an_arabic_word_met_only_in_an_alternate_question_is_not_taken_for_a_name() {
        Speller s = speller();
        s.addAsked("زوكربيرج");
        assertThat(s.correct("زوكربيرج")).isEqualTo("زوكربيرج");
    }

    @Test
    void known_words_and_short_words_are_left_alone() {
        assertThat(speller().correct("عملته")).isEqualTo("عملته");            // known, not a typo of anything
        assertThat(speller().correct("sale")).isEqualTo("sale");               // too short to correct safely
        assertThat(speller().correct("microsoft")).isEqualTo("microsoft");     // nothing near
    }

    @Test
    void an_arabic_letter_is_only_taken_for_a_typo_of_one_that_looks_or_sounds_alike() {
        assertThat(Speller.plausibleTypo("سيرفع", "سيدفع")).isFalse();      // ر for د makes another word
        assertThat(Speller.plausibleTypo("زوكربيرج", "زوكربيرغ")).isTrue();  // ج and غ both write a foreign g
        assertThat(Speller.plausibleTypo("استثمرت", "استثمره")).isTrue();    // ت and ة/ه
        assertThat(Speller.plausibleTypo("investmnet", "investment")).isTrue(); // Latin: any one edit
    }

    @Test
    void a_foreign_name_spelt_with_other_vowels_and_another_g_is_the_name() {
        Speller s = speller();
        s.addNameSpelling("زوكربيرغ", "zuckerberg");
        s.addNameSpelling("بلومبرغ", "bloomberg");
        assertThat(s.correct("زاكربيرك")).isEqualTo("زوكربيرغ");     // two edits: ا for و, ك for غ
        assertThat(s.correct("زكربيرق")).isEqualTo("زوكربيرغ");      // vowel dropped, ق for غ
        assertThat(s.correct("بلمبيرج")).isEqualTo("بلومبرغ");
    }

    @Test
    void a_short_skeleton_or_one_two_names_share_corrects_to_neither() {
        Speller s = new Speller();
        s.addNameSpelling("دروج", "droege");           // skeleton درك: too few letters to stand for a name
        assertThat(s.correct("داريك")).isEqualTo("داريك");
        s.addNameSpelling("كارلسون", "one");
        s.addNameSpelling("كارلسين", "other");          // the same skeleton, two people
        assertThat(s.correct("كرلسون")).isEqualTo("كرلسون");
        s.addNameSpelling("البيانات", "scale_ai");       // a word of a description, no name
        assertThat(s.correct("البنات")).isEqualTo("البنات");
    }
}
