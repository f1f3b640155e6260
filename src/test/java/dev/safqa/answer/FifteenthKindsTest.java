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

    private static final String DECLINE_EN = "The article doesn't say";
    private static final String DECLINE_AR = "لا تذكر المقالة";

    // ---- "as for" is no share ----------------------------------------------------------------------------

    @Test
    void as_for_joined_by_and_asks_no_share() {
        // بالنسبة ل is "as for"; its نسبة is not the share. Alone, it leans on a turn there is not
        assertThat(ask("وبالنسبة له؟").text()).doesNotContain("49");
        assertThat(ask("فبالنسبة لهم؟").text()).doesNotContain("49");
        // ...and what follows it is still read
        assertThat(ask("وبالنسبة لجوجل، كم كانت ستدفع؟").text()).contains("200");
    }

    // ---- advice for the asker -----------------------------------------------------------------------------

    @Test
    void advice_for_the_asker_is_no_fact() {
        assertThat(ask("بتنصحني أشتري حصة بسكيل؟").outcome()).isNotEqualTo(Outcome.ANSWERED);
        assertThat(ask("هل تنصحنا بالاستثمار في ميتا؟").outcome()).isNotEqualTo(Outcome.ANSWERED);
        assertThat(ask("Would you recommend putting money into Scale AI?").outcome()).isNotEqualTo(Outcome.ANSWERED);
        assertThat(ask("Should I invest in Meta after this deal?").outcome()).isNotEqualTo(Outcome.ANSWERED);
    }

    // ---- a rate said with "each" ------------------------------------------------------------------------

    @Test
    void a_sum_for_each_point_or_share_is_a_division_not_quoted() {
        assertThat(ask("قديش دفعت ميتا عن كل واحد بالمية من سكيل؟").text()).startsWith(DECLINE_AR);
        assertThat(ask("كم كلفت كل نقطة مئوية من الحصة؟").text()).startsWith(DECLINE_AR);
        assertThat(ask("كم دفعت ميتا مقابل حصتها؟").text()).contains("14.8");
    }

    // ---- a rank over all time ---------------------------------------------------------------------------

    @Test
    void the_biggest_ever_asked_for_is_not_the_biggest_since_2014() {
        assertThat(ask("Which is the largest purchase Meta has ever made?").text()).startsWith(DECLINE_EN);
        assertThat(ask("شو أضخم صفقة عملتها ميتا على الإطلاق؟").text()).startsWith(DECLINE_AR);
        // asked yes or no, the article's own rank answers, with no "Yes"
        assertThat(ask("Was this the biggest deal in Meta's history?").text()).doesNotStartWith("Yes").contains("2014");
        // the rank the article gives still answers
        assertThat(ask("What is it Meta's biggest deal since?").text()).contains("WhatsApp");
    }

    @Test
    void the_bottom_of_a_rank_is_never_said() {
        assertThat(ask("Who was Scale's least important customer?").text()).startsWith(DECLINE_EN);
        assertThat(ask("Given that Google was Scale's smallest client, why did its exit matter?").text()).startsWith(DECLINE_EN);
        assertThat(ask("مين أصغر عميل عند سكيل؟").text()).startsWith(DECLINE_AR);
    }

    // ---- a when-question that gives its own answer ---------------------------------------------------------

    @Test
    void a_time_asked_within_the_year_the_fact_gives_is_not_told() {
        // the fact's one time is 2025, which the question gives
        assertThat(ask("When during 2025 was Google set to pay Scale?").text()).startsWith(DECLINE_EN);
        assertThat(ask("امتى بالظبط في 2025 كانت جوجل رح تدفع لسكيل؟").text()).startsWith(DECLINE_AR);
        // a fact that answers when itself tells the month
        assertThat(ask("When in 2025 was the agreement announced?").text()).contains("June");
    }

    // ---- a role said as someone's -----------------------------------------------------------------------

    @Test
    void a_role_said_as_one_persons_is_not_told_by_anothers_post() {
        // the founder of Facebook is asked of; Wang's new post names Zuckerberg only as his superior
        assertThat(ask("What did Zuckerberg do for a living before he started Facebook?").text()).doesNotContain("superintelligence");
        assertThat(ask("What was Zuckerberg's job before he started Facebook?").text()).startsWith(DECLINE_EN);
        // one's own post still answers
        assertThat(ask("What's Droege's job now?").text()).contains("CEO");
    }

    // ---- taking someone's place ---------------------------------------------------------------------------

    @Test
    void taking_someones_place_is_succeeding_him() {
        assertThat(ask("who will take Wang's place?").text()).contains("Droege");
        assertThat(ask("who's taking the founder's place at Scale?").text()).contains("Droege");
    }

    // ---- what people are paid ----------------------------------------------------------------------------

    @Test
    void the_pay_of_people_is_not_a_sum_paid_to_a_company() {
        // Google's $200 million goes to Scale, not to the labellers
        assertThat(ask("how much are the human teachers paid?").text()).doesNotContain("200");
        assertThat(ask("how much do those experts get paid per task?").text()).doesNotContain("200");
        // a company paid is still told
        assertThat(ask("how much was Scale going to get paid by Google?").text()).contains("200");
    }

    // ---- one event told in several sentences ---------------------------------------------------------------

    @Test
    void whether_an_event_told_by_several_facts_happened_is_answered() {
        // Wang's move is told four times (he leaves, joins Meta, heads its team, Scale announced it):
        // each took the others for doubt, and "is he leaving?" was declined
        assertThat(ask("Is Alexandr Wang leaving Scale?").text()).startsWith("Yes");
        assertThat(ask("هل سيترك وانغ سكيل؟").text()).doesNotStartWith(DECLINE_AR).contains("وانغ");
        // ...but not a "not": the facts say the opposite of what is asked
        assertThat(ask("Wang isn't leaving Scale, right?").text()).doesNotStartWith("Yes");
        // ...nor a claim of something else
        assertThat(ask("Is Wang leaving Scale to join Google?").text()).doesNotStartWith("Yes");
    }
}
