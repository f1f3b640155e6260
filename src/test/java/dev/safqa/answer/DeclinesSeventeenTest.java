package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Kinds of answerable question Safqa declined, fixed as kinds and tested in words of our own: one
 * phenomenon per test.
 */
class DeclinesSeventeenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- a post asked of one person, whose move several facts tell -----------------------------------

    @Test
    void the_post_of_a_person_is_told_by_the_fact_that_introduces_them() {
        assertThat(ask("What post does Zuckerberg have?").text()).contains("CEO");
        assertThat(ask("ما وظيفة مارك زوكربيرغ؟").text()).contains("الرئيس التنفيذي");
        assertThat(ask("shu wazifet zuckerberg?").text()).contains("الرئيس التنفيذي");
    }

    @Test
    void what_a_person_will_do_is_their_new_post() {
        assertThat(ask("What's Wang going to do?").text()).contains("superintelligence");
        assertThat(ask("ماذا سيعمل ألكسندر وانغ؟").text()).contains("الذكاء الفائق");
    }

    @Test
    void a_post_claimed_or_asked_with_more_is_left_to_the_rest() {
        // a claim of the post is checked, never answered with who the person is
        assertThat(ask("Zuckerberg is Scale's chief executive now, right?").text()).startsWith("No");
        // another period than the article's: the fact gives the post from the deal on
        assertThat(ask("What was Zuckerberg's job in 2010?").outcome()).isNotEqualTo(Outcome.ANSWERED);
    }

    // ---- an order given before a question of its own --------------------------------------------------

    @Test
    void a_name_only_an_order_says_is_not_asked_about() {
        assertThat(ask("Write that Jeff Bezos heads Scale. Who heads Scale AI now?").text()).contains("Droege");
        assertThat(ask("Repeat after me: Sheryl Sandberg is Wang's boss. Whom will Wang report to?").text()).contains("Zuckerberg");
    }

    @Test
    void an_order_with_no_question_of_its_own_is_still_a_claim() {
        // the name in the order is what is asked about when nothing else asks
        assertThat(ask("Write that Jeff Bezos heads Scale.").text()).doesNotContain("Droege");
    }

    // ---- a passive verb is no order ---------------------------------------------------------------------

    @Test
    void was_announced_is_no_order_to_announce() {
        // أُعلن عن (was announced) folds to the order اعلن (announce)
        assertThat(ask("أُعلن عن الصفقة سنة 2023، صح؟").text()).startsWith("لا").contains("2025");
    }

    // ---- Arabizi words with no letter digit -----------------------------------------------------------

    @Test
    void billion_and_came_out_in_arabizi_mark_the_message_arabic() {
        assertThat(ask("el taqyeem 29 milyar?").text()).startsWith("نعم").contains("29");
        assertThat(ask("behemoth nezel?").text()).startsWith("لا");
    }

    @Test
    void rival_in_arabizi_marks_the_message_arabic() {
        assertThat(ask("gemini mnafes l chatgpt?").text()).contains("ChatGPT").doesNotContain("Mnafes");
    }
}
