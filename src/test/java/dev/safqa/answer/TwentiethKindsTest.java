package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import dev.safqa.conversation.Conversation;
import dev.safqa.conversation.Turn;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kinds of wrong answer found by the nineteenth blind set (unseen/nineteenth.jsonl and its
 * conversations), fixed as kinds and tested in words of our own.
 */
class TwentiethKindsTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    /** Each message of one chat, in turn; the replies' text. */
    private static List<String> chat(String... messages) {
        Conversation c = Conversation.builder(TestKnowledge.answerer(), () -> TestKnowledge.index().knowledge()).build();
        List<String> out = new ArrayList<>();
        for (String m : messages) {
            out.add(c.handle(Turn.privateMessage("telegram", "7", m)).plain());
        }
        return out;
    }

    // ---- a view asked reads like a claim, and gets no "No" ----------------------------------------------

    @Test
    void a_forecast_of_someone_succeeding_is_an_opinion_not_a_succession_claim() {
        assertThat(ask("do you reckon Wang will succeed at Meta?").answered()).isFalse();
        assertThat(ask("Will Wang do well there?").answered()).isFalse();
        // succeeding someone is still the succession the article tells
        assertThat(ask("Will Droege succeed Wang?").text()).contains("Droege");
    }

    @Test
    void whether_a_party_will_catch_up_or_win_is_a_forecast() {
        assertThat(ask("will google ever catch up?").answered()).isFalse();
        assertThat(ask("هل ستنجح ميتا في السباق؟").answered()).isFalse();
    }

    @Test
    void an_unreleased_model_graded_against_another_is_a_forecast() {
        assertThat(ask("will Behemoth be better than Gemini?").answered()).isFalse();
        assertThat(ask("behemoth hayb2a a7san men gemini?").answered()).isFalse();
        assertThat(ask("هل سيكون Behemoth أقوى من Gemini؟").answered()).isFalse();
    }

    @Test
    void a_valuation_called_inflated_is_a_verdict_asked() {
        assertThat(ask("هل قيمة سكيل مبالغ فيها؟").answered()).isFalse();
        assertThat(ask("is Scale's $29B valuation inflated?").answered()).isFalse();
        // the valuation itself is still told
        assertThat(ask("كم قيمة سكيل؟").text()).contains("29");
    }

    // ---- names the article never mentions ------------------------------------------------------------

    @Test
    void a_capitalised_name_is_no_typo_of_a_common_word() {
        // "Surge" is one letter from "sure": a name, not a typo
        Answer a = ask("What does Surge Labs do?");
        assertThat(a.answered()).isFalse();
        assertThat(a.text()).contains("Surge");
        // a typo of a word the knowledge knows is still read as that word
        assertThat(ask("How much did Meta invest in Scael?").text()).contains("14.8");
    }

    @Test
    void someone_quoted_in_arabic_script_that_the_article_never_names_is_unknown() {
        assertThat(ask("ماذا قال ساتيا ناديلا عن الصفقة؟").answered()).isFalse();
        assertThat(ask("ايش قال التمان عن ميتا؟").answered()).isFalse();
        // the one the article quotes is answered
        assertThat(ask("شو قال زوكربيرغ في المذكرة؟").answered()).isTrue();
    }

    @Test
    void the_other_members_of_the_team_are_not_named() {
        assertThat(ask("who else is on Wang's superintelligence team?").answered()).isFalse();
        assertThat(ask("مين أعضاء فريق الذكاء الفائق؟").answered()).isFalse();
        assertThat(ask("who leads Meta's superintelligence team?").text()).contains("Wang");
    }

    // ---- parts, differences, Arabizi ---------------------------------------------------------------

    @Test
    void it_in_a_second_part_is_what_the_first_part_named() {
        Answer a = ask("How much was Google going to pay Scale in 2025, and why did it walk away?");
        assertThat(a.text()).contains("200").contains("leak");
    }

    @Test
    void a_difference_asked_with_its_unit_between_is_a_sum_worked_out() {
        assertThat(ask("what's the difference in dollars between Meta's AI budget and the Scale deal?").text())
                .doesNotContain("$14.8 billion in Scale AI for a 49% stake.");
        assertThat(ask("كم الفرق بالمليار بين الاستثمار والإنفاق على البنية التحتية؟").answered()).isFalse();
    }

    @Test
    void arabizi_stake_is_read_with_its_s_as_the_emphatic_one() {
        assertThat(ask("meta 5adet 7essa kam fe scale?").text()).contains("49");
        assertThat(ask("kam 7esset meta?").text()).contains("49");
    }

    // ---- in a chat -----------------------------------------------------------------------------------

    @Test
    void a_party_named_with_itself_is_the_one_asked_of() {
        List<String> r = chat("what's Scale valued at?", "and what is Meta itself worth?");
        assertThat(r.get(0)).contains("29");
        assertThat(r.get(1)).doesNotContain("29");
        List<String> ar = chat("كم قيمة سكيل؟", "وجوجل نفسها قيمتها كم؟");
        assertThat(ar.get(1)).doesNotContain("29");
    }

    @Test
    void arabizi_who_typed_apart_from_its_and_still_asks_who() {
        List<String> r = chat("meen wang?", "w meen hay7el ma7alo?", "w da 3ando kam sana?");
        assertThat(r.get(1)).contains("درويج");
        // the new CEO's age is not in the article: not Wang's 28
        assertThat(r.get(2)).doesNotContain("28");
    }

    @Test
    void a_figure_claimed_of_someone_the_fact_gives_none_of_is_not_passed_over() {
        List<String> r = chat("who is Scale's CEO now?", "is he 40 too?");
        assertThat(r.get(0)).contains("Droege");
        assertThat(r.get(1)).doesNotContain("Droege, Scale AI's chief strategy officer");
        // of someone whose figure the fact states, it is judged
        assertThat(chat("who founded scale?", "is he 28?").get(1)).startsWith("Yes");
    }

    @Test
    void one_that_opens_a_quick_question_is_no_rate_per_percent() {
        assertThat(ask("last one - percent of scale held by meta?").text()).contains("49");
        // a price per percent is still a division the article never makes
        assertThat(ask("what did a single percent of Scale cost Meta?").answered()).isFalse();
    }
}
