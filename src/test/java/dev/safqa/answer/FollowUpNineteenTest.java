package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups (nineteenth round, conversations): a pronoun matched with the alternate questions as
 * the name it stands for; the figure told set against another ("is that more than...?") and the
 * difference the article never states; a spoken verb with an object suffix in Arabizi.
 */
class FollowUpNineteenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    /** The last of several turns, each asked after the ones before as a chat asks them. */
    private Answer turns(String... asked) {
        return Chats.last(answerer, asked);
    }

    @Test
    void he_is_matched_as_the_person_the_last_answer_named() {
        // the founder is Wang: "which group is he going to lead?" is asked as "...is Wang going to lead?"
        Answer a = turns("Who founded Scale AI?", "and which group is he going to lead?");
        assertThat(a.text()).containsIgnoringCase("superintelligence");
    }

    @Test
    void he_is_matched_as_the_person_the_last_question_named() {
        Answer a = turns("who founded scale?", "where's he going now?");
        assertThat(a.text()).contains("Meta");
    }

    @Test
    void an_arabic_suffix_is_matched_as_the_name_after_its_word() {
        // "يقوده" (will lead it) and "مين" before: the founder, then the team he will lead
        Answer a = turns("مين أسس سكيل؟", "وشو الفريق اللي رح يقوده؟");
        assertThat(a.text()).contains("الذكاء الفائق");
    }

    @Test
    void that_set_against_a_bigger_figure_of_the_article_is_yes_with_both() {
        Answer a = turns("What's Scale valued at?", "is that bigger than what Meta invested?");
        assertThat(a.text()).startsWith("Yes").contains("29").contains("14.8");
        assertThat(a.citations()).hasSize(2);
    }

    @Test
    void that_said_to_be_less_than_a_smaller_figure_is_no() {
        Answer a = turns("What's Scale valued at?", "is that less than Meta's investment?");
        assertThat(a.text()).startsWith("No").contains("29").contains("14.8");
    }

    @Test
    void a_difference_the_article_never_states_is_declined() {
        // the worth, then "is that more than Meta put in?" (Yes, with both): the article states no difference
        Answer a = turns("What is Scale worth after the deal?", "is that more than Meta put in?", "how much more, exactly?");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    @Test
    void a_spoken_verb_with_an_object_suffix_is_read_as_the_verb() {
        // "sabethom" is سابتهم (she left them, تركتهم), not a word nothing knows beside the payment
        // asked before: why Google left is not its planned $200 million told again
        Answer a = turns("google kanet nawya tedfa3 kam l scale?", "tab leh sabethom?");
        assertThat(a.text()).doesNotContain("200");
    }
}
