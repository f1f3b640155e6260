package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import org.junit.jupiter.api.Test;

/** A question read with the one before it, as in a chat: whom and what its pronouns point at. */
class FollowUpTest {
    private final Answerer answerer = TestKnowledge.answerer();

    private Answer after(String earlier, String question) {
        Answer first = answerer.answer(earlier);
        return answerer.answer(question, null, earlier, first.facts());
    }

    /** The last of several turns, each asked after the ones before as a chat asks them. */
    private Answer turns(String... asked) {
        return Chats.last(answerer, asked);
    }

    private static final QuestionReader READER = new QuestionReader(TestKnowledge.index(), Scoring.standard());

    @Test
    void how_much_it_changes_asks_of_the_figure_asked_before() {
        // "it" is the revenue, not Scale AI, whose growth the article does not measure
        assertThat(after("how much revenue did scale bring in during 2024?", "and how much is it forecast to increase?").text())
                .contains("2 billion");
    }

    @Test
    void how_much_it_changes_stays_declined_where_the_article_gives_no_change() {
        // the article gives Meta's spending this year, and no growth of it
        assertThat(after("how much is meta spending on ai infrastructure this year?", "how much is it expected to grow?").answered()).isFalse();
    }

    @Test
    void whom_one_answers_to_in_dialect_is_asked_of_whom_the_last_turn_named() {
        assertThat(after("شو الفريق الجديد اللي رح يقوده وانغ بميتا؟", "وبيتبع مين هناك؟").text()).contains("زوكربيرغ");
    }

    @Test
    void the_bigger_one_after_models_is_another_model() {
        // "one" is a model, as the question before asked about models; Llama 4 itself is set aside
        assertThat(after("which meta models got a cold reception from developers?", "what about the bigger one meta was developing?").text())
                .contains("Behemoth");
    }

    @Test
    void whats_a_person_doing_asks_their_role() {
        assertThat(answerer.answer("what's Alexandr Wang doing at Meta these days?").text()).contains("superintelligence");
    }

    @Test
    void an_age_asked_before_is_not_carried_into_another_question_word() {
        // "who is he?" after "how old is Wang?" asks who he is, not his age again
        ParsedQuestion earlier = READER.read("how old is Wang?", dev.safqa.text.Language.EN);
        ParsedQuestion read = READER.read("and who is he?", dev.safqa.text.Language.EN).following(earlier, null, true);
        assertThat(read.ids(Slot.Type.CONCEPT)).doesNotContain("age");
        assertThat(read.ids(Slot.Type.ENTITY)).contains("wang");
    }

    @Test
    void what_he_is_doing_is_the_role_of_whom_he_points_at() {
        assertThat(turns("who is the founder of scale ai?", "how old is he?", "and what is he doing over at meta?").text())
                .contains("superintelligence");
    }

    @Test
    void naming_a_company_leaves_he_pointing_at_the_person_asked_about_before() {
        assertThat(after("How old is Alexandr Wang?", "and who does he report to at Meta?").text()).contains("Zuckerberg");
    }

    @Test
    void it_in_a_who_question_is_the_thing_talked_about_not_the_agency_the_answer_named() {
        // the answer named Bloomberg; "who saw it?" asks who saw the memo, and Bloomberg is the answer
        assertThat(after("What did Zuckerberg say in his internal memo?", "who saw it?").text()).contains("Bloomberg");
    }

    @Test
    void that_points_at_the_thing_the_last_answer_brought_in() {
        assertThat(after("Which earlier acquisition is the deal compared with?", "what year was that?").text()).contains("2014");
    }

    @Test
    void he_with_a_new_person_in_the_answer_asks_about_that_person() {
        // the answer named Droege, whose age the article does not give
        assertThat(after("Who is Scale AI's new CEO?", "how old is he?").answered()).isFalse();
    }

    @Test
    void and_when_in_dialect_asks_when_and_the_article_gives_no_release_date() {
        assertThat(after("شو قصة نموذج بيهيموث؟", "وإمتى رح ينزل؟").answered()).isFalse();
    }

