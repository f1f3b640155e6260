package dev.safqa.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    @Test
    void arabic_question_with_latin_names_is_arabic() {
        assertThat(LanguageDetector.detect("كم استثمرت ميتا في Scale AI؟")).isEqualTo(Language.AR);
    }

    @Test
    void english_question_with_an_arabic_name_is_english() {
        assertThat(LanguageDetector.detect("How much did ميتا invest in Scale AI?")).isEqualTo(Language.EN);
    }

    @Test
    void a_long_latin_name_does_not_outweigh_a_short_arabic_question() {
        assertThat(LanguageDetector.detect("Alexandr Wang كم عمره؟")).isEqualTo(Language.AR);
        assertThat(LanguageDetector.detect("Gemini منافس لأي نموذج؟")).isEqualTo(Language.AR);
    }

    @Test
    void text_without_letters_has_no_language() {
        assertThat(LanguageDetector.detectLetters("14.8 ? 🙂")).isEmpty();
    }

    @Test
    void language_codes_with_regions_are_read() {
        assertThat(Language.fromCode("ar-EG")).contains(Language.AR);
        assertThat(Language.fromCode("EN_us")).contains(Language.EN);
        assertThat(Language.fromCode("fr")).isEmpty();
    }
}
