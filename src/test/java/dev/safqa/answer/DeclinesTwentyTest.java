package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import dev.safqa.text.Arabizi;
import org.junit.jupiter.api.Test;

/**
 * Kinds of answerable question that were declined (the single-question sets' DECLINED lines of the
 * nineteenth round's end), fixed as kinds and tested in words of our own.
 */
class DeclinesTwentyTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- a figure quoted and asked about, with a word of asking after it ------------------------------------

    @Test
    void a_figure_followed_by_about_is_asked_what_it_is_not_counted() {
        // "the 28 about" was read as a count of answers ("the 2 things"), so no figure was left
        assertThat(ask("so what is the 28 about?").text()).contains("28").contains("Wang"); // "about" after the figure
        assertThat(ask("the 65 is for what exactly?").text()).contains("65"); // "for" after the figure
    }

    @Test
    void a_count_before_a_noun_is_still_a_count() {
        // "the 2 companies": how many are asked for, no figure 2 a fact must state
        assertThat(ask("who are the 2 companies that cut ties with Scale?").text()).contains("Google"); // a count of things
    }

    // ---- Arabizi with no letter digit, marked by two of the chat's own short words ---------------------------

    @Test
    void two_spoken_short_words_mark_a_message_arabizi() {
        assertThat(Arabizi.toArabic("howa wang el mudir el gdid?", w -> false)).isPresent(); // howa, el
        assertThat(Arabizi.toArabic("meta akhadet el nos wala bas?", w -> false)).isPresent(); // el, bas
    }

    @Test
    void arabizi_without_a_letter_digit_is_answered_in_arabic() {
        Answer a = ask("howa wang el mudir el gdid?");
        assertThat(a.text()).startsWith("لا").contains("درويج"); // the new head is Droege, in Arabic
        assertThat(ask("meta akhadet el nos wala bas 49?").text()).contains("49"); // the stake, not "Akhadet" as a name
    }

    @Test
    void english_with_its_own_short_words_stays_english() {
        // "the", "is", "or" are English's own: "min" and "la" beside them are no sign of Arabizi
        assertThat(Arabizi.toArabic("is the min stake 49 or la?", w -> false)).isEmpty(); // English glue
        assertThat(Arabizi.toArabic("el deal", w -> false)).isEmpty(); // one spoken word alone is too little
    }
}