    @Test
    void besides_those_sets_aside_whom_the_last_answer_named() {
        // the article names Google and OpenAI, and no other lab
        assertThat(after("which labs cut ties with scale?", "which other labs besides those two?").answered()).isFalse();
        assertThat(after("which labs cut ties with scale?", "which other labs besides Google?").text()).contains("OpenAI");
    }

    @Test
    void the_bigger_one_is_not_the_one_talked_about_before() {
        // Llama 4 came out in April; "the bigger one" is another model, so April is no answer to it
        Answer a = after("Which Meta models were poorly received?", "and the bigger one they were working on?");
        assertThat(a.text()).doesNotContain("April").doesNotContain("Llama");
    }

    @Test
    void he_asks_about_him_and_the_companies_before_only_set_the_scene() {
        // Wang's age fact does not name Meta, which the earlier question did
        assertThat(after("who is leaving Scale to go to Meta?", "how old is he?").text()).contains("28");
        assertThat(after("Who does Wang report to at Meta?", "what did he write in that internal memo?").text()).contains("superintelligence");
    }

    @Test
    void they_after_a_question_naming_a_company_is_that_company_not_another_the_answer_named() {
        // the answer named OpenAI beside Google; "they" is still Google
        assertThat(after("Why did Google cut ties with Scale?", "how much were they going to spend there in 2025?").text())
                .contains("200 million");
    }

    @Test
    void what_about_another_asks_it_the_conversations_earlier_question_when_the_last_does_not_apply() {
        // the article gives no figure OpenAI was going to spend, but says it pulled away from Scale too
        String earlier = "Why did Google cut ties with Scale?\nhow much were they going to spend there in 2025?";
        Answer a = answerer.answer("what about openai?", null, earlier, java.util.List.of("google-200m"));
        assertThat(a.answered()).isTrue();
        assertThat(a.text()).contains("OpenAI").doesNotContain("200");
    }

    @Test
    void a_question_about_another_one_does_not_stay_with_the_last_answer() {
        assertThat(answerer.staysWithLastAnswer("and the bigger one they were working on?")).isFalse();
        assertThat(answerer.staysWithLastAnswer("what about openai?")).isFalse();
        assertThat(answerer.staysWithLastAnswer("and what's his pay package going to be?")).isTrue();
    }

    @Test
    void arabic_h_suffix_points_at_the_thing_the_answer_named_when_it_named_nobody() {
        // استقبلوه: "received it", the Llama 4 models; ـه is "it" as well as "him"
        assertThat(after("ما هي النماذج التي أطلقتها ميتا في أبريل ولم تعجب المطورين؟", "وكيف استقبلوه المطورين؟").text())
                .contains("Llama 4");
    }

    @Test
    void and_joined_to_a_name_leans_on_the_question_before() {
        // وأوبن إيه آي: "and OpenAI?" (and إيه in the name is neither "what" nor a pronoun)
        assertThat(after("Why did Google cut ties with Scale?", "وأوبن إيه آي؟").text()).contains("OpenAI");
    }

    @Test
    void and_on_its_own_before_a_year_leans_and_borrows_what_was_measured() {
        // "and in 2025, how much is expected?" after a revenue question: the revenue forecast
        assertThat(after("كم كانت إيرادات سكيل في 2024؟", "و ف 2025 كم متوقع؟").text()).contains("2025").contains("ملياري");
        assertThat(after("كم كانت إيرادات سكيل في 2024؟", "وبـ2023؟").answered()).isFalse();
    }

    @Test
    void an_age_follow_up_asks_the_age_not_the_earlier_questions_subject() {
        QuestionReader reader = new QuestionReader(TestKnowledge.index(), Scoring.standard());
        ParsedQuestion earlier = reader.read("مين اللي رح يقود فريق الذكاء الفائق في ميتا؟", dev.safqa.text.Language.AR);
        ParsedQuestion age = reader.read("وعنده كام سنة؟", dev.safqa.text.Language.AR).following(earlier, null);
        // the team and superintelligence are what the earlier question asked about, not what this one does
        assertThat(age.intent()).isEqualTo(Intent.AGE);
        assertThat(age.ids(Slot.Type.CONCEPT)).isEmpty();
    }

