package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups of the sixteenth round (conversations): a follow-up that asks for more than the last
 * answer told (the others, a name, who a group is) is not answered by telling that answer again.
 */
class FollowUpSixteenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    /** The last of several turns, each asked after the ones before as a chat asks them. */
    private Answer turns(String... asked) {
        return Chats.last(answerer, asked);
    }

    // ---- "the others": beside every one the chat named, which a fact naming only those does not tell

    @Test
    void the_others_after_the_labs_that_left_are_not_told_by_the_same_fact() {
        // "Google, OpenAI and other major AI labs": the others are not named
        Answer a = turns("Which AI labs stopped working with Scale?", "what about the others?");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    @Test
    void who_the_others_were_is_declined_in_english() {
        Answer a = turns("Which AI labs stopped working with Scale?", "who were the others?");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    @Test
    void arabic_others_beside_two_companies_named_turns_apart_are_declined() {
        // Google named three turns before, OpenAI in the last: "besides those two" sets aside both
        Answer a = turns("لماذا أوقفت جوجل عملها مع سكيل؟", "وكم كانت ستدفع لها؟", "وهل أوقفت OpenAI عملها أيضا؟",
                "وغيرهما من المختبرات؟");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    @Test
    void arabic_others_beside_the_two_labs_the_answer_named_are_declined() {
        Answer a = turns("لماذا قطعت المختبرات علاقتها بسكيل؟", "وغيرهما؟");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    // ---- a group a fact speaks of only in general (pins: unnamed): who its members are is not told

    @Test
    void who_the_alternative_providers_are_is_declined() {
        Answer a = answerer.answer("and who are the alternative providers?");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    @Test
    void arabic_who_the_substitute_suppliers_are_is_declined() {
        Answer a = answerer.answer("من هم المزودون البدلاء؟");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    @Test
    void who_is_looking_for_other_suppliers_is_still_google() {
        // the one looking is named: the group is only what it looks for
        Answer a = answerer.answer("Who is looking for alternative suppliers?");
        assertThat(a.answered()).as(a.text()).isTrue();
        assertThat(a.text()).contains("Google");
    }

    // ---- "name them", "اذكرها": a name the last answer did not give

    @Test
    void name_them_after_the_spending_fact_is_declined() {
        // "huge data centers": none is named
        Answer a = turns("How will Meta use its AI budget?", "name them");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    @Test
    void arabic_name_it_after_what_meta_will_spend_on_is_declined() {
        Answer a = turns("على ماذا ستنفق ميتا 65 مليار؟", "سمّها");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    // ---- someone's reply: the article reports none, and the words it gives of him answer no one

    @Test
    void what_zuckerberg_said_in_reply_to_the_labs_is_not_his_memo() {
        Answer a = turns("لماذا قطعت جوجل علاقتها بسكيل؟", "وماذا قال زوكربيرغ ردا على ذلك؟");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    @Test
    void a_spoken_arabic_reply_asked_after_openai_left_is_declined() {
        Answer a = turns("ليش تركت OpenAI سكيل؟", "وزوكربيرغ شو قال رداً عليهم؟");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    @Test
    void whom_he_replied_to_in_the_memo_is_declined() {
        Answer a = turns("What did Zuckerberg write in the memo?", "who did he reply to?");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    @Test
    void how_a_company_responded_is_still_what_it_did() {
        // Google's response is an act the article tells, no words of its
        Answer a = answerer.answer("How did Google respond to the deal?");
        assertThat(a.answered()).as(a.text()).isTrue();
        assertThat(a.text()).contains("Google");
    }

    // ---- a model planned after the one the chat is on is another one

    @Test
    void the_next_model_after_llama_4_is_not_llama_4_again() {
        // Behemoth, or a decline: never Llama 4's reception told again
        Answer a = turns("متى طرحت ميتا نماذج Llama 4؟", "وما الموديل اللي كانت ناوية عليه بعده؟");
        assertThat(a.facts()).as(a.text()).doesNotContain("llama4-reception");
    }

    @Test
    void the_next_model_in_arabic_after_llama_4_s_reception_is_not_llama_4() {
        Answer a = turns("كيف استقبل المطورون لاما 4؟", "والنموذج التالي؟");
        assertThat(a.facts()).as(a.text()).doesNotContain("llama4-reception");
    }

    // ---- "did it say why?": the reason the one the chat is on gave, in its own words

    @Test
    void whether_openai_explained_is_what_openai_said() {
        // not the fact just told ("has also started ending its work"), which gives no reason of its own
        Answer a = turns("What did OpenAI do after the deal?", "did they explain why?");
        assertThat(a.facts()).as(a.text()).containsExactly("openai-already-winding-down");
    }

    @Test
    void arabic_whether_openai_mentioned_the_reason_is_what_it_announced() {
        Answer a = turns("ماذا فعلت OpenAI بعد الصفقة؟", "وذكرت السبب؟");
        assertThat(a.facts()).as(a.text()).containsExactly("openai-already-winding-down");
    }

    @Test
    void whether_google_said_why_is_declined_when_no_words_of_google_are_given() {
        // the article gives its own reason for the labs leaving, no statement of Google's
        Answer a = turns("Why did Google cut ties with Scale?", "did it say why?");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    // ---- what the article gives only of Scale AI, asked after a turn that named Meta

    @Test
    void the_whole_company_s_worth_after_meta_s_payment_is_scale_s_valuation() {
        Answer a = turns("How much did Meta spend on the deal?", "and so what is the entire company worth?");
        assertThat(a.answered()).as(a.text()).isTrue();
        assertThat(a.facts()).containsExactly("deal-valuation");
    }

    @Test
    void the_founder_s_age_in_arabic_after_meta_s_payment_is_wang_s() {
        Answer a = turns("قديش حطت ميتا؟", "وكم عمر المؤسس؟");
        assertThat(a.facts()).as(a.text()).containsExactly("wang-age");
    }

    @Test
    void the_revenue_after_meta_s_own_spending_is_still_declined() {
        // the last answer told only of Meta: Scale's revenue would be another's
        Answer a = turns("How much does Meta plan to spend on AI?", "and the revenue?");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    // ---- "back to X": a question of its own

    @Test
    void going_back_to_scale_reads_its_on_its_own() {
        // "its" is Scale, which the question names, not Zuckerberg whom the last turn was about
        Answer a = turns("What did Zuckerberg write in his memo?", "back to Scale: what's its 2024 revenue?");
        assertThat(a.facts()).as(a.text()).containsExactly("revenue-2024");
    }

    @Test
    void going_back_in_arabic_reads_the_question_on_its_own() {
        Answer a = turns("ما الذي يحبط زوكربيرغ؟", "طيب نرجع لسكيل، كم قيمتها؟");
        assertThat(a.facts()).as(a.text()).containsExactly("deal-valuation");
    }

    @Test
    void a_bare_age_after_who_leads_meta_s_team_is_that_leader_s_age() {
        // Wang, whom the who-question was answered with; Meta, which it named, has no age
        Answer a = turns("Who will run Meta's new superintelligence group?", "age?");
        assertThat(a.facts()).as(a.text()).containsExactly("wang-age");
    }
}
