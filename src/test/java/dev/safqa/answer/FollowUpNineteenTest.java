package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups (nineteenth round, conversations): a pronoun matched with the alternate questions as
 * the name it stands for.
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
}
