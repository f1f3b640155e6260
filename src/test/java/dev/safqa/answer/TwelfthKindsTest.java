package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Kinds of wrong answer found by the twelfth blind set, fixed as kinds and tested in words of our
 * own.
 */
class TwelfthKindsTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- a first message that leans on a turn that never was ----------------------------------------

    @Test
    void and_a_person_pronoun_with_no_turn_before_asks_who_is_meant() {
        // whoever a fact names would be a guess: the chat has named nobody yet
        Answer a = ask("and what was his job before that?");
        assertThat(a.answered()).isFalse();
        assertThat(a.text()).contains("Who or what do you mean");
        assertThat(ask("وشو كان شغله قبل؟").answered()).isFalse();
    }

    @Test
    void and_her_age_with_no_turn_before_is_not_the_founders_age() {
        assertThat(ask("وقديش عمرها؟").answered()).isFalse();
    }

    @Test
    void and_the_other_one_with_no_turn_before_is_declined() {
        assertThat(ask("and the other one?").answered()).isFalse();
        assertThat(ask("طيب والثانية؟").answered()).isFalse();
        assertThat(ask("وشنو الآخر؟").answered()).isFalse();
    }

    @Test
    void a_continuation_about_the_deals_parties_is_still_answered() {
        // the article is about Meta and Scale AI: "they" and "it" are them
        assertThat(ask("and how much did they pay?").text()).contains("14.8");
        assertThat(ask("وكم قيمتها؟").text()).contains("29");
        assertThat(ask("and the valuation?").text()).contains("29");
    }

    @Test
    void the_same_pronoun_after_a_turn_that_named_someone_is_answered() {
        Answer a = answerer.answer("and how old is he?", null, "Who founded Scale AI?", java.util.List.of("wang-age"));
        assertThat(a.text()).contains("28");
    }

    // ---- "the year that went" is last year, not the plan's 2025 ----------------------------------------

    @Test
    void the_dialects_last_year_is_not_the_year_of_the_plan() {
        // Google's $200 million was planned for 2025, the article's own year
        assertThat(ask("قديش دفعت جوجل لسكيل بالسنة اللي فاتت؟").answered()).isFalse();
        assertThat(ask("شحال خلصات جوجل لسكيل العام لي فات؟").answered()).isFalse();
        assertThat(ask("how much was Google paying Scale a year ago?").answered()).isFalse();
    }

    @Test
    void the_plan_for_the_articles_own_year_is_still_answered() {
        assertThat(ask("قديش كانت جوجل ناوية تدفع لسكيل ب 2025؟").text()).contains("200");
    }

    @Test
    void an_age_counted_in_years_is_not_a_year_ago() {
        Answer a = answerer.answer("وشحال عندو من عام؟", null, "شكون غادي يرأس فريق الذكاء الفائق؟", java.util.List.of("wang-superintelligence-team"));
        assertThat(a.text()).contains("28");
    }

    // ---- a person's words or reaction are told only by a fact that tells them -------------------------

    @Test
    void a_persons_reaction_to_his_promotion_is_not_the_promotion() {
        assertThat(ask("كيف كانت ردة فعل درويج على تعيينه؟").answered()).isFalse();
        assertThat(ask("How did Jason Droege respond to being made CEO?").answered()).isFalse();
    }

    @Test
    void what_he_said_in_a_follow_up_is_not_the_fact_about_him() {
        Answer a = answerer.answer("and what did he say when he got the job?", null, "Who took over as Scale's CEO?",
                java.util.List.of("droege-ceo"));
        assertThat(a.answered()).isFalse();
    }

    @Test
    void words_and_feelings_a_fact_tells_are_still_answered() {
        assertThat(ask("what did Zuckerberg write in the memo?").text()).contains("superintelligence");
        assertThat(ask("how did Zuckerberg take the rivals pulling ahead?").text()).containsIgnoringCase("frustrat");
    }

    // ---- a post claimed for the wrong person: the "No" says whose post it is --------------------------

    @Test
    void a_post_claimed_for_the_founder_at_meta_names_metas_ceo() {
        Answer a = ask("so Wang runs Meta as its chief executive now?");
        assertThat(a.text()).startsWith("No").contains("Zuckerberg");
        assertThat(a.citations()).hasSize(2);
    }

    @Test
    void the_same_claim_in_arabic_names_metas_ceo() {
        assertThat(ask("وانغ صار المدير التنفيذي لميتا، صح؟").text()).startsWith("لا").contains("زوكربيرغ");
    }

    // ---- a figure in a world that did not happen ---------------------------------------------------------

    @Test
    void what_meta_would_have_paid_for_all_of_scale_is_not_what_it_paid() {
        assertThat(ask("if Meta had taken the whole of Scale, what would the price have been?").answered()).isFalse();
        assertThat(ask("لو ميتا خدت سكيل كلها كانت حتدفع قديش؟").answered()).isFalse();
    }

    @Test
    void please_in_arabic_is_no_condition() {
        assertThat(ask("لو سمحت قديش دفعت ميتا بسكيل؟").text()).contains("14.8");
    }

    // ---- a follow-up of a letter or two is in the chat's language -----------------------------------------

    @Test
    void a_follow_up_of_one_letter_after_arabizi_is_answered_in_arabic() {
        Answer a = answerer.answer("w 2024?", null, "el valuation bta3 scale kam?", java.util.List.of());
        assertThat(a.language()).isEqualTo(dev.safqa.text.Language.AR);
    }

    @Test
    void the_same_after_english_is_answered_in_english() {
        Answer a = answerer.answer("w 2024?", null, "what was scale's revenue in 2025?", java.util.List.of());
        assertThat(a.language()).isEqualTo(dev.safqa.text.Language.EN);
    }

    @Test
    void a_follow_up_of_one_letter_after_arabizi_remembered_in_arabic_letters_is_arabic() {
        // the chat keeps its last question as understood: "scale valuation كم?"
        Answer a = answerer.answer("w 2024?", null, "scale revenue 2025 كم?", java.util.List.of());
        assertThat(a.language()).isEqualTo(dev.safqa.text.Language.AR);
    }

    // ---- "he has N years" is an age claimed -------------------------------------------------------------

    @Test
    void an_age_claimed_as_years_he_has_gets_no_with_the_age() {
        assertThat(ask("المؤسس عنده 41 سنة صح؟").text()).startsWith("لا").contains("28");
        assertThat(ask("ألكسندر عنده 35 سنة صح؟").text()).startsWith("لا").contains("28");
        assertThat(ask("wang 3ando 19 sana, sa7?").text()).contains("28");
    }

    // ---- the difference between two figures is a figure the article never states ----------------------

    @Test
    void the_difference_between_two_of_the_articles_figures_is_declined() {
        assertThat(ask("how big is the difference between Scale's revenue last year and this year's forecast?").answered()).isFalse();
        assertThat(ask("شو الفرق بين تقييم سكيل والمبلغ اللي حطته ميتا؟").answered()).isFalse();
    }

    // ---- OpenAI's Arabic name is a name, not "open what AI" -------------------------------------------

    @Test
    void what_openai_paid_is_not_what_meta_paid() {
        // إيه (what) inside أوبن إيه آي was read as a question word, and the question as Meta's payment
        assertThat(ask("وقديش دفعت أوبن إيه آي لسكيل؟").answered()).isFalse();
        assertThat(ask("هل أوبن إيه آي وقفت شغلها مع سكيل بسبب صفقة ميتا بس؟").text()).startsWith("لا");
    }

    @Test
    void egyptian_tab_so_is_no_word_the_article_lacks() {
        Answer a = answerer.answer("طب هو عنده كام سنة؟", null, "مين مؤسس سكيل؟", java.util.List.of("wang-age"));
        assertThat(a.text()).contains("28");
    }

    // ---- "the last deal this big" turns the chat to another deal ---------------------------------------

    /** The last of several turns, each asked after the ones before as a chat asks them. */
    private Answer turns(String... asked) {
        return Chats.last(answerer, asked);
    }

    @Test
    void what_was_paid_for_the_last_deal_this_big_is_not_this_deals_sum() {
        // the turn about the earlier deal is declined; "it" is that deal, not the one answered before
        assertThat(turns("قديش دفعت ميتا لسكيل؟", "وشو آخر صفقة من هالحجم عملتها ميتا؟", "وقديش دفعت فيها؟").answered()).isFalse();
    }

    @Test
    void after_a_turn_that_stays_on_the_deal_its_sum_is_still_told() {
        assertThat(turns("قديش دفعت ميتا لسكيل؟", "وكم كانت قيمة سكيل؟", "وقديش دفعت فيها؟").text()).contains("14.8");
    }

    // ---- a figure of no kind read still frames what a claim asks -------------------------------------

    @Test
    void a_bonus_asked_of_the_28_year_old_founder_gets_no_yes() {
        // "28-year-old" reads as a figure of no kind; the age agrees, the bonus is no word of the article
        assertThat(ask("Was the 28-year-old founder handed a golden parachute?").text()).doesNotStartWith("Yes");
    }
}
