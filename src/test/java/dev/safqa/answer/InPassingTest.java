package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * What a fact only mentions is not what it answers: a name it gives in passing (asides), a word
 * it uses without defining it, a post held at a company asked about before that company, a sum
 * asked about when the question ranks the deal, what workers are paid.
 */
class InPassingTest {
    private final Answerer answerer = TestKnowledge.answerer();

    @Test
    void a_price_of_a_product_named_in_passing_is_not_the_figure_of_the_fact_naming_it() {
        assertThat(answerer.answer("what does it cost to use ChatGPT?").answered()).isFalse();
    }

    @Test
    void the_arabic_price_of_a_product_named_in_passing_is_declined_too() {
        assertThat(answerer.answer("كم سعر اشتراك ChatGPT؟").answered()).isFalse();
    }

    @Test
    void what_the_fact_does_not_say_of_a_name_in_passing_is_not_answered_by_it() {
        assertThat(answerer.answer("what is the current version of Gemini called?").answered()).isFalse();
    }

    @Test
    void what_the_fact_says_of_a_name_in_passing_still_answers() {
        assertThat(answerer.answer("what is Gemini a rival of?").text()).contains("ChatGPT");
    }

    @Test
    void a_question_naming_what_the_fact_is_about_still_gets_its_figure() {
        assertThat(answerer.answer("how much was Google going to spend on data for its Gemini models?").text()).contains("200");
    }

    @Test
    void a_word_the_article_only_uses_is_not_defined_by_it() {
        assertThat(answerer.answer("what is a hallucination, in plain terms?").answered()).isFalse();
    }

    @Test
    void what_a_word_means_is_a_definition_asked() {
        assertThat(answerer.answer("what does LLM mean?").answered()).isFalse();
    }

    @Test
    void an_arabic_definition_of_a_word_the_article_only_uses_is_declined() {
        assertThat(answerer.answer("ما هي الهلاوس في الذكاء الاصطناعي؟").answered()).isFalse();
    }

    @Test
    void the_fact_that_defines_a_concept_still_answers_its_definition() {
        assertThat(answerer.answer("what is data labelling, simply put?").text()).contains("learns");
    }

    @Test
    void how_to_avoid_what_a_fact_names_is_no_definition() {
        assertThat(answerer.answer("how can a model keep from hallucinating?").text()).contains("experts");
    }

    @Test
    void a_post_at_a_company_is_no_answer_to_what_someone_did_before_it() {
        assertThat(answerer.answer("what was Droege's job before Scale?").answered()).isFalse();
    }

    @Test
    void an_arabic_question_about_before_someone_came_to_a_company_is_declined() {
        assertThat(answerer.answer("شو كان يشتغل درويج قبل ما يجي على سكيل؟").answered()).isFalse();
    }

    @Test
    void the_post_held_before_a_promotion_still_answers() {
        assertThat(answerer.answer("What was Droege's post before his promotion to CEO?").text()).contains("strategy");
    }

    @Test
    void how_big_a_deal_is_historically_is_no_sum() {
        assertThat(answerer.answer("how big was Meta's Scale purchase, historically?").text()).doesNotContain("14.8");
    }

    @Test
    void how_big_a_deal_is_historically_is_answered_with_the_deal_it_is_measured_against() {
        assertThat(answerer.answer("how large is this deal for Meta, historically?").text()).contains("WhatsApp");
    }

    @Test
    void what_labelling_looked_like_historically_is_still_its_history() {
        assertThat(answerer.answer("historically, what did data labelling look like?").text()).contains("cats");
    }

    @Test
    void what_the_labelling_workers_are_paid_is_no_sum_between_the_companies() {
        assertThat(answerer.answer("how much do Scale's labellers get paid?").answered()).isFalse();
    }

    @Test
    void what_the_arabic_labellers_are_paid_is_declined_too() {
        assertThat(answerer.answer("كم تدفع سكيل للمصنفين عندها؟").answered()).isFalse();
    }

    @Test
    void a_pay_by_the_hour_is_a_figure_the_article_does_not_give() {
        assertThat(answerer.answer("how much does Scale pay for labelling per hour?").answered()).isFalse();
    }

    @Test
    void what_the_payee_pays_is_not_what_it_was_paid() {
        // Google was to pay Scale AI: Scale AI pays Google nothing the article tells
        assertThat(answerer.answer("what is Scale AI paying Google?").answered()).isFalse();
    }

    @Test
    void what_the_payee_pays_in_arabic_is_not_what_it_was_paid() {
        assertThat(answerer.answer("كم تدفع سكيل لجوجل؟").answered()).isFalse();
    }

    @Test
    void what_the_payer_pays_is_still_answered() {
        assertThat(answerer.answer("what did Meta pay to get into Scale AI?").text()).contains("14.8");
    }

    @Test
    void the_people_doing_the_labelling_are_another_party() {
        assertThat(answerer.answer("how much will Scale pay people doing the labelling this year?").answered()).isFalse();
    }

    @Test
    void a_new_teams_budget_is_not_the_companys_spending() {
        // Meta's $65 billion is its AI infrastructure this year, not what Wang's new unit gets
        assertThat(answerer.answer("what budget does Wang's new unit get?").answered()).isFalse();
    }
}