    @Test
    void what_about_another_is_understood_as_read_after_the_question_that_answered_it() {
        // so that "why?" next asks why OpenAI cut ties, not why it paid
        String earlier = "Why did Google cut ties with Scale?\nhow much were they going to spend there in 2025?";
        Answer a = answerer.answer("what about openai?", null, earlier, java.util.List.of("google-200m"));
        assertThat(a.context()).isEqualTo("Why did Google cut ties with Scale?");
    }

    @Test
    void and_how_much_alone_borrows_no_measure_from_the_question_before() {
        // after the deal Scale's is compared with (WhatsApp, 2014), "for how much?" asks a price the article never gives
        Answer a = answerer.answer("وبكم؟", null, "ما الصفقة التي تقارن بها صفقة سكيل؟\nومتى كانت؟",
                java.util.List.of("biggest-since-whatsapp"));
        assertThat(a.answered()).isFalse();
    }

    @Test
    void it_pointing_at_no_name_is_what_the_last_question_asked_about() {
        // no name the memo answer brought in is "it" (Bloomberg is who, not what): it is the memo, and
        // Wang, whom the conversation began with, only sets the scene
        Answer a = answerer.answer("and who got hold of it?", null,
                "Who does Wang report to at Meta?\nwhat did he write in that internal memo?", java.util.List.of("zuckerberg-memo"));
        assertThat(a.text()).contains("Bloomberg");
    }

    @Test
    void the_other_one_is_not_answered_with_a_fact_about_the_one_before_alone() {
        assertThat(after("Which Meta models were poorly received?", "and the other one?").text()).doesNotContain("Llama");
    }

    @Test
    void it_after_an_unanswered_other_one_is_that_one_and_not_what_was_named_before() {
        // no answer said which "other one": how much it cost is not the deal's $14.8 billion
        Answer a = answerer.answer("how much did it cost?", null, "Which Meta models were poorly received?\nand the other one?",
                java.util.List.of());
        assertThat(a.answered()).isFalse();
    }

    @Test
    void his_manager_is_whom_the_person_pointed_at_reports_to_not_who_runs_the_company() {
        // مديره: "his manager"; Wang answers to Zuckerberg, and Droege (Scale's new CEO) is no answer
        assertThat(after("مين اللي أسس Scale AI؟", "ومين رح يكون مديره؟").text()).contains("زوكربيرغ");
    }

    @Test
    void his_manager_in_english_is_whom_he_reports_to() {
        assertThat(after("Who founded Scale AI?", "and who will his manager be?").text()).contains("Zuckerberg");
    }

    @Test
    void naming_only_the_articles_subjects_and_pointing_back_leans() {
        // "them" is Google, whom the last question named; Scale alone does not make it a question of its own
        String earlier = "What did Google do after Meta's investment?";
        Answer a = answerer.answer("so who supplies Scale's kind of data to them now?", null, earlier, java.util.List.of("google-cuts-ties"));
        assertThat(a.context()).isEqualTo(earlier);
    }

    @Test
    void who_takes_scales_place_for_a_company_is_not_who_took_wangs_place() {
        // the article says Google looks for other suppliers, and names none; Droege replaced Wang, not Scale
        Answer a = after("Why did Google cut ties with Scale AI?", "so who takes over from Scale for them?");
        assertThat(a.text()).doesNotContain("Droege");
    }

    @Test
    void it_back_then_after_an_older_deal_is_that_deal_and_its_price_is_not_given() {
        // the deal is compared with WhatsApp (2014), whose price the article never gives: not $14.8 billion
        Answer a = answerer.answer("and how much did Meta pay for it back then?", null,
                "Which older deal is this one compared with?", java.util.List.of());
        assertThat(a.answered()).isFalse();
    }

