package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.text.ArabicText;
import dev.safqa.text.Language;
import org.junit.jupiter.api.Test;

class IntentDetectorTest {
    private static Intent en(String q) {
        return IntentDetector.detect(ArabicText.fold(q), Language.EN);
    }

    private static Intent ar(String q) {
        return IntentDetector.detect(ArabicText.fold(q), Language.AR);
    }

    @Test
    void the_year_how_much_asks_which_year() {
        assertThat(ar("الصفقة دي اتعلنت سنة كم؟")).isEqualTo(Intent.WHEN);        // Egyptian سنة كام, after dialect
    }

    @Test
    void english_question_words() {
        assertThat(en("How much did Meta pay?")).isEqualTo(Intent.AMOUNT);
        assertThat(en("How many billions did it cost?")).isEqualTo(Intent.AMOUNT);   // counting money is an amount
        assertThat(en("How many customers does Scale have?")).isEqualTo(Intent.COUNT);
        assertThat(en("How old is Wang?")).isEqualTo(Intent.AGE);
        assertThat(en("What percentage did Meta buy?")).isEqualTo(Intent.PERCENT);
        assertThat(en("When was it announced?")).isEqualTo(Intent.WHEN);
        assertThat(en("Why did Google leave?")).isEqualTo(Intent.WHY);
        assertThat(en("Who is the new CEO?")).isEqualTo(Intent.WHO);
        assertThat(en("Did Meta buy all of it?")).isEqualTo(Intent.YES_NO);
        assertThat(en("scale ai valuation")).isEqualTo(Intent.ANY);
    }

    @Test
    void under_whom_at_a_place_asks_who() {
        assertThat(ar("وانغ هيكون تحت من في ميتا؟")).isEqualTo(Intent.WHO);
    }

    @Test
    void the_name_of_a_post_holder_asks_who() {
        assertThat(en("What is the name of Scale's new CEO?")).isEqualTo(Intent.WHO);
        assertThat(ar("شو اسم المؤسس؟")).isEqualTo(Intent.WHO);
        assertThat(en("What is the name of Meta's new team?")).isEqualTo(Intent.WHAT);          // a thing's name
    }

    @Test
    void when_after_another_question_word_joins_a_clause_and_does_not_ask_when() {
        assertThat(en("what can a model do when it's taught by experts?")).isEqualTo(Intent.WHAT);
        assertThat(en("Who ran Scale when the deal was announced?")).isEqualTo(Intent.WHO);
        assertThat(en("What did Meta announce, and when?")).isEqualTo(Intent.WHEN);
    }

    @Test
    void how_long_asks_a_duration_and_how_long_ago_a_date() {
        // a duration is a count of time, which no fact gives: not "how", which any fact about him answers
        assertThat(en("How long has he been at Scale?")).isEqualTo(Intent.COUNT);
        assertThat(en("How long ago was the WhatsApp deal?")).isEqualTo(Intent.WHEN);
    }

    @Test
    void an_arabic_question_word_with_and_glued_on_is_still_that_word() {
        assertThat(ar("ومتى سيطرح؟")).isEqualTo(Intent.WHEN);
        assertThat(ar("ولماذا؟")).isEqualTo(Intent.WHY);
        assertThat(ar("وكيف؟")).isEqualTo(Intent.HOW);
        assertThat(ar("وانغ سيكون تحت من؟")).isEqualTo(Intent.WHO);      // under whom
    }

    @Test
    void arabic_question_words() {
        assertThat(ar("كم استثمرت ميتا؟")).isEqualTo(Intent.AMOUNT);
        assertThat(ar("كم عمر وانغ؟")).isEqualTo(Intent.AGE);
        assertThat(ar("كم عدد الموظفين؟")).isEqualTo(Intent.COUNT);
        assertThat(ar("ما نسبة الحصة؟")).isEqualTo(Intent.PERCENT);
        assertThat(ar("متى أعلنت الصفقة؟")).isEqualTo(Intent.WHEN);
        assertThat(ar("في أي عام؟")).isEqualTo(Intent.WHEN);
        assertThat(ar("لماذا قطعت جوجل علاقتها؟")).isEqualTo(Intent.WHY);
        assertThat(ar("من هو المدير الجديد؟")).isEqualTo(Intent.WHO);
        assertThat(ar("ما هي الشركات التي انسحبت؟")).isEqualTo(Intent.WHO);
        assertThat(ar("هل اشترت ميتا الشركة؟")).isEqualTo(Intent.YES_NO);
        assertThat(ar("ما هو نموذج Behemoth؟")).isEqualTo(Intent.WHAT);
    }

