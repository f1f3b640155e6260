package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Wrong answers to single questions found in the fifteenth round: a start put before another verb
 * read as a founding ("has OpenAI begun to ..."); a relation (customer, rival, supplier) asked
 * between two parties the fact does not relate that way; a sum asked as spent on a product the fact
 * names only as what the money's real object serves ("spend building Gemini": the $200 million is for data).
 */
class WrongFifteenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- a start before another verb is no founding ------------------------------------------------

    @Test
    void a_lab_said_to_have_begun_an_act_it_was_already_doing_gets_yes() {
        assertThat(ask("Has OpenAI begun to wind down its Scale work?").text()).startsWith("Yes");
    }

    @Test
    void a_lab_said_to_have_started_an_act_with_to_gets_yes() {
        assertThat(ask("Did OpenAI start to reduce its Scale work?").text()).startsWith("Yes");
    }

    // ---- a relation asked between parties the fact does not relate ----------------------------------

    @Test
    void scales_customer_asked_as_metas_client_is_not_answered() {
        assertThat(ask("Is OpenAI a client of Meta?").answered()).isFalse();
    }

    @Test
    void scales_customer_asked_as_metas_customer_is_not_answered() {
        assertThat(ask("Is Google a Meta customer?").answered()).isFalse();
    }

    @Test
    void the_one_seeking_suppliers_asked_as_a_supplier_gets_no_yes() {
        assertThat(Verdicts.yes(ask("Is Google one of Meta's vendors?"))).isFalse();
    }

    @Test
    void the_one_seeking_suppliers_asked_as_a_supplier_in_arabic_gets_no_yes() {
        assertThat(Verdicts.yes(ask("هل جوجل من موردي ميتا؟"))).isFalse();
    }

    @Test
    void a_customer_of_one_company_asked_as_a_customer_of_another_in_arabic_gets_no_yes() {
        assertThat(Verdicts.yes(ask("هل OpenAI عميلة لميتا؟"))).isFalse();
    }

    @Test
    void the_relation_the_fact_states_is_still_answered() {
        assertThat(ask("Is OpenAI a client of Scale AI?").text()).contains("OpenAI");
    }

    @Test
    void one_of_scales_biggest_customers_is_still_answered() {
        assertThat(ask("Was Google one of Scale AI's biggest clients?").answered()).isTrue();
    }

    // ---- a sum spent on one thing asked as spent on a product the fact only names -------------------

    @Test
    void a_sum_for_data_is_no_cost_of_building_the_model_it_names() {
        assertThat(ask("What did it cost Google to build Gemini?").answered()).isFalse();
    }

    @Test
    void a_sum_asked_as_spent_on_a_rivals_product_is_not_answered() {
        assertThat(ask("How much has Google poured into ChatGPT?").answered()).isFalse();
    }

    @Test
    void a_sum_asked_as_spent_on_a_rivals_product_in_arabic_is_not_answered() {
        assertThat(ask("قديش بتصرف جوجل على ChatGPT؟").answered()).isFalse();
    }

    @Test
    void a_sum_asked_for_data_for_models_like_the_product_is_still_answered() {
        assertThat(ask("How much was Google set to spend on labelled data for models such as Gemini?").text()).contains("200");
    }
}