    @Test
    void it_is_still_the_older_deal_after_a_question_that_only_pointed_back_at_it() {
        // neither earlier turn was answered, so no answer named WhatsApp; "that" kept pointing at the older deal
        Answer a = answerer.answer("so what did Meta pay for it?", null,
                "Which previous Meta acquisition do they compare it to?\nwhen was that?", java.util.List.of());
        assertThat(a.answered()).isFalse();
    }

    @Test
    void a_question_of_its_own_after_an_older_deal_ends_the_pointing_back() {
        Answer a = answerer.answer("how much did Meta pay for it?", null,
                "Which older deal is this one compared with?\nhow much did Meta invest in Scale AI?", java.util.List.of("deal-investment"));
        assertThat(a.text()).contains("14.8");
    }

    @Test
    void someone_else_on_a_team_is_not_the_people_the_last_answer_named() {
        Answer a = answerer.answer("and who else will be in that group?", null,
                "what will Wang lead at Meta?", java.util.List.of("wang-superintelligence-team"));
        assertThat(a.answered()).isFalse();
    }

    @Test
    void someone_else_after_companies_still_asks_for_companies() {
        Answer a = answerer.answer("who else?", null, "which labs stopped working with Scale AI?", java.util.List.of("labs-cut-ties"));
        assertThat(a.text()).contains("OpenAI");
    }

    @Test
    void an_arabic_old_deal_is_another_deal_than_the_articles() {
        Answer a = answerer.answer("وقديش دفعت ميتا فيها وقتها؟", null, "شو الصفقة القديمة اللي بيقارنوا فيها؟", java.util.List.of());
        assertThat(a.answered()).isFalse();
    }

    @Test
    void and_now_asks_the_last_question_of_the_present_and_not_anything_about_its_subject() {
        // how labelling began, then "and now?": not the definition of labelling, which tells nothing of now
        Answer a = answerer.answer("and now?", null, "What is data labelling?\nwhat was it like in the beginning?",
                java.util.List.of("labelling-history"));
        assertThat(a.text()).doesNotContain("basic level");
    }

    @Test
    void an_arabic_time_word_alone_borrows_what_the_last_question_asked_about() {
        // والحين: "and now"; the answer is how labelling changed, not what Google does now
        assertThat(after("شو كان تصنيف البيانات بالبداية؟", "والحين؟").text()).contains("تعقيد").doesNotContain("جوجل");
    }

    @Test
    void an_acknowledgement_before_what_about_still_leans() {
        String earlier = "Why did Google cut ties with Scale?";
        assertThat(answerer.answer("alright, what about OpenAI?", null, earlier, java.util.List.of("labs-cut-ties")).context())
                .isEqualTo(earlier);
    }

    @Test
    void an_arabic_acknowledgement_before_and_still_leans() {
        String earlier = "ليش جوجل قطعت علاقتها مع سكيل؟";
        assertThat(answerer.answer("تمام، وأوبن إيه آي كمان؟", null, earlier, java.util.List.of("labs-cut-ties")).context())
                .isEqualTo(earlier);
    }

    @Test
    void where_asks_of_its_own_and_does_not_borrow_the_last_questions_age() {
        // "where" has no intent of the reader's: the last question's (his age) is not what it asks
        assertThat(after("How old is Alexandr Wang?", "and where is he going?").text()).doesNotContain("28");
    }

    @Test
    void an_age_asked_of_him_leaves_the_companies_of_the_question_before_out() {
        // Wang's age fact does not speak of Meta, and Meta in the earlier question is no doubt about it
        assertThat(after("مين اللي رح يرأس وحدة الذكاء الفائق في ميتا؟", "وعمره قديش؟").text()).contains("28");
    }

    @Test
    void and_he_in_arabic_leans_on_the_question_before() {
        // وهو: "and he"; the question is too long to be a fragment, and names nobody
        String earlier = "مين اللي رح يرأس وحدة الذكاء الفائق في ميتا؟";
        assertThat(answerer.answer("وهو رح يشتغل تحت إشراف مين بالضبط؟", null, earlier, java.util.List.of("wang-superintelligence-team"))
                .context()).isEqualTo(earlier);
    }

