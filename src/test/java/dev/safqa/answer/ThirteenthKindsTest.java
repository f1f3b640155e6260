package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Kinds of wrong answer found by the thirteenth blind set (unseen/thirteenth.jsonl), fixed as kinds
 * and tested in words of our own.
 */
class ThirteenthKindsTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer ask(String q) {
        return answerer.answer(q);
    }

    // ---- a year asked of a fact that gives a month -----------------------------------------------------

    @Test
    void a_year_asked_of_a_fact_that_gives_only_a_month_is_declined() {
        // "released in April": the article never says which year
        assertThat(ask("Which year were the Llama 4 models launched?").answered()).isFalse();
        assertThat(ask("بأي سنة أطلقت ميتا نماذج لاما 4؟").answered()).isFalse();
    }

    @Test
    void a_year_asked_of_a_fact_that_states_one_is_answered() {
        assertThat(ask("In which year was the agreement announced?").text()).contains("2025");
        assertThat(ask("When did Meta put out Llama 4?").text()).contains("April");
    }

    @Test
    void the_maghrebi_and_iraqi_when_ask_when() {
        // وقتاش / شوكت are "when": a fact with no date (Behemoth not out yet) is no answer to them
        assertThat(ask("وقتاش يطلع نموذج بيهيموث؟").answered()).isFalse();
        assertThat(ask("شوكت انعلنت الصفقة؟").text()).contains("2025");
    }

    @Test
    void the_spoken_getting_done_of_a_deal_is_its_closing() {
        assertThat(ask("امتى تخلص الصفقة بين ميتا وسكيل؟").text()).contains("إتمام");
    }

    // ---- how someone felt ------------------------------------------------------------------------------

    @Test
    void how_someone_felt_is_told_only_by_a_feeling_of_his() {
        // Droege's promotion tells nothing of how he took it
        assertThat(ask("How did Droege feel about getting the top job?").answered()).isFalse();
        assertThat(ask("شو كان شعور وانغ لما ترك سكيل؟").answered()).isFalse();
    }

    @Test
    void how_someone_felt_is_answered_by_the_feeling_the_article_tells() {
        assertThat(ask("How does Zuckerberg feel about OpenAI getting ahead?").text()).contains("frustrat");
    }

    // ---- who else, asked first --------------------------------------------------------------------------

    @Test
    void who_else_with_no_one_named_is_not_the_one_person_the_fact_tells_of() {
        // the asker knows of Wang; someone beside him is asked for
        assertThat(ask("who else is going over to Meta?").answered()).isFalse();
    }

    @Test
    void who_else_of_companies_is_still_the_labs_that_left() {
        assertThat(ask("Who else dropped Scale AI apart from Google?").text()).contains("OpenAI");
    }

    // ---- a growth claimed of a tie that ended ------------------------------------------------------------

    @Test
    void a_tie_claimed_to_grow_after_the_deal_gets_no() {
        assertThat(ask("Did OpenAI expand its work with Scale after the deal?").text()).startsWith("No");
        assertThat(ask("Did Google grow its business with Scale AI after Meta invested?").text()).startsWith("No");
    }

    // ---- "one of" borne out in the question's own words ------------------------------------------------

    @Test
    void one_of_said_by_the_question_and_the_fact_is_a_yes() {
        assertThat(ask("Is Google one of the biggest customers of Scale AI?").text()).startsWith("Yes");
        assertThat(ask("هل جوجل من أكبر عملاء سكيل؟").text()).startsWith("نعم");
    }

    @Test
    void the_biggest_is_no_yes_from_one_of_the_biggest() {
        Answer a = ask("Is Google the biggest customer Scale AI has?");
        assertThat(a.text()).doesNotStartWith("Yes");
    }

    @Test
    void a_spoken_is_it_right_that_asks_yes_or_no() {
        // صح at the head asks, as هل does: a wrong figure gets "لا"
        assertThat(ask("صح ميتا خذت 60% من سكيل؟").text()).startsWith("لا");
    }

    // ---- a part that asks for "the figures" asks nothing of its own -----------------------------------

    @Test
    void the_figures_alone_name_no_fact() {
        // "figures" matched one fact's alternate question, and a market value was stated for it
        assertThat(ask("Both figures, please.").answered()).isFalse();
        assertThat(ask("Was the deal bigger than Meta's AI budget? List the figures.").text()).doesNotContain("29");
    }

    @Test
    void a_post_asked_of_one_person_is_not_the_post_of_another_the_fact_tells() {
        // Wang's new post names Zuckerberg as the one he reports to: it is no answer to his own post
        Answer a = ask("شو منصب زوكربيرغ بميتا؟");
        assertThat(a.text()).doesNotContain("الذكاء الفائق");
        assertThat(ask("What is Wang's new role?").text()).contains("superintelligence");
    }

    @Test
    void how_he_took_something_is_not_told_by_a_fact_that_tells_no_ones_feelings() {
        // "he" names no one, and Behemoth's delay tells nobody's reaction
        assertThat(ask("and how did he respond to Behemoth being held back?").answered()).isFalse();
        // the fact that tells a frustration still answers
        assertThat(ask("how did he react when Llama 4 landed badly?").text()).contains("frustration");
    }

    // ---- a statement is a claim, whatever ends it ------------------------------------------------------

    @Test
    void a_statement_ending_in_a_full_stop_is_checked_as_a_claim() {
        // said flat, with a full stop, it is as much a claim as asked back with a question mark
        assertThat(ask("Google grew its business with Scale after the deal.").text()).startsWith("No");
        assertThat(ask("Llama 4 was a hit with developers.").text()).startsWith("No");
    }

    // ---- who did it with someone --------------------------------------------------------------------

    @Test
    void who_did_it_with_a_named_person_is_not_that_person() {
        // the one named after "with" is known; someone beside him is asked for
        assertThat(ask("Who is heading to Meta together with Alexandr Wang?").answered()).isFalse();
        assertThat(ask("شكون غادي يمشي لميتا مع وانغ؟").answered()).isFalse();
        assertThat(ask("Who cut ties with Scale AI?").text()).contains("Google");
    }

    @Test
    void the_gulf_spelling_of_wang_is_wang() {
        assertThat(ask("كم عمر وانق؟").text()).contains("28");
    }
}
