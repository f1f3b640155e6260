package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Fifteenth round: answerable questions Safqa declined for a dialect word typed in Arabizi that
 * nothing knew.
 */
class DeclinesFifteenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    @Test
    void arabizi_dialect_words_of_and_new() {
        // Gulf "yedeed" (جديد with ي for ج) and Algerian "ta3" (of) were words nothing knew
        Answer ceo = ask("el mudir elyedeed ta3 scale shkoun?");
        assertThat(ceo.text()).contains("درويج");
        // a claim read once ta3 is no word nothing knows: the founder is Wang, not Droege
        Answer founder = ask("droege howa el mo2asses ta3 scale?");
        assertThat(founder.text()).contains("وانغ");
    }
}