    @Test
    void he_after_a_question_describing_someone_is_that_person_not_another_the_answer_named() {
        // the answer about Droege also names Wang, whose age the article gives: it is not Droege's
        assertThat(after("tell me about jason droege", "how old is he?").text()).doesNotContain("28");
    }

    @Test
    void his_after_a_question_describing_someone_asks_about_that_person() {
        // Droege's post before he became CEO is in the answer about him
        assertThat(after("Who is Jason Droege?", "and what did he do before that?").text()).contains("strategy");
    }

    @Test
    void he_stays_the_person_described_through_a_follow_up_that_names_nobody() {
        // two turns on Droege; the answer's other name (Wang, 28) is not whom "he" means
        Answer a = answerer.answer("and what's his age?", null, "Who is Jason Droege?\nwhat did he do before that?",
                java.util.List.of("droege-ceo"));
        assertThat(a.text()).doesNotContain("28");
    }

    @Test
    void a_dialect_that_points_back_and_the_question_leans() {
        // كده ("that", Egyptian) is dropped as filler by the dialect map, and still points back
        assertThat(after("مين جيسون درويج ده؟", "كان بيعمل إيه قبل كده في الشركة؟").text()).contains("الاستراتيجية");
    }

    @Test
    void it_that_is_one_of_meta_and_scale_is_not_answered_with_the_fact_about_both() {
        // "it" spending on AI is Meta ($65 billion), not the $14.8 billion Meta put into Scale
        assertThat(after("How much did Meta invest in Scale?", "how much is it spending on AI this year?").text())
                .doesNotContain("14.8");
    }

    @Test
    void it_that_is_the_deal_of_both_is_still_answered() {
        assertThat(after("How much did Meta pay for Scale?", "when was it announced?").text()).contains("June");
    }

    @Test
    void and_this_one_after_an_older_deal_is_the_articles_deal() {
        // the comparison named WhatsApp (2014); "this one" is the deal the article is about
        assertThat(after("Which deal is this compared to?", "and this one, when was it announced?").text()).contains("June");
    }

    @Test
    void a_chain_past_and_this_one_no_longer_borrows_the_older_deal() {
        // read after "and this one", the WhatsApp deal is not what "that" is
        Answer a = answerer.answer("and what year was that?", null,
                "Which deal is this compared to?\nand this one, when was it announced?", java.util.List.of("deal-announced"));
        assertThat(a.text()).doesNotContain("2014");
    }

    @Test
    void a_bare_why_asks_of_what_the_last_answer_said() {
        // the answer said Google cut ties; why it did is the labs' fear of leaks to Meta
        assertThat(after("شو عملت جوجل بعد الصفقة؟", "وليش؟").text()).contains("تسرب");
    }

    @Test
    void a_bare_why_after_an_age_stays_declined() {
        // the age fact tells what nobody asks a reason of; his move to Meta is no reason for it
        assertThat(after("how old is wang?", "why?").answered()).isFalse();
    }

    @Test
    void a_bare_why_after_a_figure_with_no_reason_stays_declined() {
        assertThat(after("how much revenue did scale make in 2024?", "why?").answered()).isFalse();
    }

    @Test
    void a_figure_asked_in_a_word_nothing_knows_does_not_ask_the_last_measure_again() {
        // "borrow" may be another measure than the revenue asked before; the article gives no such sum
        assertThat(after("how much revenue did Scale bring in last year?", "how much did it borrow?").answered()).isFalse();
    }

    @Test
    void a_dialect_far_that_points_at_the_older_deal_the_last_answer_named() {
        // "هذيك الصفقة" (that deal) after the WhatsApp comparison: the article gives no price for it
        assertThat(turns("امتى اتعلنت الصفقة؟", "وهي أكبر صفقة لميتا من بعد أي صفقة؟", "طب بكم اشتروا هذيك الشركة؟").answered())
                .isFalse();
    }

