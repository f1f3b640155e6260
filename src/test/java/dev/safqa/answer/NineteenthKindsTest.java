package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Kinds of wrong answer and decline found by the eighteenth blind set (unseen/eighteenth.jsonl and
 * its conversations), fixed as kinds and tested in words of our own.
 */
class NineteenthKindsTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- "is it true that ..." is the frame of a claim, not what it claims ---------------------------------

    @Test
    void a_true_claim_framed_is_it_true_that_gets_its_yes() {
        assertThat(ask("is it true that Wang is 28?").text()).startsWith("Yes");
        assertThat(ask("Is it correct that Meta invested $14.8 billion in Scale?").text()).startsWith("Yes");
        assertThat(ask("is it true Google was one of the biggest customers of Scale?").text()).startsWith("Yes");
    }

    @Test
    void a_false_claim_framed_is_it_true_that_gets_its_no() {
        assertThat(ask("is it true that Wang is 35?").text()).startsWith("No").contains("28");
        assertThat(ask("Is it correct that Meta invested $30 billion in Scale?").text()).startsWith("No").contains("14.8");
    }

    // ---- money sunk or put into something is invested ------------------------------------------------------

    @Test
    void a_sum_sunk_or_put_into_scale_is_the_investment_claimed() {
        assertThat(ask("Meta sank 20 billion dollars into Scale, right?").text()).startsWith("No").contains("14.8");
        assertThat(ask("did meta pump $14.8bn into scale?").text()).startsWith("Yes");
        assertThat(ask("is it true Meta put $14.8 billion into Scale?").text()).startsWith("Yes");
    }

    @Test
    void put_without_a_sum_is_not_read_as_investing() {
        // "put Droege in charge": no money
        assertThat(ask("did Meta put Droege in charge of its AI team?").text()).doesNotStartWith("Yes");
    }

    // ---- a claim said with its "not" ----------------------------------------------------------------------

    @Test
    void a_negated_claim_the_fact_contradicts_gets_no() {
        assertThat(ask("is it true that Google did not cut ties with Scale AI?").text()).startsWith("No");
        assertThat(ask("Droege wasn't promoted to CEO, right?").text()).startsWith("No");
    }

    @Test
    void a_question_opening_with_a_negative_is_not_denied() {
        // "Wasn't Droege promoted?" claims that he was
        assertThat(ask("Wasn't Droege promoted to CEO?").text()).doesNotStartWith("No");
    }

    // ---- a part of a year -----------------------------------------------------------------------------------

    @Test
    void a_quarter_a_half_or_a_month_of_a_yearly_figure_is_declined() {
        assertThat(ask("what was Scale's revenue in the second quarter of 2024?").answered()).isFalse();
        assertThat(ask("how much is Meta spending on AI infrastructure per month?").answered()).isFalse();
        assertThat(ask("كم إيرادات سكيل في الربع الأول من 2024؟").answered()).isFalse();
        assertThat(ask("قديش ميتا بتصرف على الذكاء الاصطناعي شهريا؟").answered()).isFalse();
        // ...the year's own figure is still answered
        assertThat(ask("what was Scale's revenue in 2024?").text()).contains("870");
    }

    @Test
    void the_year_that_comes_said_in_dialect_is_the_future() {
        assertThat(ask("ميتا هتصرف كام السنة اللي جاية على الذكاء الاصطناعي؟").answered()).isFalse();
        assertThat(ask("meta hatsrof kam 3ala el AI el sana elli gaya?").answered()).isFalse();
    }

    // ---- whether a person is fit for a post -----------------------------------------------------------------

    @Test
    void whether_someone_is_the_right_person_is_an_opinion() {
        assertThat(ask("Is Droege the right man to run Scale now?").answered()).isFalse();
        assertThat(ask("هل درويج الشخص المناسب لقيادة سكيل؟").answered()).isFalse();
        // ...who runs it is still answered
        assertThat(ask("who runs Scale now?").text()).contains("Droege");
    }

    // ---- which members of a group, in the nominative ----------------------------------------------------------

    @Test
    void which_providers_asked_in_the_nominative_asks_for_names_the_article_does_not_give() {
        assertThat(ask("من هم الموردون البديلون لجوجل؟").answered()).isFalse();
    }

    // ---- a spoken "in" typed apart ----------------------------------------------------------------------------

    @Test
    void a_spoken_in_typed_as_its_own_word_reads_as_in() {
        assertThat(ask("wang hay3mel eh f meta?").text()).contains("الذكاء الفائق");
        assertThat(ask("وانج هيشتغل ايه ف ميتا؟").text()).contains("الذكاء الفائق");
    }

    // ---- what a quoted figure means -----------------------------------------------------------------------

    @Test
    void a_year_quoted_alone_with_a_word_for_a_figure_is_asked_what_it_refers_to() {
        assertThat(ask("what does the year 2014 stand for here?").text()).contains("WhatsApp");
        assertThat(ask("ما المقصود بعام 2014؟").text()).contains("واتساب");
        // ...a year several facts state is left to the model, and a year with no figure word is when
        assertThat(ask("what happened in 2014?").answered()).isFalse();
    }

    @Test
    void the_meaning_of_a_figure_asked_in_arabic_is_the_fact_stating_it() {
        assertThat(ask("ما معنى الرقم 200 مليون؟").text()).contains("200");
    }

    // ---- Arabizi "going" ------------------------------------------------------------------------------------

    @Test
    void arabizi_going_is_read_with_its_alif() {
        // "where is the founder going?": ray7 was read ريح (wind), a word nothing knows
        assertThat(ask("el founder raye7 fein?").text()).contains("ميتا");
        assertThat(ask("howa wang rayeh feen ba3d el safqa?").text()).contains("ميتا");
    }

    // ---- two of a kind swapped in a line -----------------------------------------------------------------

    @Test
    void a_claim_that_puts_two_people_or_companies_the_other_way_round_gets_no() {
        assertThat(ask("so Scale is the one that put money into Meta?").text()).startsWith("No").contains("14.8");
        assertThat(ask("زوكربيرغ هيشتغل تحت إشراف وانغ، صح؟").text()).startsWith("لا");
        assertThat(ask("Zuckerberg is going to report to Wang, isn't he?").text()).startsWith("No");
    }

    @Test
    void the_line_said_the_right_way_round_is_not_denied() {
        assertThat(ask("so Meta is the one that put money into Scale?").text()).doesNotStartWith("No");
        // ...and a false figure in the swapped claim is no "No" by the swap (declined, never borne out)
        assertThat(ask("Scale invested 20 billion dollars in Meta?").text()).doesNotContain("Yes");
    }
}
