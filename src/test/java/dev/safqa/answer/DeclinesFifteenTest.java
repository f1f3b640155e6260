package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import dev.safqa.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Fifteenth round: answerable questions Safqa declined, and the parts of a message (Parts): a short
 * part that asks by its question word alone ("..., and why?", "...؟ وليه؟", "w leh?") is a part of its
 * own, read leaning on the part before, and answered or said to be unanswered; never dropped.
 */
class DeclinesFifteenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    @Test
    void english_short_why_after_a_comma_is_said_to_be_unanswered() {
        // "and why?" was one word, merged into the first part and silently left out of the reply
        Answer a = ask("How old is Alexandr Wang, and why?");
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("28").contains(Replies.partNotAnswered(Language.EN));
    }

    @Test
    void arabic_short_second_sentence_is_a_part() {
        // "وليه؟" after a question mark is two letters' worth of a question, never dropped
        Answer a = ask("قديش عمر وانغ؟ وليه؟");
        assertThat(a.text()).contains("28").contains(Replies.partNotAnswered(Language.AR));
    }

    @Test
    void arabic_question_word_ending_the_message_is_a_joint() {
        // "، وعلاش؟": the joint needed a space after the question word, and the message ends there
        Answer a = ask("شحال دفعات ميتا، وعلاش؟");
        assertThat(a.text()).contains("14.8").contains(Replies.partNotAnswered(Language.AR));
    }

    @Test
    void arabizi_short_second_part_is_a_part() {
        Answer a = ask("3omr wang kam? w leh?");
        assertThat(a.text()).contains("28").contains(Replies.partNotAnswered(Language.AR));
    }

    @Test
    void three_parts_the_last_one_short() {
        Answer a = ask("How much did Meta pay, what's Scale worth, and why?");
        assertThat(a.text()).contains("14.8").contains("29").contains(Replies.partNotAnswered(Language.EN));
    }

    @Test
    void a_short_part_is_read_of_whom_the_part_before_asked() {
        // "وشو كتب؟" (and what did he write?) after Wang's age asks what Wang wrote: Zuckerberg's memo
        // is someone else's writing, and the article tells nothing Wang wrote
        Answer a = ask("كم عمر وانغ؟ وشو كتب؟");
        assertThat(a.text()).contains("28").doesNotContain("مذكرة").contains(Replies.partNotAnswered(Language.AR));
    }

    @Test
    void arabizi_dialect_words_of_and_new() {
        // Gulf "yedeed" (جديد with ي for ج) and Algerian "ta3" (of) were words nothing knew
        Answer ceo = ask("el mudir elyedeed ta3 scale shkoun?");
        assertThat(ceo.text()).contains("درويج");
        // a claim read once ta3 is no word nothing knows: the founder is Wang, not Droege
        Answer founder = ask("droege howa el mo2asses ta3 scale?");
        assertThat(founder.text()).contains("وانغ");
    }
}
