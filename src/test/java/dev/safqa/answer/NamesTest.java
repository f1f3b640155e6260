package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/** What things are called, and what the article calls them. */
class NamesTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    @Test
    void two_facts_giving_the_same_quoted_name_answer_what_it_is_called_without_asking_back() {
        // the team fact and the initiative fact both call it "superintelligence"
        assertThat(ask("what's the name of the new meta team wang is in charge of?").text()).contains("superintelligence");
    }

    @Test
    void an_arabic_question_for_the_name_is_answered_without_asking_back() {
        assertThat(ask("ما اسم الفريق الجديد الذي سيقوده ألكسندر وانغ في ميتا؟").text()).contains("الذكاء الفائق");
    }

    @Test
    void a_spoken_arabic_question_for_the_name_is_answered() {
        assertThat(ask("اسم الفريق الجديد اللي حيقوده وانغ إيه؟").text()).contains("الذكاء الفائق");
    }

    @Test
    void the_name_of_a_team_someone_else_leads_is_still_declined() {
        assertThat(ask("what's the name of the team Droege is going to run?").answered()).isFalse();
    }

    @Test
    void what_the_move_points_to_in_the_articles_own_verb_is_the_determination() {
        // "تشير هذه الخطوة إلى إصرار زوكربيرغ": the article's verb, asked back
        assertThat(ask("إلى ماذا تشير صفقة ميتا فيما يخص زوكربيرغ؟").text()).contains("إصرار");
    }

    @Test
    void who_announced_something_is_the_one_a_fact_says_made_it_known() {
        // "وأعلنت Scale أن وانغ سيستقيل": Scale, though the article is about it
        assertThat(ask("which company announced that Wang is resigning?").text()).contains("Scale said");
    }

    @Test
    void who_announced_something_is_read_in_arabic_too() {
        assertThat(ask("مين أعلن إنه وانغ رح يستقيل؟").text()).contains("أعلنت Scale");
    }

    @Test
    void who_announced_something_no_fact_says_who_announced_is_declined() {
        // the article tells of Droege's promotion, not who announced it
        assertThat(ask("who announced Droege's promotion?").answered()).isFalse();
    }
}
