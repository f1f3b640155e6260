package dev.safqa.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicTextTest {
    @Test
    void folding_makes_common_spellings_equal() {
        assertThat(ArabicText.fold("أحمد")).isEqualTo("احمد");                 // hamza on alef
        assertThat(ArabicText.fold("إسلام")).isEqualTo("اسلام");               // hamza under alef
        assertThat(ArabicText.fold("آمن")).isEqualTo("امن");                   // madda
        assertThat(ArabicText.fold("مستشفى")).isEqualTo("مستشفي");             // alef maqsura
        assertThat(ArabicText.fold("شركة")).isEqualTo("شركه");                 // ta marbuta
        assertThat(ArabicText.fold("كتـــاب")).isEqualTo("كتاب");              // tatweel
        assertThat(ArabicText.fold("يُقيّم")).isEqualTo("يقيم");                // harakat and shadda
        assertThat(ArabicText.fold("Scale AI")).isEqualTo("scale ai");         // Latin lower-cased
    }

    @Test
    void a_maghrebi_hard_g_is_folded_to_the_letter_egypt_writes_it_with() {
        assertThat(ArabicText.fold("گوگل")).isEqualTo("جوجل");
    }

    @Test
    void arabic_indic_digits_and_separators_become_ascii() {
        assertThat(ArabicText.foldDigits("١٤٫٨")).isEqualTo("14.8");           // decimal separator
        assertThat(ArabicText.foldDigits("١٬٠٠٠")).isEqualTo("1,000");         // thousands separator
        assertThat(ArabicText.foldDigits("۲۰۲۴")).isEqualTo("2024");           // Persian digits
        assertThat(ArabicText.foldDigits("٤٩٪")).isEqualTo("49%");             // the Arabic percent sign
    }
}
