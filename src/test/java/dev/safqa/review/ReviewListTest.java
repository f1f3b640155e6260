package dev.safqa.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import dev.safqa.storage.KeptQuestion;
import dev.safqa.storage.KeptQuestion.Why;
import dev.safqa.text.ArabicText;
import dev.safqa.text.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewListTest {
    private final List<KeptQuestion> kept = new ArrayList<>();

    @Test
    void the_same_question_asked_again_is_one_entry_numbered_by_its_first_row() {
        keep("Who runs Scale now?", Why.DECLINED, List.of("droege-ceo"), null);
        keep("who runs scale now", Why.CLARIFIED, List.of("droege-ceo", "wang-resigns"), null);

        List<ReviewList.Asked> asked = ReviewList.distinct(kept);

        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).number()).isEqualTo(1);
        assertThat(asked.get(0).times()).isEqualTo(2);
        assertThat(asked.get(0).reasons()).isEqualTo(Map.of(Why.DECLINED, 1, Why.CLARIFIED, 1));
    }

    @Test
    void arabic_spelling_variants_are_the_same_question() {
        keep("من هو رئيس الشركة الآن؟", Why.DECLINED, List.of(), null);
        keep("من هو رئيس الشركه الان", Why.DECLINED, List.of(), null); // taa marbuta, hamza on alef

        assertThat(ReviewList.distinct(kept)).hasSize(1);
    }

    @Test
    void the_fact_chosen_after_a_clarify_comes_first_among_the_closest() {
        keep("how much is it", Why.CLARIFIED, List.of("deal-investment", "deal-valuation"), null);
        keep("how much is it", Why.CHOSEN, List.of("deal-investment", "deal-valuation"), "deal-valuation");

        assertThat(ReviewList.distinct(kept).get(0).near()).containsExactly("deal-valuation", "deal-investment");
    }

    @Test
    void a_voted_down_fact_is_not_offered_as_close() {
        keep("who left meta?", Why.VOTED_DOWN, List.of("wang-joins-meta"), "wang-joins-meta");

        ReviewList.Asked a = ReviewList.distinct(kept).get(0);

        assertThat(a.near()).isEmpty();
        assertThat(a.votedDown()).containsExactly("wang-joins-meta");
    }

    @Test
    void questions_alike_are_one_group_and_others_their_own() {
        keep("who is the new boss of scale?", Why.DECLINED, List.of("droege-ceo"), null);
        keep("who's the new boss at scale", Why.DECLINED, List.of("droege-ceo"), null);
        keep("what colour is the logo?", Why.DECLINED, List.of(), null);

        List<ReviewList.Group> groups = ReviewList.group(ReviewList.distinct(kept));

        assertThat(groups).extracting(g -> g.questions().size()).containsExactly(2, 1);
        assertThat(groups.get(0).closest()).containsExactly("droege-ceo");
    }

    @Test
    void the_most_asked_group_comes_first() {
        keep("what colour is the logo?", Why.DECLINED, List.of(), null);
        keep("when was the memo sent?", Why.DECLINED, List.of(), null);
        keep("when was the memo sent?", Why.DECLINED, List.of(), null);

        List<ReviewList.Group> groups = ReviewList.group(ReviewList.distinct(kept));

        assertThat(groups.get(0).questions().get(0).question()).isEqualTo("when was the memo sent?");
    }

    @Test
    void a_question_nothing_came_near_is_shown_the_facts_asked_alike() {
        keep("who took over the reins at scale?", Why.DECLINED, List.of(), null);

        ReviewList.Group g = ReviewList.group(ReviewList.distinct(kept)).get(0);

        assertThat(ReviewList.alikeByWording(TestKnowledge.knowledge(), g)).contains("droege-ceo");
    }

    private void keep(String question, Why why, List<String> near, String chosen) {
        kept.add(new KeptQuestion(kept.size() + 1, Instant.parse("2025-06-16T09:00:00Z").plusSeconds(kept.size()),
                "telegram", "3f9a0c1b2d4e", ArabicText.hasArabic(question) ? Language.AR : Language.EN,
                question, why, near, chosen));
    }
}
