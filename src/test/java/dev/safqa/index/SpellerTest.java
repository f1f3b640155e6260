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
}
