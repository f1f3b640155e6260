package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Kinds of wrong answer found by the eleventh blind set (fixed as kinds, in words of our own): a
 * person named only in the scene a question sets is not who it asks about.
 */
class SceneAndAskedTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- the one whose going sets the scene is not who is asked -----------------------------------

    @Test
    void who_takes_scale_after_wang_goes_is_not_answered_with_wangs_own_move() {
        // Levantine: "who will take Scale over once Wang goes?" got Wang heading Meta's team
        Answer a = ask("مين رح يستلم سكيل بعد ما يروح وانغ؟");
        assertThat(a.facts()).noneMatch(f -> f.startsWith("wang-"));
    }

    @Test
    void a_successor_asked_after_a_scene_is_still_the_successor() {
        assertThat(ask("مين بيمسك سكيل بعدما يطلع وانغ؟").facts()).containsExactly("droege-ceo");
    }

    @Test
    void a_person_named_in_the_main_clause_too_is_still_asked_about() {
        // Wang is whom the question is of, not only its scene: whom he reports to is the answer
        assertThat(ask("who will Wang report to now that he is leaving?").text()).contains("Zuckerberg");
    }
}
