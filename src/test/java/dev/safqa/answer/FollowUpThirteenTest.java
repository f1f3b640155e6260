package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups answered with what another party's fact says (thirteenth round, conversations): the
 * detail asked of whom the conversation was about, "he" after a who-question, "it" after a
 * preposition, a time or a figure asked of whom the last answer told of.
 */
class FollowUpThirteenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    /** The last of several turns, each asked after the ones before as a chat asks them. */
    private Answer turns(String... asked) {
        return Chats.last(answerer, asked);
    }

    @Test
    void the_names_asked_of_whom_the_chat_was_about_are_not_that_party_again() {
        // Google is looking for other suppliers; "who are they?" in other words asks names the
        // article does not give, and Google's search told again is no name of a supplier
        Answer a = turns("which customer walked away from Scale?", "and what's it up to now?", "which vendors?");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    @Test
    void the_one_asked_for_after_a_who_question_is_still_answered() {
        // "who was CEO before?" after "Droege... succeeding Wang": the who-question's answer is Wang
        assertThat(turns("who runs Scale AI now?", "who was the CEO before?").text()).contains("Wang");
    }

    @Test
    void he_after_a_who_question_is_whom_it_answered() {
        // Wang's age, then whom he will answer to (Zuckerberg, in a fact naming Wang first): "and
        // his age?" is Zuckerberg's, which the article does not give
        Answer a = turns("قديش عمر ألكسندر وانغ؟", "ماشي، ولمين رح يكون تابع في ميتا؟", "وهو شو عمره؟");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    @Test
    void he_after_a_question_about_him_is_still_him() {
        assertThat(turns("من هو مؤسس سكيل؟", "وكم عمره؟").text()).contains("28");
    }

    @Test
    void it_after_a_preposition_is_what_the_last_answer_told_of() {
        // the WhatsApp deal of 2014, then "how much was spent on it?": the article gives no price
        Answer a = turns("هل هذه أكبر صفقة لميتا؟", "وقديش كان المبلغ فيها؟");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    @Test
    void a_time_asked_of_the_model_told_of_is_not_another_models_month() {
        // Behemoth is not out, and why; "and when will it come out?" is not Llama 4's April
        Answer a = turns("ما النموذج الأكبر الذي لم تطلقه ميتا بعد؟", "ولماذا تأخر؟", "ومتى سيطلق؟");
        assertThat(a.answered()).as(a.text()).isFalse();
    }

    @Test
    void a_sum_asked_of_the_customer_told_of_is_still_its_own() {
        assertThat(turns("which big customer dropped Scale?", "how much was it going to pay this year?").text()).contains("200");
    }
}
