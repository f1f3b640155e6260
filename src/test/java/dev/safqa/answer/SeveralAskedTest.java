package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A message that asks several figures at once: each asked, each answered or the whole declined. */
class SeveralAskedTest {
    private final Answerer answerer = TestKnowledge.answerer();

    @Test
    void two_words_after_a_joint_ask_a_question_of_their_own() {
        assertThat(Parts.split("كم استثمرت ميتا في سكيل، وما النسبة؟", ReadingRules.STANDARD, 3)).hasSize(2);
    }

    @Test
    void two_words_in_a_sentence_of_their_own_lean_on_the_one_before() {
        assertThat(Parts.split("هل ستبلغ إيرادات سكيل ملياري دولار؟ ما رأيك؟", ReadingRules.STANDARD, 3)).hasSize(1);
    }

    @Test
    void a_lead_announcing_the_key_figures_lists_its_asks() {
        assertThat(Parts.split("the main figures: stake, valuation", ReadingRules.STANDARD, 3))
                .containsExactly("stake", "valuation");
    }

    @Test
    void a_message_that_only_lists_measures_asks_each() {
        assertThat(answerer.answer("valuation and stake, please").facts()).containsExactly("deal-valuation", "deal-stake");
    }

    @Test
    void a_listed_noun_the_model_is_unsure_of_declines_the_whole_rather_than_call_it_unanswered() {
        assertThat(answerer.answer("both numbers: stake, deal").answered()).isFalse();
    }

    @Test
    void a_pronoun_joined_to_a_word_points_at_the_person_the_part_before_brought_in() {
        // "his" job before: the new CEO's, whom the first answer named
        assertThat(answerer.answer("من هو المدير التنفيذي الجديد، وما كانت وظيفته السابقة؟").facts()).containsExactly("droege-ceo");
        // his age is not Wang's 28: the article gives none for the new CEO
        assertThat(answerer.answer("مين صار المدير التنفيذي لسكيل، وقديش عمره؟").facts()).doesNotContain("wang-age");
    }

    @Test
    void a_joined_pronoun_that_cannot_be_the_person_is_what_the_part_before_named() {
        // ـه is "it" too: the worth of Scale, which the first part named
        assertThat(answerer.answer("مين أسس سكيل، وقديش قيمته؟").facts()).contains("deal-valuation");
    }

    @Test
    void a_part_whose_figures_were_just_said_is_not_said_again() {
        assertThat(answerer.answer("how much did Meta put in, and what percentage did it get?").facts()).hasSize(1);
    }

    @Test
    void a_list_naming_what_the_article_never_mentions_is_no_list_of_asks() {
        assertThat(answerer.answer("stake, Wiz's valuation").answered()).isFalse();
    }

    @Test
    void a_list_of_names_is_no_list_of_measures() {
        assertThat(answerer.answer("Wang, Droege, Zuckerberg - go").facts()).isEqualTo(List.of());
    }

    @Test
    void a_listed_measure_of_another_period_is_said_to_be_unanswered() {
        Answer a = answerer.answer("stake, valuation, revenue next year");
        assertThat(a.text()).doesNotContain("870").doesNotContain("2 billion");
    }

    @Test
    void which_of_two_figures_is_bigger_gives_both() {
        assertThat(answerer.answer("which is larger: Scale's 2024 revenue or Meta's AI budget this year?").facts())
                .containsExactlyInAnyOrder("revenue-2024", "meta-ai-spending");
    }

    @Test
    void whether_one_figure_is_bigger_than_another_gives_both() {
        assertThat(answerer.answer("Is what Google planned to pay Scale bigger than Scale's 2024 revenue?").facts())
                .containsExactlyInAnyOrder("google-200m", "revenue-2024");
    }

    @Test
    void a_side_compared_that_names_no_one_figure_keeps_the_message_declined() {
        assertThat(answerer.answer("how does Meta's yearly AI infrastructure spending compare with the Scale deal?").answered()).isFalse();
    }

    @Test
    void a_side_compared_of_a_name_the_article_never_mentions_is_not_answered_with_scale() {
        assertThat(answerer.answer("is Meta's stake bigger than Wiz's valuation?").facts()).doesNotContain("deal-valuation");
    }

    @Test
    void a_side_compared_of_another_period_is_not_answered_with_this_one() {
        assertThat(answerer.answer("is Meta's investment bigger than Scale's revenue next year?").facts())
                .doesNotContain("revenue-2025-forecast", "revenue-2024");
    }

    @Test
    void compared_sides_are_cut_at_or_and_than() {
        assertThat(Parts.compared("which is larger: Scale's valuation or Meta's budget?"))
                .containsExactly("Scale's valuation", "Meta's budget");
    }
    @Test
    void a_comparison_may_name_what_it_compares_before_bigger() {
        assertThat(Parts.compared("which figure is larger, Scale's 2024 revenue or Google's planned payment?"))
                .containsExactly("Scale's 2024 revenue", "Google's planned payment");
    }

    @Test
    void a_comparison_may_ask_which_is_bigger_after_its_sides() {
        assertThat(Parts.compared("Meta's AI budget or the stake's price, which one is bigger?"))
                .containsExactly("Meta's AI budget", "the stake's price");
    }
    @Test
    void a_comma_then_a_question_word_after_a_question_starts_a_part() {
        assertThat(Parts.split("what did Scale earn in 2024, who runs it now, and how old is its founder?", ReadingRules.STANDARD, 3))
                .hasSize(3);
    }

    @Test
    void a_scene_set_before_a_comma_is_no_part_of_its_own() {
        assertThat(Parts.split("In Zuckerberg's note, what does he say about superintelligence?", ReadingRules.STANDARD, 3))
                .hasSize(1);
    }
}
