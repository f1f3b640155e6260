package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Kinds of wrong answer found by the sixteenth blind set (unseen/sixteenth.jsonl and its
 * conversations), fixed as kinds and tested in words of our own.
 */
class SixteenthKindsTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    private Answer turns(String... asked) {
        return Chats.last(answerer, asked);
    }

    // ---- a succession asked of a post held throughout ------------------------------------------------------

    @Test
    void a_new_holder_of_a_post_nobody_took_over_is_not_its_holder() {
        // Zuckerberg is Meta's CEO; the article tells of no new one
        assertThat(ask("Who took over as Meta's chief executive?").answered()).isFalse();
        assertThat(ask("من أصبح الرئيس التنفيذي الجديد لميتا؟").answered()).isFalse();
        // ...while the post held throughout is still told
        assertThat(ask("Who is Meta's chief executive?").text()).contains("Zuckerberg");
        // ...and the post that did change hands gets its successor
        assertThat(ask("Who is Scale's new chief executive?").text()).contains("Droege");
    }

    @Test
    void a_new_ceo_asked_after_turns_about_meta_is_not_metas_ceo() {
        Answer a = turns("How big a stake did Meta buy?", "ومين بقى المدير التنفيذي الجديد؟");
        assertThat(a.text()).doesNotContain("زوكربيرغ");
    }

    @Test
    void becoming_the_director_said_short_after_turns_about_meta_is_a_succession() {
        // "who will become the director?": the post changing hands, not the one Meta's CEO holds
        Answer a = turns("كم دفعت ميتا؟", "وكم النسبة؟", "ومين رح يصير المدير؟");
        assertThat(a.text()).contains("درويج");
    }

    // ---- "the post after someone" in Arabic -------------------------------------------------------------

    @Test
    void the_post_after_someone_in_arabic_is_his_successor() {
        // "CEO after Wang", as English reads it: Droege, not Zuckerberg, nor a choice between them
        assertThat(ask("مين حيكون الرئيس التنفيذي بعد وانغ؟").text()).contains("درويج");
        assertThat(ask("مين رح يكون المدير بعد وانغ؟").text()).contains("درويج");
        assertThat(ask("shkoun ghadi ykoun ceo ba3d wang?").text()).contains("درويج");
        assertThat(ask("من سيكون المدير بعد رحيل وانغ؟").text()).contains("درويج");
    }

    // ---- a bound is no figure quoted ----------------------------------------------------------------------

    @Test
    void who_passed_a_bound_is_not_the_one_whose_figure_is_the_bound() {
        // Google planned to pay about $200 million: not more than it
        assertThat(ask("Which firm paid over $200 million?").text()).doesNotContain("Google");
        assertThat(ask("مين دفع أكتر من ٢٠٠ مليون دولار، جوجل ولا ميتا؟").text()).doesNotContain("جوجل");
        // ...while the figure said as it is still finds its fact
        assertThat(ask("Which company was going to pay around 200 million dollars?").text()).contains("Google");
    }

    // ---- a claim that a state goes on, set beside what happens instead --------------------------------

    @Test
    void staying_on_while_doing_what_the_fact_says_instead_is_denied() {
        // he leaves his post to join Meta: "while at Meta" is the setting, not a state claimed to go on
        assertThat(ask("Wang keeps running Scale while he works at Meta, right?").text()).startsWith("No");
        assertThat(ask("وانغ هيفضل مدير سكيل وهو شغال في ميتا؟").text()).startsWith("لا");
    }

    // ---- a figure inside a word ---------------------------------------------------------------------------

    @Test
    void digits_inside_a_word_are_no_sum_claimed() {
        // "b2b" is no "$2 billion": no verdict on the valuation
        assertThat(ask("is scale ai a b2b company?").text()).doesNotStartWith("No");
        assertThat(ask("does Scale sell b2b?").text()).doesNotContain("29");
        // ...nor a sign of Arabic in Latin letters: the reply is in English, as the question is
        assertThat(ask("does Scale sell b2b?").language()).isEqualTo(dev.safqa.text.Language.EN);
        assertThat(ask("hG7kQ2 xZp0aB9").language()).isEqualTo(dev.safqa.text.Language.EN);
        // ...while a sum with its unit cut short is still one
        assertThat(ask("meta paid $20b right?").text()).startsWith("No").contains("14.8");
        assertThat(ask("scale made 870m in 2024?").text()).startsWith("Yes");
    }

    // ---- "that one" asked a person's age -------------------------------------------------------------

    @Test
    void that_one_after_an_answered_who_question_is_the_one_the_answer_gave() {
        // Zuckerberg, whose age the article does not give; not Wang, asked about two turns before
        assertThat(turns("How old is Alexandr Wang?", "who will he report to?", "and how old is that one?").answered())
                .isFalse();
        assertThat(turns("كم عمر وانغ؟", "ولمين رح يتبع؟", "وكم عمر هذا؟").answered()).isFalse();
        // ...while "that guy" after an answer giving Wang is Wang
        assertThat(turns("Who founded Scale?", "how old is that guy?").text()).contains("28");
    }
}
