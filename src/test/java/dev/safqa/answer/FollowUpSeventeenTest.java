package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups of the seventeenth round (conversations): the others asked by name after an answer
 * that names only some; "that one" after a declined question asking for someone beside him; "this
 * one" said again after it was set against another deal; a role that names the one ـه points at.
 */
class FollowUpSeventeenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    /** The last of several turns, each asked after the ones before as a chat asks them. */
    private Answer turns(String... asked) {
        return Chats.last(answerer, asked);
    }

    @Test
    void listing_the_other_labs_after_an_answer_that_names_two_is_declined() {
        // "Google, OpenAI and other major AI labs...": the others are not named anywhere
        Answer a = turns("Who stopped working with Scale once Meta came in?", "ok, list the other labs as well");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    @Test
    void naming_the_other_labs_in_arabic_is_declined() {
        Answer a = turns("من هي المختبرات التي أنهت تعاملها مع Scale AI؟", "سمّ لي المختبرات الأخرى");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    @Test
    void which_other_labs_after_the_labs_answer_is_declined() {
        Answer a = turns("Who stopped working with Scale once Meta came in?", "and which other AI labs?");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    @Test
    void the_other_labs_asked_as_a_fragment_are_no_person() {
        // "the other labs" are companies: Wang's new team at Meta is no lab
        Answer a = turns("Who stopped working with Scale once Meta came in?", "and the other labs?");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    @Test
    void which_other_labs_after_one_lab_was_told_still_names_the_others() {
        // after Google alone, the labs' fact names OpenAI beside it: a right answer, not a restatement
        Answer a = turns("Did Google keep working with Scale?", "which other labs pulled out?");
        assertThat(a.text()).contains("OpenAI");
    }

    @Test
    void that_one_after_a_declined_question_for_his_successor_is_not_him() {
        // Wang told, then "who is going to replace him over at Meta?" declined: "that one" is the
        // replacement nobody named, not Wang's 28 years
        Answer a = turns("Who is the founder of Scale AI?", "who is going to replace him over at Meta?", "and what age is that one?");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    @Test
    void arabic_this_after_a_declined_question_for_his_successor_is_not_him() {
        Answer a = turns("من الذي أسس Scale AI؟", "ومن سيخلفه في ميتا؟", "وكم عمر هذا؟");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    @Test
    void he_after_a_declined_question_he_is_the_doer_of_is_still_him() {
        // a question about Wang's pay asks for no one beside him: "he" is still Wang
        assertThat(turns("Who is the founder of Scale AI?", "and what is his pay package at Meta?", "how old is he?").text()).contains("28");
    }

    @Test
    void this_one_said_again_after_it_was_set_against_whatsapp_is_the_articles_deal() {
        Answer a = turns("was WhatsApp bought before this deal or after?", "in which year was this deal?");
        assertThat(a.text()).doesNotContain("2014");
        assertThat(!a.answered() || a.text().contains("2025")).as(a.text()).isTrue();
    }

    @Test
    void arabic_this_deal_said_again_after_it_was_set_against_whatsapp_is_the_articles_deal() {
        Answer a = turns("أيهما أقدم: صفقة واتساب أم هذه الصفقة؟", "ومتى أُعلنت هذه الصفقة؟");
        assertThat(a.text()).doesNotContain("2014");
        assertThat(!a.answered() || a.text().contains("2025")).as(a.text()).isTrue();
    }

    @Test
    void the_founder_named_in_a_follow_up_is_whom_its_pronoun_points_at() {
        // "and the founder, what is his age?" after the price: ـه is the founder it names
        Answer a = turns("كم دفعت ميتا في سكيل؟", "والمؤسس قديش عمره؟");
        assertThat(a.text()).contains("28");
    }

    @Test
    void the_founder_after_a_turn_about_meta_is_not_scales() {
        // after Meta's CEO, "the founder" may be Meta's: Scale's founder's 28 years would be a guess
        Answer a = turns("Who runs Meta?", "and the founder, what age is he?");
        assertThat(a.text()).doesNotContain("28");
    }
}
