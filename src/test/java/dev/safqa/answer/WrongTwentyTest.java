package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Kinds of wrong answer found by the twentieth red-team set (redteam/wrong20.jsonl) and left in the
 * earlier sets, fixed as kinds and tested in words of our own.
 */
class WrongTwentyTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- a figure claimed in the negative: the fact, with neither "Yes" nor "No" -------------------------

    @Test
    void an_english_negated_claim_whose_figure_agrees_gets_no_yes() {
        assertThat(ask("Meta never agreed to pay $14.8 billion, right?").text())
                .doesNotStartWith("Yes").doesNotStartWith("No").contains("14.8"); // "never" after the subject
    }

    @Test
    void an_english_negated_claim_whose_figure_is_wrong_gets_no_no() {
        assertThat(ask("Meta didn't put 25 billion into Scale, right?").text())
                .doesNotStartWith("No").doesNotStartWith("Yes").contains("14.8"); // true as said: no "No" to deny it
    }

    @Test
    void an_arabic_negated_claim_whose_figure_agrees_gets_no_yes() {
        assertThat(ask("سكيل ما حققت 870 مليون دولار سنة 2024 صح؟").text())
                .doesNotStartWith("نعم").doesNotStartWith("لا").contains("870"); // ما after the subject
    }

    @Test
    void an_arabic_negated_claim_whose_figure_is_wrong_gets_no_no() {
        assertThat(ask("جوجل ما كانت ناوية تدفع 300 مليون لسكيل صح؟").text())
                .doesNotStartWith("لا").doesNotStartWith("نعم").contains("200"); // the Levantine ما
    }

    @Test
    void an_arabizi_negated_claim_gets_neither_yes_nor_no() {
        assertThat(ask("meta ma dafa3etsh 29 milyar sa7?").text())
                .doesNotStartWith("لا").doesNotStartWith("نعم").contains("14.8"); // ma ...sh, read ما
    }

    // ---- an Arabic claim said with its "not", without a figure ------------------------------------------

    @Test
    void an_arabic_negated_claim_the_fact_contradicts_gets_no() {
        assertThat(ask("أوبن إيه آي ما وقفت شغلها مع سكيل صح؟").text()).startsWith("لا،"); // ما before the verb
        assertThat(ask("درويج ما اترقى لمدير تنفيذي صح؟").text()).startsWith("لا،"); // a promotion denied
    }

    // ---- a subtraction of the article's figures: declined --------------------------------------------

    @Test
    void the_difference_between_two_figures_is_one_question_and_declined() {
        assertThat(ask("Tell me the difference between Scale's 2024 revenue and what Google planned to pay").answered())
                .isFalse(); // "and what" closes the "between", no second question
        assertThat(ask("ما الفرق بين إيرادات سكيل في 2024 وما تتوقعه في 2025؟").answered()).isFalse(); // وما after بين
    }

    @Test
    void by_how_much_one_figure_exceeds_another_is_declined() {
        assertThat(ask("By how much does Meta's AI budget this year exceed what it paid for Scale?").answered()).isFalse();
    }

    @Test
    void a_growth_asked_in_dollars_is_declined() {
        assertThat(ask("How much will Scale's revenue increase in 2025 in dollars?").answered()).isFalse(); // a subtraction
        assertThat(ask("كم ستزيد إيرادات سكيل في 2025 بالدولار؟").answered()).isFalse(); // read تزايد
    }
}
