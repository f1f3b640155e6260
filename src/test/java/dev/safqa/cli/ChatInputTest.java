package dev.safqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a line read by {@code safqa chat} keeps of the keys typed where nothing edits the line. */
class ChatInputTest {
    @Test
    void keys_sent_as_escape_sequences_are_dropped() {
        assertThat(ConsoleInput.clean("\u001B[A")).isEmpty();                         // Up, normal mode
        assertThat(ConsoleInput.clean("\u001BOA")).isEmpty();                          // Up, application mode
        assertThat(ConsoleInput.clean("wang\u001B[D\u001B[C")).isEqualTo("wang");     // Left, Right
        assertThat(ConsoleInput.clean("\u001B[Hage\u001B[F")).isEqualTo("age");       // Home, End
        assertThat(ConsoleInput.clean("a\u001B[3~ge")).isEqualTo("age");              // Delete
        assertThat(ConsoleInput.clean("\u001B[1;5Cage")).isEqualTo("age");            // Ctrl+Right, with parameters
        assertThat(ConsoleInput.clean("\u001B[15~age")).isEqualTo("age");             // F5
        assertThat(ConsoleInput.clean("\u001Bbage")).isEqualTo("age");                // Alt+b
        assertThat(ConsoleInput.clean("age\u001B")).isEqualTo("age");                 // a lone Escape
    }

    @Test
    void other_control_characters_are_dropped_and_tabs_become_spaces() {
        assertThat(ConsoleInput.clean("how\u0007 old")).isEqualTo("how old");        // bell
        assertThat(ConsoleInput.clean("how\told")).isEqualTo("how old");              // tab
        assertThat(ConsoleInput.clean("old\u007F")).isEqualTo("old");                 // DEL
        assertThat(ConsoleInput.clean("\u009B" + "Aold")).isEqualTo("old");           // CSI as one C1 character
    }

    @Test
    void text_in_any_script_is_kept_as_typed() {
        assertThat(ConsoleInput.clean("كم عمر وانغ؟")).isEqualTo("كم عمر وانغ؟");    // Arabic
        assertThat(ConsoleInput.clean("\u2067Scale AI\u2069 ٢٠٢٥")).isEqualTo("\u2067Scale AI\u2069 ٢٠٢٥"); // bidi isolates, Arabic-Indic digits
        assertThat(ConsoleInput.clean("[A] is a letter")).isEqualTo("[A] is a letter"); // brackets without Escape
    }
}
