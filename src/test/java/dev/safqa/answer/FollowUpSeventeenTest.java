package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups of the seventeenth round (conversations): the others asked by name after an answer
 * that names only some.
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
}
