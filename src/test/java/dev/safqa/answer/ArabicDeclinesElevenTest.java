package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Arabic questions the article answers that were declined (or answered with the wrong fact) for a
 * word or a form the reader did not know: spoken verbs, a vocative, a year's name. One phenomenon
 * per assertion; the questions are written from the article, not taken from the evaluation sets.
 */
class ArabicDeclinesElevenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    private static ParsedQuestion ar(String q) {
        return new QuestionReader(TestKnowledge.index(), Scoring.standard()).read(q, dev.safqa.text.Language.AR);
    }

    @Test
    void to_take_over_a_company_asks_its_successor_not_the_one_who_left() {
        // تولى is "take over": the founder held the post until the deal, Droege holds it from then on
        assertThat(ask("من سيتولى منصب وانغ في سكيل؟").text()).contains("درويج");
        assertThat(ask("مين رح يتولى الشركة بعد ما يمشي مؤسسها؟").text()).doesNotContain("لينضم إلى ميتا");
    }

    @Test
    void what_a_named_person_takes_on_is_not_who_takes_his_post() {
        assertThat(ask("وانغ رح يتولى شو بعد ما يترك سكيل؟").text()).doesNotContain("درويج");
    }

    @Test
    void the_spoken_to_take_hold_of_a_company_when_its_founder_leaves_asks_his_successor() {
        assertThat(ask("منو رح يمسك الشركة بعد ما يطلع وانغ؟").text()).contains("درويج");
    }
}