    @Test
    void to_whom_asks_who_wherever_it_stands() {
        assertThat(ar("درويج سيعمل تحت اشراف لمن في سكيل؟")).isEqualTo(Intent.WHO);
    }

    @Test
    void from_which_is_no_who() {
        assertThat(ar("من أي صفقة؟")).isNotEqualTo(Intent.WHO);             // "from which deal?"
    }

    @Test
    void the_ai_of_a_name_is_no_which() {
        assertThat(ar("سكيل اي اي شركة تعمل في ماذا؟")).isEqualTo(Intent.WHAT);   // "اي" of "AI", not "which company"
    }

    @Test
    void asking_for_names_of_companies_asks_who() {
        assertThat(en("What are the names of the companies that left?")).isEqualTo(Intent.WHO);   // "names of"
        assertThat(en("What suppliers is Google turning to?")).isEqualTo(Intent.WHO);             // "what suppliers"
        assertThat(ar("ما أسماء الشركات البديلة؟")).isEqualTo(Intent.WHO);                         // أسماء الشركات
    }

    @Test
    void a_request_is_not_a_yes_no_question() {
        assertThat(en("Could you tell me what Scale AI is valued at?")).isNotEqualTo(Intent.YES_NO);   // "could you tell me"
        assertThat(en("Can you explain what data labelling is?")).isNotEqualTo(Intent.YES_NO);         // "can you explain"
    }

    @Test
    void reason_as_a_verb_is_no_why() {
        assertThat(en("Who must teach a model so it can reason?")).isEqualTo(Intent.WHO);        // "it can reason"
        assertThat(en("What was the reason for the deal?")).isEqualTo(Intent.WHY);               // "the reason"
    }

    @Test
    void kam_before_a_countable_noun_asks_how_many() {
        assertThat(ar("كم شركة تعمل مع سكيل؟")).isEqualTo(Intent.COUNT);      // a noun in ة
        assertThat(ar("كم مركز بيانات ستبني ميتا؟")).isEqualTo(Intent.COUNT);  // a noun of the مفعل shape
        assertThat(ar("كم موظف عند سكيل؟")).isEqualTo(Intent.COUNT);
        assertThat(ar("كم سنة قضى وانغ في سكيل؟")).isEqualTo(Intent.COUNT);    // years as a duration, not an age
        assertThat(ar("وكم مركز؟")).isEqualTo(Intent.COUNT);                    // after a و
        assertThat(ar("كم سنة عمر وانغ؟")).isEqualTo(Intent.AGE);               // an age all the same
        assertThat(ar("وانغ عنده كم سنة؟")).isEqualTo(Intent.AGE);              // "has how many years": how old
        assertThat(ar("سكيل تأسست قبل كم سنة؟")).isEqualTo(Intent.COUNT);       // "how many years ago": no age
        assertThat(ar("وانغ بيشتغل بسكيل من كم سنة؟")).isEqualTo(Intent.COUNT);  // "for how many years": no age
    }

    @Test
    void kam_before_a_money_word_or_a_verb_asks_an_amount() {
        assertThat(ar("كم دفعت ميتا؟")).isEqualTo(Intent.AMOUNT);               // a verb
        assertThat(ar("كم قيمة الصفقة؟")).isEqualTo(Intent.AMOUNT);             // a money noun in ة
        assertThat(ar("كم سعر الحصة؟")).isEqualTo(Intent.AMOUNT);
        assertThat(ar("كم ثمنه؟")).isEqualTo(Intent.AMOUNT);                     // a money word with a pronoun
        assertThat(ar("كم مليار دفعت ميتا؟")).isEqualTo(Intent.AMOUNT);         // a money noun of the مفعل shape
        assertThat(ar("كم ميتا دفعت؟")).isEqualTo(Intent.AMOUNT);               // a name is no countable noun
        assertThat(ar("وكم صارت قيمة الشركة؟")).isEqualTo(Intent.AMOUNT);       // after a و
        assertThat(ar("ميتا دفعت كم في شركة سكيل؟")).isEqualTo(Intent.AMOUNT);  // كم after the verb: في is no count
        assertThat(ar("كم ناوية ميتا تصرف؟")).isEqualTo(Intent.AMOUNT);          // a participle, used as a verb
    }

    @Test
    void a_spoken_who_after_a_pronoun_asks_who() {
        assertThat(ar("هو من اللي صار المدير التنفيذي بعد ما وانغ مشي؟")).isEqualTo(Intent.WHO);   // "هو مين"
    }

    @Test
    void how_big_a_piece_of_something_asks_a_share() {
        assertThat(en("how large a slice of the startup does Meta hold?")).isEqualTo(Intent.PERCENT);
        assertThat(en("how big was the deal?")).isEqualTo(Intent.AMOUNT);     // a size alone is an amount
    }
}
