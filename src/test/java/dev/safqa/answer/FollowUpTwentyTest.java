package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import dev.safqa.index.Dialect;
import dev.safqa.text.ArabicText;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups (twentieth round, conversations): Arabic "he" carried by the verb alone, and a guess at
 * whom it means declined; the dialect read across "and" glued to a spoken phrase; a person's post asked
 * at the company where they take it.
 */
class FollowUpTwentyTest {
    private final Answerer answerer = TestKnowledge.answerer();

    /** The last of several turns, each asked after the ones before as a chat asks them. */
    private Answer turns(String... asked) {
        return Chats.last(answerer, asked);
    }

    @Test
    void the_verb_alone_says_he_after_a_turn_about_one_person() {
        // "وشو راح يسوي في ميتا؟" names no one: its verb is "he will do", and he is Wang, asked about before
        Answer a = turns("كم عمر وانغ؟", "وشو راح يسوي في ميتا؟");
        assertThat(a.text()).contains("الذكاء الفائق"); // he in the verb, the phrase across راح after a glued و
    }

    @Test
    void the_verb_alone_is_no_guess_between_two_people_the_chat_has_on() {
        // Wang, then whom he works under (Zuckerberg, the answer naming Wang too): "what will he run?" may be either
        Answer a = turns("كم عمر وانغ؟", "وراح يشتغل تحت مين؟", "وشو راح يدير؟");
        assertThat(a.answered()).as(a.text()).isFalse(); // the verb's he: two people in play
    }

    @Test
    void the_post_of_a_person_asked_at_the_company_where_he_takes_it_is_answered() {
        Answer a = answerer.answer("ماذا سيفعل ألكسندر وانغ في ميتا؟", null, null);
        assertThat(a.text()).contains("الذكاء الفائق"); // Meta is where the fact that introduces him puts his post
    }

    @Test
    void the_post_of_a_person_asked_at_another_company_is_not_told_as_his_post() {
        Answer a = answerer.answer("what will Zuckerberg do at Scale?", null, null);
        assertThat(a.answered()).as(a.text()).isFalse(); // no fact gives Zuckerberg a post at Scale
    }

    @Test
    void and_glued_to_a_spoken_phrase_is_read_with_it() {
        assertThat(Dialect.words(ArabicText.fold("وشنو راح يسوي"))).containsExactly("وما يعمل"); // و + شنو يسوي, across راح
    }

    @Test
    void the_egyptian_future_of_doing_is_the_future() {
        assertThat(Dialect.words(ArabicText.fold("هيعمل"))).containsExactly("سيعمل"); // ه before the verb
    }
}