    @Test
    void a_dialect_far_that_still_points_at_the_article_deal_when_the_last_answer_named_it() {
        assertThat(after("كم دفعت ميتا مقابل حصتها في سكيل؟", "وكم نسبة هذيك الحصة؟").text()).contains("49");
    }

    @Test
    void a_comparison_with_an_older_deals_price_is_declined() {
        // the article names WhatsApp as an older deal and gives no price for it
        assertThat(after("what did meta pay for its stake in scale ai?", "was that bigger than the whatsapp purchase price?").answered())
                .isFalse();
    }

    @Test
    void a_fragment_going_on_with_an_unanswered_turn_is_not_answered_from_an_older_one() {
        // the middle turn asks a payment of a company the article gives none for; "for which model?"
        // goes on with it, and Meta's own models (named in the first turn's "meta deal") are no answer
        assertThat(turns("which scale customer walked away once meta invested?", "how much was openai set to pay scale this year?",
                "for which model?").answered()).isFalse();
    }

    @Test
    void a_fragment_going_on_with_an_answered_turn_is_answered_by_that_answers_fact() {
        assertThat(after("what was google planning to spend with scale in 2025?", "for which model?").text()).contains("Gemini");
    }

    @Test
    void why_after_a_reception_is_not_answered_with_the_reception_again() {
        // the fact that told how developers took Llama 4 gives a reason of Zuckerberg's frustration, not of that
        assertThat(after("what did developers think of meta's llama 4 models?", "and why was that?").answered()).isFalse();
    }

    @Test
    void a_definition_asked_after_a_question_about_scale_is_a_question_of_its_own() {
        assertThat(after("which customers left scale after the deal?", "and what is data labeling, anyway?").text()).contains("learns");
    }

    @Test
    void an_arabic_copula_after_what_points_at_no_one() {
        // "وما هو تصنيف البيانات؟": هو is "is", not "he"; the definition is asked, not something of a person
        assertThat(after("لماذا يبتعد العملاء عن Scale؟", "وما هو تصنيف البيانات بالضبط؟").text()).contains("يتعلم");
    }

    @Test
    void an_arabic_he_alone_after_who_still_points_at_someone() {
        assertThat(after("من سيخلف وانغ في Scale؟", "ومن هو؟").text()).contains("درويج");
    }

    @Test
    void that_money_is_the_figure_the_last_answer_stated() {
        assertThat(after("how much is meta putting into ai infrastructure this year?", "and what is that cash going toward?").text())
                .contains("data centers");
    }

    @Test
    void why_a_sum_is_spent_is_answered_by_the_purpose_its_fact_gives() {
        assertThat(after("كم رح تنفق ميتا على بنية الذكاء الاصطناعي هالسنة؟", "وليش بدها تصرف هالمبلغ؟").text()).contains("مراكز بيانات");
    }

    @Test
    void a_noun_with_the_article_ending_in_plain_h_is_no_pronoun() {
        // الحصه is الحصة written plainly: the stake asked of the deal before, not "his" anything
        assertThat(after("ميتا حطت قديش بسكيل؟", "والحصه قديش؟").text()).contains("49");
    }

    @Test
    void an_arabizi_last_a_on_a_noun_with_the_article_is_no_pronoun() {
        assertThat(after("meta 7atet kam fi scale?", "w el 7essa?").text()).contains("49");
    }

    @Test
    void arabizi_is_answered_in_arabic_though_the_names_it_keeps_outnumber_its_letters() {
        assertThat(answerer.answer("meen alexandr wang?").language()).isEqualTo(dev.safqa.text.Language.AR);
    }

    @Test
    void a_question_word_and_nothing_else_asks_of_what_came_before() {
        // "في أي سنة صارت؟" names nothing and has no pronoun: alone it could only be declined
        assertThat(after("مع أي صفقة قديمة لميتا قارنوا هذه الصفقة؟", "في أي سنة صارت؟").text()).contains("2014");
    }

