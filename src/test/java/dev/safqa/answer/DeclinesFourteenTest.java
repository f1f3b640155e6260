package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Questions the article answers that Safqa declined (fourteenth round), in English, Arabic script and
 * Arabizi, each kind with its trap: what the article does not tell stays declined.
 */
class DeclinesFourteenTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    @Test
    void rivals_pulling_ahead_are_ahead_of_meta() {
        // Zuckerberg's frustration is with rivals ahead of his company: a question naming Meta was
        // refused by that fact for want of the name
        Answer a = ask("Which rival has pulled ahead of Meta?");
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("OpenAI").contains("consumer apps");
    }

    @Test
    void arabic_verb_of_pulling_ahead_is_the_articles_noun() {
        // يتقدم was a word nothing knew; the article says تقدم منافسين
        Answer a = ask("بماذا يتقدم المنافسون مثل OpenAI على ميتا؟");
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("التطبيقات");
    }

    @Test
    void standard_arabic_to_do_asks_what_a_party_does() {
        // تفعل / يفعل were words nothing knew
        Answer google = ask("ماذا تفعل غوغل الآن بعدما تركت Scale AI؟");
        assertThat(google.answered()).isTrue();
        assertThat(google.text()).contains("مزودين بديلين");
        Answer wang = ask("ماذا يفعل وانغ في ميتا؟");
        assertThat(wang.answered()).isTrue();
        assertThat(wang.text()).contains("الذكاء الفائق");
    }

    @Test
    void standard_arabic_to_do_about_what_the_article_never_tells_stays_declined() {
        assertThat(ask("ماذا يفعل درويج في وقت فراغه؟").answered()).isFalse();
    }

    @Test
    void the_unreleased_bigger_model_asked_by_what_it_is_not_by_its_name() {
        Answer a = ask("الموديل الأكبر اللي ميتا ما طرحتوش لسه اسمه إيه؟");
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("Behemoth");
    }

    @Test
    void the_models_meta_did_release_are_not_the_unreleased_one() {
        Answer a = ask("وش النماذج اللي طرحتها ميتا؟");
        assertThat(a.text()).doesNotContain("Behemoth");
    }

    @Test
    void spoken_angry_is_frustrated() {
        // معصب (Levantine, Gulf: angry) was a word nothing knew
        Answer a = ask("ليش زوكربيرغ معصب؟");
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("OpenAI");
    }

    @Test
    void what_zuckerberg_wants_out_of_it_is_his_motive() {
        Answer a = ask("زوكربيرغ شو بده من سكيل؟");
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("اللحاق بسباق الذكاء الاصطناعي");
    }

    @Test
    void a_prediction_joined_by_wa_is_still_a_prediction() {
        // "وهل ستتفوق..." (and will Meta overtake...?): the article reports who is ahead, not who wins
        Answer a = Chats.last(answerer, "Which rival has pulled ahead of Meta?", "وهل ستتفوق ميتا عليها في يوم من الأيام؟");
        assertThat(a.answered()).isFalse();
        assertThat(a.text()).contains("رأي");
    }

    @Test
    void iraqi_how_much_and_was_mark_arabizi_without_a_letter_digit() {
        // "shgad chanat" (شكد چانت): no digit, no word the table knew, so it was read as English names
        Answer a = ask("shgad chanat qimat scale?");
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("29");
    }

    @Test
    void egyptian_which_and_still_mark_arabizi_without_a_letter_digit() {
        Answer a = ask("anhi model elly lessa ma nezelsh?");
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("Behemoth");
    }

    @Test
    void a_given_name_that_is_also_an_arabizi_word_leaves_english_english() {
        Answer a = ask("Is Lissa the new CEO?");
        assertThat(a.language()).isEqualTo(dev.safqa.text.Language.EN);
        assertThat(a.answered()).isFalse();
    }

    @Test
    void priorities_ask_a_motive() {
        // "priorities" was a word nothing knew
        Answer a = ask("What does this move tell us about Zuck's priorities?");
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("catch up in the AI race");
    }

    @Test
    void priorities_of_a_party_no_fact_gives_a_motive_of_stay_declined() {
        assertThat(ask("what are google's priorities now?").answered()).isFalse();
    }
}
