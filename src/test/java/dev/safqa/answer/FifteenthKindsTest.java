package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Kinds of wrong answer found by the fifteenth blind set (unseen/fifteenth.jsonl) and the wrong
 * answers left from earlier sets, fixed as kinds and tested in words of our own.
 */
class FifteenthKindsTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- a foreign name spelt another way in Arabic script ----------------------------------------------

    @Test
    void a_name_spelt_with_other_vowels_and_another_g_is_read_as_the_name() {
        // زاكربيرك is two edits from زوكربيرغ: the vowel and the foreign g
        assertThat(ask("من هو زاكربيرك؟").text()).contains("الرئيس التنفيذي");
        assertThat(ask("شو بيشتغل زكربيرق؟").text()).isEqualTo(ask("شو بيشتغل زوكربيرغ؟").text());
    }
}
