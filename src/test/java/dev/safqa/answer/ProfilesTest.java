package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A question that asks only who or what one name is: the fact that introduces it, or a decline. */
class ProfilesTest {
    private final Answerer answerer = TestKnowledge.answerer();

    @Test
    void who_a_person_is_is_the_fact_that_introduces_him() {
        // six facts name Wang, none sure of itself for the model: the one saying who he is answers
        assertThat(answerer.answer("who exactly is Alex Wang?").facts()).isEqualTo(List.of("wang-joins-meta"));
    }

    @Test
    void a_request_to_tell_about_someone_asks_who_he_is() {
        assertThat(answerer.answer("can you tell me about Alex Wang").facts()).isEqualTo(List.of("wang-joins-meta"));
    }

    @Test
    void the_arabic_who_is_with_a_copula_asks_who_he_is() {
        assertThat(answerer.answer("ومن يكون وانج؟").facts()).isEqualTo(List.of("wang-joins-meta"));
    }

    @Test
    void what_a_company_is_is_the_fact_that_introduces_it() {
        assertThat(answerer.answer("what's OpenAI?").facts()).isEqualTo(List.of("openai-ends-work"));
    }

    @Test
    void a_name_no_fact_introduces_is_declined() {
        // the article names Bloomberg as the outlet that saw the memo, and never says what it is
        assertThat(answerer.answer("what is Bloomberg?").answered()).isFalse();
    }

    @Test
    void a_word_after_the_name_asks_more_than_who_it_is() {
        assertThat(answerer.answer("what is google doing now?").facts()).doesNotContain("google-cuts-ties");
    }

    @Test
    void who_he_is_after_another_question_about_him_asks_only_who_he_is() {
        assertThat(answerer.answer("who is he?", null, "what age is Alex Wang?").facts()).isEqualTo(List.of("wang-joins-meta"));
    }

    @Test
    void another_name_after_a_who_is_question_asks_who_that_one_is() {
        assertThat(answerer.answer("and Google?", null, "who is Jason Droege?").facts()).isEqualTo(List.of("google-cuts-ties"));
    }

    @Test
    void what_about_a_name_after_an_age_question_asks_the_age() {
        assertThat(answerer.answer("what about Alex Wang?", null, "how old is Droege?").facts()).isEqualTo(List.of("wang-age"));
    }
}
