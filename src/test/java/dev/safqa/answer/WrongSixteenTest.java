package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Wrong answers to single questions found in the sixteenth round: a figure said loosely ("around",
 * تقريبا) and near the fact's denied as if claimed exactly; a statement asked back in Arabic with a
 * month the fact contradicts restated with no "No"; a bound ("over", "more than half", تعدت) or a
 * share said in words ("a quarter") that the fact's figure falls outside restated as if confirmed;
 * the outlet that saw a memo claimed as the one who wrote it, restated with no "No".
 */
class WrongSixteenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    private static boolean no(Answer a) {
        return a.answered() && a.text().startsWith(Replies.no(a.language()));
    }

    // ---- a figure said loosely, near the fact's, is no "No" -------------------------------------------

    @Test
    void a_price_said_loosely_and_near_the_facts_gets_no_no() {
        Answer a = ask("Did Zuckerberg's company spend roughly 15 billion dollars on the Scale stake?");
        assertThat(no(a)).isFalse();
    }

    @Test
    void a_price_said_loosely_after_the_figure_in_arabic_gets_no_no() {
        Answer a = ask("استثمار ميتا كان 15 مليار دولار تقريبا؟");
        assertThat(no(a)).isFalse();
    }

    @Test
    void a_price_said_loosely_in_arabizi_gets_no_no() {
        Answer a = ask("meta estathmaret ta2riban 15 milyar f scale?");
        assertThat(no(a)).isFalse();
    }

    @Test
    void a_figure_said_loosely_but_far_from_the_facts_is_still_denied() {
        assertThat(no(ask("Scale AI is valued at roughly 40 billion dollars?"))).isTrue();
    }

    // ---- a month asked back in Arabic ------------------------------------------------------------------

    @Test
    void an_arabic_statement_asked_back_with_another_month_gets_no() {
        assertThat(no(ask("ميتا أعلنت الاتفاق مع سكيل في شهر أغسطس؟"))).isTrue();
    }

    @Test
    void an_arabic_statement_asked_back_with_another_launch_month_gets_no() {
        assertThat(no(ask("لاما 4 انطلقت في فبراير؟"))).isTrue();
    }

    // ---- a bound or a share in words that the fact's figure falls outside ------------------------------

    @Test
    void more_than_half_claimed_in_levantine_gets_no() {
        assertThat(no(ask("ميتا عندها أكتر من نص سكيل؟"))).isTrue();
    }

    @Test
    void a_share_in_words_other_than_the_facts_gets_no() {
        assertThat(no(ask("So Meta owns just a third of Scale?"))).isTrue();
    }

    @Test
    void a_sum_claimed_above_a_bound_the_fact_stays_under_gets_no() {
        assertThat(no(ask("Meta is budgeting more than 90 billion dollars for AI infrastructure this year?"))).isTrue();
    }

    @Test
    void a_year_revenue_claimed_past_a_billion_in_arabic_gets_no() {
        assertThat(no(ask("إيرادات سكيل تخطت المليار في 2024؟"))).isTrue();
    }

    @Test
    void a_bound_the_facts_own_bound_may_pass_is_not_denied() {
        // "more than $2 billion" may be more than $2.5 billion
        assertThat(no(ask("Scale expects over 2.5 billion dollars in revenue by the end of 2025?"))).isFalse();
    }

    @Test
    void a_bound_the_facts_figure_is_inside_is_not_denied() {
        assertThat(no(ask("Meta's stake is less than half of Scale?"))).isFalse();
    }

    // ---- the party of one role claimed in another ------------------------------------------------------

    @Test
    void the_outlet_claimed_as_the_memos_writer_gets_no() {
        assertThat(no(ask("Was the memo penned by Bloomberg?"))).isTrue();
    }

    @Test
    void the_outlet_claimed_as_the_memos_writer_in_arabic_gets_no() {
        assertThat(no(ask("هل بلومبرغ هي كاتبة المذكرة الداخلية؟"))).isTrue();
    }

    @Test
    void the_writer_said_to_have_seen_his_own_memo_gets_no_no() {
        assertThat(no(ask("Did Zuckerberg see the memo?"))).isFalse();
    }
}
