package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups that leaned on what the conversation never told: a turn left unanswered, a party no
 * one named, another party's measure (eleventh round, conversations).
 */
class FollowUpElevenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    /** The last of several turns, each asked after the ones before as a chat asks them. */
    private Answer turns(String... asked) {
        return Chats.last(answerer, asked);
    }

    private static final QuestionReader READER = new QuestionReader(TestKnowledge.index(), Scoring.standard());

    @Test
    void that_after_turns_none_answered_points_at_nothing_told() {
        // neither turn before was answered: "that" is the figure they asked, which no answer gave
        // (before: "growing demand for data infrastructure", a guess at what "that" was)
        Answer a = turns("what will Scale make by the end of this year?", "and what did it make in 2021?", "what growth would that be?");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    @Test
    void a_bare_fragment_is_not_answered_about_a_party_nobody_named() {
        // a chat about data labelling, its last turn unanswered: Google, whom no turn named, is no
        // answer to "to avoid what?" (its search for other suppliers)
        Answer a = turns("ما هو تصنيف البيانات؟", "وكيف كان في البداية؟", "ومن يقوم به الآن؟", "لتجنب ماذا؟");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    @Test
    void and_another_party_asks_its_same_measure() {
        // Meta's AI budget, then "and Google, how much?": what Google was to pay Scale is no AI budget
        Answer a = turns("how much does Meta plan to spend on AI infrastructure this year?", "and how much is Google spending?");
        assertThat(a.answered()).as(a.text()).isFalse();
        Answer ar = turns("كم ستنفق ميتا على بنية الذكاء الاصطناعي هذا العام؟", "وجوجل كم ستنفق؟");
        assertThat(ar.answered()).as(ar.text()).isFalse();
    }

    @Test
    void the_same_measure_of_the_same_party_is_still_answered() {
        assertThat(turns("how much does Meta plan to spend on AI infrastructure this year?", "and on what exactly?").text())
                .contains("data centers");
    }

    @Test
    void a_bare_why_is_answered_by_the_reason_the_last_answer_gave() {
        // the labs' fact gives why they left (data leaking to Meta): "why?" is told it again
        assertThat(turns("which major clients quit Scale once the deal was done?", "why?").text()).contains("leak");
        assertThat(turns("شو الشركات اللي وقفت شغلها مع سكيل؟", "ليش؟").text()).contains("تسرب");
    }

    @Test
    void a_bare_why_after_a_turn_about_something_else_is_not_given_that_reason() {
        // the last question asked a sum, left unanswered: "why?" is about that, not the labs' fears
        Answer a = turns("which major clients quit Scale once the deal was done?", "how big is their headcount?", "why?");
        assertThat(a.text()).doesNotContain("leak");
    }

    @Test
    void for_what_goes_on_with_the_fact_the_last_answer_stated_when_it_gives_that_figure() {
        // the payment's fact states the stake beside the sum: "for what percentage?" is told by it
        assertThat(turns("what did Meta hand over to Scale?", "for what percentage?").text()).contains("49");
    }

    @Test
    void a_lead_turning_to_a_name_leaves_the_yes_no_question_after_it() {
        // "what about OpenAI," only says whom it turns to: "did they ...?" asks yes or no, not what
        assertThat(READER.read("what about OpenAI, did they put money into Scale?", dev.safqa.text.Language.EN).intent())
                .isEqualTo(Intent.YES_NO);
    }
}
