package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * English and Arabizi questions the article answers that Safqa declined (thirteenth round), each
 * kind with its trap: the answer carries the article's figure, and a question about what the
 * article does not tell stays declined.
 */
class EnglishDeclinesThirteenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    @Test
    void last_year_is_the_year_before_the_articles() {
        // the article dates the deal June 2025: its 2024 revenue is "last year"'s
        Answer a = ask("What was Scale AI's revenue figure for last year?");
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("870");
    }

    @Test
    void last_year_is_still_no_year_a_fact_of_this_year_tells_of() {
        // Meta's $65 billion is this year's plan, Google's $200 million was planned for 2025
        assertThat(ask("What was Meta's AI infrastructure budget last year?").answered()).isFalse();
        assertThat(ask("how much did Google pay Scale last year?").answered()).isFalse();
    }

    @Test
    void arabizi_with_a_letter_digit_is_arabizi_though_latin_names_outnumber_it() {
        Answer a = ask("kam 7essat meta f scale ai?");
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("49%");
    }

    @Test
    void arabizi_noun_in_its_construct_form_is_read_as_the_noun() {
        // "nesbet" is نسبة before the one it is of; the letter rules alone made نسبت, no word
        Answer a = ask("shu nesbet meta b scale?");
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("49%");
    }

    @Test
    void arabizi_iraqi_who_is_a_question_word() {
        // no letter digit and no other short word: منو alone marks it Arabizi
        Answer a = ask("mnu katab el memo?");
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("زوكربيرغ");
    }

    @Test
    void arabizi_iraqi_how_much_is_a_question_word() {
        Answer a = ask("shkether 7essat meta?");
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("49%");
    }

    @Test
    void a_contraction_of_why_is_no_typo_of_who() {
        // "why's" was corrected to "who's", a who-question no fact answered
        Answer a = ask("why's Google looking for other suppliers?");
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("alternative suppliers");
    }

    @Test
    void bailing_alone_is_cutting_ties() {
        Answer a = ask("why did openai bail?");
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("OpenAI").contains("Meta");
    }

    @Test
    void the_earlier_deal_it_is_likened_to_is_the_comparison() {
        Answer a = ask("Which earlier purchase of Meta's is this deal likened to?");
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("WhatsApp").contains("2014");
    }

    @Test
    void the_head_of_a_company_paying_is_the_company_paying() {
        Answer a = ask("how much did Zuck fork out for Scale?");
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("$14.8 billion");
        // what he pays himself the article never tells
        assertThat(ask("did Zuckerberg personally invest in Scale?").text()).doesNotContain("14.8");
    }

    @Test
    void money_blown_on_something_is_money_spent_on_it() {
        Answer a = ask("how much did Meta blow on Scale AI?");
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("$14.8 billion");
    }
}