    @Test
    void what_the_older_deal_cost_stays_declined_after_a_bare_question_about_it() {
        // "ها" is still the older deal, whose price the article does not give: not the $14.8 billion
        assertThat(turns("مع أي صفقة قديمة لميتا قارنوا هذه الصفقة؟", "في أي سنة صارت؟", "وبكم اشترتها ميتا؟").answered()).isFalse();
    }

    @Test
    void the_other_one_is_none_of_those_named_nor_the_articles_subjects() {
        // Google was "the first one"; the other one is not Meta, whose spending a fact gives
        assertThat(turns("which two customers walked away from scale?", "how much did the first one plan to pay this year?",
                "and how much was the other one spending?").answered()).isFalse();
    }

    @Test
    void a_fragment_going_on_with_the_last_answer_is_about_whom_it_told_of() {
        // the turn before only pointed at Google ("the first one"); its answer told of Google
        assertThat(turns("which customers cut ties with scale once meta invested?", "what was the first one going to pay this year?",
                "for which model?").text()).contains("Gemini");
    }

    @Test
    void a_noun_after_a_preposition_carrying_the_article_is_no_pronoun() {
        // "bel miya" is بالمية, in the hundred: no "his" anything, so no one need be pointed at
        assertThat(after("kam dafa3et meta fi scale?", "w 2akhadet kam bel miya?").text()).contains("49");
    }

    @Test
    void an_arabizi_possessive_still_points_at_whom_the_last_turn_named() {
        assertThat(after("who is alexandr wang?", "w 3omro kam?").text()).contains("28");
        // after "who founded scale ai?" the ه may be the company's (its age), which the article does not give
        assertThat(after("who founded scale ai?", "w 3omro kam?").text()).doesNotContain("28");
    }

    @Test
    void a_bare_why_is_not_answered_by_the_same_act_of_one_the_last_answer_named() {
        // the labs' leaving was told; that OpenAI too ended its work with Scale is no reason for it
        assertThat(after("Which major clients left Scale after the deal?", "why?").facts()).doesNotContain("openai-ends-work");
    }

    @Test
    void a_bare_why_after_one_party_still_finds_the_reason_told_of_several() {
        assertThat(after("Did Google stop working with Scale AI?", "why?").text()).contains("leak");
    }

    @Test
    void the_other_one_is_not_read_after_an_older_turn() {
        // read after the first turn, "the other one" would be other than OpenAI: Google again
        assertThat(turns("Which major clients left Scale after the deal?", "how much was the first one going to pay them?",
                "and the other one?").answered()).isFalse();
    }

    @Test
    void what_else_is_not_answered_by_what_the_last_answer_told() {
        assertThat(turns("Is this the largest purchase Meta has made?", "what year was that one?",
                "what else has Meta acquired since?").answered()).isFalse();
    }

    @Test
    void what_someone_is_doing_now_does_not_ask_the_last_questions_measure_again() {
        assertThat(after("What sum had Google planned to pay Scale AI?", "ok, and what is Google doing now?").text())
                .contains("alternative");
    }

    @Test
    void the_ones_that_did_set_against_the_one_that_did_not() {
        assertThat(after("Why hasn't Meta released Behemoth?", "and the ones that did get released, what are they called?").text())
                .contains("Llama");
    }

    @Test
    void whether_the_company_announced_it_is_borne_out_by_its_announcement() {
        assertThat(after("Is Wang stepping down at Scale?", "did Scale announce it?").text()).startsWith("Yes");
    }

    @Test
    void another_company_did_not_announce_what_scale_did() {
        assertThat(after("Is Wang stepping down at Scale?", "did Meta announce it?").text()).doesNotStartWith("Yes");
    }

    @Test
    void the_bigger_model_in_dialect_is_not_the_model_talked_about() {
        // "اسمه" points at the bigger one the question sets against the last, not at a person nobody named
        assertThat(turns("شو قصة لاما 4؟", "وامتى طلعت؟", "والموديل الأكبر شو اسمه؟").text()).doesNotContain("Llama");
    }
}
