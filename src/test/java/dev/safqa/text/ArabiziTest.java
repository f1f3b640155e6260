package dev.safqa.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ArabiziTest {
    /** The names the knowledge knows in Latin letters. */
    private static final Predicate<String> KNOWN = Set.of("meta", "scale", "ai", "wang", "google", "how", "much", "did", "pay",
            "the", "stake", "is")::contains;

    @Test
    void a_digit_standing_for_a_letter_is_that_letter() {
        assertThat(Arabizi.arabic("3omr")).isEqualTo("عمر");
    }

    @Test
    void short_vowels_inside_a_word_are_not_written() {
        assertThat(Arabizi.arabic("dafa3at")).isEqualTo("دفعت");
    }

    @Test
    void a_long_vowel_is_written() {
        assertThat(Arabizi.arabic("mudeer")).isEqualTo("مدير");
    }

    @Test
    void a_letter_pair_is_one_letter() {
        assertThat(Arabizi.arabic("shahr")).isEqualTo("شهر");
    }

    @Test
    void a_vowel_the_rules_drop_is_written_long_when_only_that_spelling_is_known() {
        assertThat(Arabizi.arabic("sha7al", Set.of("شحال")::contains)).isEqualTo("شحال");
    }

    @Test
    void a_last_a_is_alef_when_only_that_spelling_is_known() {
        assertThat(Arabizi.arabic("dafa3ha", Set.of("دفعها")::contains)).isEqualTo("دفعها");
    }

    @Test
    void th_is_ta_then_ha_when_only_that_spelling_is_known() {
        assertThat(Arabizi.arabic("bintha", Set.of("بنتها")::contains)).isEqualTo("بنتها");
    }

    @Test
    void the_rules_spelling_stays_when_the_knowledge_knows_it_or_no_other() {
        assertThat(Arabizi.arabic("dafa3at", Set.of("دفعت", "دفاعت")::contains)).isEqualTo("دفعت");
        assertThat(Arabizi.arabic("dafa3at", Set.<String>of()::contains)).isEqualTo("دفعت");
    }

    @Test
    void a_short_word_comes_from_the_table() {
        assertThat(Arabizi.arabic("leh")).isEqualTo("ليه");
    }

    @Test
    void a_question_in_arabizi_is_written_in_arabic_with_the_known_names_kept() {
        assertThat(Arabizi.toArabic("kam dafa3at meta?", KNOWN)).contains("كم دفعت meta؟");
    }

    @Test
    void the_article_is_joined_to_its_noun() {
        assertThat(Arabizi.toArabic("meen el mudeer el jdeed?", KNOWN)).contains("مين المدير الجديد؟");
    }

    @Test
    void english_is_left_alone() {
        assertThat(Arabizi.toArabic("How much did Meta pay?", KNOWN)).isEmpty();
    }

    @Test
    void a_figure_with_its_unit_is_no_letter_digit() {
        assertThat(Arabizi.toArabic("did meta pay 14.8bn for the 2nd stake?", KNOWN)).isEmpty();
    }

    @Test
    void one_word_english_shares_is_no_evidence_in_an_english_sentence() {
        assertThat(Arabizi.toArabic("How much did Meta pay, la?", KNOWN)).isEmpty();
    }

    @Test
    void a_word_that_is_english_too_is_no_evidence_alone() {
        assertThat(Arabizi.toArabic("hiya", KNOWN)).isEmpty();
    }

    @Test
    void arabic_letters_are_already_arabic() {
        assertThat(Arabizi.toArabic("كم دفعت ميتا؟", KNOWN)).isEmpty();
    }

    @Test
    void an_emphatic_letter_is_taken_when_only_that_spelling_is_known() {
        assertThat(Arabizi.arabic("2ata3et", Set.of("قطعت")::contains)).isEqualTo("قطعت");     // t as ط
    }

    @Test
    void a_vowel_guess_comes_before_an_emphatic_letter() {
        assertThat(Arabizi.arabic("tamin", Set.of("تامن", "طمن")::contains)).isEqualTo("تامن");
    }

    @Test
    void a_noun_known_only_with_its_article_is_known() {
        assertThat(Arabizi.toArabic("meen el mudir el jdid?", Set.of("الجديد")::contains).orElseThrow()).contains("الجديد");
    }

    @Test
    void on_the_and_the_levantine_of_come_from_the_table() {
        assertThat(Arabizi.arabic("3al")).isEqualTo("على");
        assertThat(Arabizi.arabic("taba3")).isEqualTo("تبع");
    }

    @Test
    void the_maghrebi_did_and_whole_are_read() {
        assertThat(Arabizi.toArabic("wach meta chrat scale kamla?", KNOWN).orElseThrow()).startsWith("واش").contains("كاملة");
    }

    @Test
    void an_s_is_sad_when_only_that_spelling_is_known() {
        // "7essa": the share, حصة; plain س gives a word nothing knows
        assertThat(Arabizi.arabic("7essa", Set.of("حصه")::contains)).isEqualTo("حصه");
    }

    @Test
    void an_s_stays_seen_when_that_spelling_is_known() {
        assertThat(Arabizi.arabic("sana", Set.of("سنه", "صنه")::contains)).isEqualTo("سنه");
    }

    @Test
    void dh_is_dal_then_ha_when_only_that_spelling_is_known() {
        // "3andha": she has, عندها, not عنذها
        assertThat(Arabizi.arabic("3andha", Set.of("عندها")::contains)).isEqualTo("عندها");
    }

    @Test
    void the_h_after_a_letter_pair_is_no_doubled_letter() {
        // "chhal": ch is ش, then the h of شحال; not ش then a dropped doubled h
        assertThat(Arabizi.arabic("chhal", Set.of("شحال")::contains)).isEqualTo("شحال");
    }

    @Test
    void a_maghrebi_question_word_alone_marks_arabizi() {
        // no letter digit anywhere: the question word is the only sign
        assertThat(Arabizi.toArabic("chkoun rass scale daba?", KNOWN)).isPresent();
        assertThat(Arabizi.toArabic("bi meta?", KNOWN)).isEmpty();          // "bi" is an English word too
    }

    @Test
    void a_last_o_may_be_the_plural_of_a_verb() {
        // "dafa3o": they paid, دفعوا, when only that spelling is known
        assertThat(Arabizi.arabic("dafa3o", Set.of("دفعوا")::contains)).isEqualTo("دفعوا");
        assertThat(Arabizi.arabic("dafa3o", Set.of("دفعو")::contains)).isEqualTo("دفعو");
    }

    @Test
    void three_with_an_apostrophe_is_ghain() {
        assertThat(Arabizi.arabic("sho3'l")).isEqualTo("شغل");
    }

    @Test
    void a_bare_l_glued_to_a_known_noun_is_the_maghrebi_article() {
        assertThat(Arabizi.arabic("l9ima", Set.of("قيمه", "القيمه")::contains)).isEqualTo("القيمه");
    }

    @Test
    void a_bare_l_before_a_noun_nothing_knows_is_left_to_the_letter_rules() {
        assertThat(Arabizi.arabic("lqita", Set.of("القيمه")::contains)).isEqualTo("لقته");
    }

    @Test
    void was_is_a_word_of_the_table() {
        assertThat(Arabizi.toArabic("droege kan el cto?", KNOWN).orElseThrow()).contains("كان");
    }

    @Test
    void an_english_word_the_letter_rules_make_nothing_of_stays_in_latin_letters_when_asked() {
        Predicate<String> english = Set.of("pentagon")::contains;
        assertThat(Arabizi.toArabic("scale 3andha shi ma3 el pentagon?", KNOWN, english).orElseThrow()).contains("pentagon");
        assertThat(Arabizi.toArabic("scale 3andha shi ma3 el pentagon?", KNOWN).orElseThrow()).doesNotContain("pentagon");
    }

    @Test
    void a_2_inside_a_word_is_a_hamza_when_only_that_spelling_is_known() {
        // "mo2asses" is مؤسس (founder); the rules' ق gives مقسس, which nothing knows
        assertThat(Arabizi.arabic("mo2asses", Set.of("مؤسس")::contains)).isEqualTo("مؤسس");
    }

    @Test
    void a_2_stays_qaf_when_that_spelling_is_known() {
        assertThat(Arabizi.arabic("ra2am", Set.of("رقم", "رأم")::contains)).isEqualTo("رقم");
    }

    @Test
    void a_first_i_is_written_long_when_only_that_spelling_is_known() {
        // "iradat" is إيرادات (revenue): the rules write a first vowel as a bare alef (اردت)
        assertThat(Arabizi.arabic("iradat", Set.of("ايرادات")::contains)).isEqualTo("ايرادات");
    }
}
