package dev.safqa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConversationEvaluationTest {
    @Test
    void an_arabizi_turn_of_an_arabic_conversation_expects_arabic() {
        assertThat(ConversationEvaluation.languageOf("w 3omro kam?", "ar", null)).isEqualTo("ar");
    }

    @Test
    void an_english_turn_of_an_arabic_conversation_expects_english() {
        assertThat(ConversationEvaluation.languageOf("and what about Google?", "ar", "ar")).isEqualTo("en");
    }

    @Test
    void a_turn_of_an_english_conversation_expects_the_language_of_its_letters() {
        assertThat(ConversationEvaluation.languageOf("w 3omro kam?", "en", null)).isEqualTo("en");
        assertThat(ConversationEvaluation.languageOf("كم عمره؟", "en", "en")).isEqualTo("ar");
    }

    @Test
    void a_turn_of_a_letter_or_two_expects_the_language_of_the_turn_before() {
        assertThat(ConversationEvaluation.languageOf("w f 2025?", "ar", "ar")).isEqualTo("ar");
        assertThat(ConversationEvaluation.languageOf("w 2025?", "en", "en")).isEqualTo("en");
    }
}
