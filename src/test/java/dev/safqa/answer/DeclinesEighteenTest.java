package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Answerable questions Safqa declined, and messages it answered that ask nothing (the eighteenth
 * round's declines), fixed as kinds and tested in words of our own.
 */
class DeclinesEighteenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- facts that tell no place are no doubt about the one that does -------------------------------

    @Test
    void a_where_question_is_not_doubted_by_facts_that_tell_no_place() {
        // Wang's age and his leaving tell no place; the fact that he joins Meta does
        assertThat(ask("where is the founder going?").text()).contains("Meta");
    }

    @Test
    void a_spoken_where_question_is_not_doubted_by_facts_that_tell_no_place() {
        assertThat(ask("لوين رايح ألكسندر وانغ؟").text()).contains("ميتا");
    }
}
