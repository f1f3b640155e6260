package dev.safqa.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BidiTest {
    @Test
    void latin_runs_and_figures_inside_arabic_are_isolated() {
        String out = Bidi.isolate("استثمرت ميتا 14.8 مليار دولار في Scale AI.");
        assertThat(out).contains("\u206814.8\u2069").contains("\u2068Scale AI\u2069.");   // the full stop stays Arabic
        assertThat(Bidi.strip(out)).isEqualTo("استثمرت ميتا 14.8 مليار دولار في Scale AI.");
    }

    @Test
    void english_text_is_left_alone() {
        assertThat(Bidi.isolate("Meta invested $14.8 billion.")).isEqualTo("Meta invested $14.8 billion.");
    }
}
