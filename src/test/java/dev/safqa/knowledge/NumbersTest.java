package dev.safqa.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void figures_are_read_in_any_digits() {
        assertThat(Numbers.in("استثمرت 14.8 مليار")).containsExactly("14.8");
        assertThat(Numbers.in("١٤٫٨ مليار")).containsExactly("14.8");          // Arabic-Indic with ٫
        assertThat(Numbers.in("حصة 49%")).containsExactly("49");               // percent sign
        assertThat(Numbers.in("1,000 subscribers")).containsExactly("1000");    // thousands separator
    }

    @Test
    void arabic_dual_number_words_count_as_two() {
        assertThat(Numbers.in("أكثر من ملياري دولار")).containsExactly("2");    // two billion
        assertThat(Numbers.in("بمليوني دولار")).containsExactly("2");           // with a proclitic
        assertThat(Numbers.in("مليار دولار")).isEmpty();                        // singular states no number
    }

    @Test
    void canonical_form_drops_trailing_zeros() {
        assertThat(Numbers.canonical("14.80")).isEqualTo("14.8");
        assertThat(Numbers.canonical("007")).isEqualTo("7");
    }
}
