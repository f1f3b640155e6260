package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/** Who holds a post, and when: the article tells who held which post before the deal and who after. */
class PostsTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    @Test
    void a_post_asked_before_the_deal_is_not_answered_by_whoever_holds_it_after() {
        // Droege is CEO from the deal on (pins: from-deal)
        assertThat(ask("who led scale ai as chief executive prior to the meta deal?").text()).doesNotContain("Droege");
    }

    @Test
    void a_post_asked_before_the_deal_is_answered_by_whoever_held_it_then() {
        assertThat(ask("who was Scale's CEO before the investment?").text()).contains("Wang");
    }

    @Test
    void an_arabic_post_asked_before_the_deal_is_answered_by_whoever_held_it_then() {
        assertThat(ask("مين كان المدير التنفيذي لسكيل قبل هالصفقة؟").text()).contains("وانغ").doesNotContain("درويج");
    }

    @Test
    void a_post_asked_now_is_not_answered_by_whoever_held_it_only_up_to_the_deal() {
        // Droege was head of strategy up to the deal; who holds that post now the article does not say
        assertThat(ask("who is Scale AI's strategy chief these days?").answered()).isFalse();
    }

    @Test
    void a_post_asked_now_is_answered_by_whoever_holds_it_from_the_deal() {
        assertThat(ask("who is the chief executive of Scale right now?").text()).contains("Droege");
    }

    @Test
    void a_post_held_up_to_the_deal_still_answers_a_question_before_it() {
        assertThat(ask("Who was the strategy chief at Scale AI prior to the acquisition?").text()).contains("Droege");
    }

    @Test
    void a_post_at_another_company_before_the_deal_is_not_answered_with_scale_ais() {
        assertThat(ask("who was google's chief executive before the deal?").answered()).isFalse();
    }

    @Test
    void a_companys_boss_is_the_one_who_holds_its_top_post() {
        // "boss" is also whom someone reports to; of a company, it is its chief
        assertThat(ask("who's the new boss over at scale ai?").text()).contains("Droege");
    }

    @Test
    void a_persons_boss_is_still_whom_they_report_to() {
        assertThat(ask("who's wang's boss?").text()).contains("Zuckerberg");
    }

    @Test
    void the_boss_of_a_company_no_fact_gives_a_post_at_is_declined() {
        assertThat(ask("who is google's boss?").answered()).isFalse();
    }
}
