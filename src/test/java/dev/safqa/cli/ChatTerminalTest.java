package dev.safqa.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code safqa chat} end to end on a pseudo-terminal: JLine edits the line, the Conversation answers.
 * Each test types only once the prompt is shown, as a person would (keys typed before JLine takes
 * the terminal are dropped by the terminal's mode change).
 */
class ChatTerminalTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();   // where knowledge/ is
    private static final String STAKE = "How much did Meta pay for its stake in Scale AI?";
    private static final String ENTER = "\r";

    @BeforeAll
    static void needsScript() {
        assumeTrue(TerminalSession.available(), "util-linux script(1) allocates the pseudo-terminal");
    }

    private static TerminalSession chat() throws Exception {
        TerminalSession t = TerminalSession.start(PROJECT, "chat");
        t.awaitPrompt();
        return t;
    }

    /** Types a line, waits for {@code expected} in its reply, then for the next prompt; what came before it. */
    private static String say(TerminalSession t, String line, String expected) throws Exception {
        t.type(line + ENTER);
        String before = t.await(expected);
        t.awaitPrompt();
        return before;
    }

    @Test
    void a_follow_up_typed_in_the_terminal_leans_on_the_question_before() throws Exception {
        try (TerminalSession t = chat()) {
            say(t, STAKE, "$14.8 billion");
            say(t, "and the valuation?", "$29 billion");
        }
    }

    @Test
    void a_number_typed_after_a_decline_answers_that_suggestion() throws Exception {
        try (TerminalSession t = chat()) {
            say(t, "How much did Microsoft pay for Activision?", "1) How much did Meta invest in Scale AI?");
            say(t, "1", "Meta invested $14.8 billion in Scale AI for a 49% stake.");
        }
    }

    /** Up as a terminal sends it in normal mode and in the application mode JLine switches it to. */
    @ParameterizedTest
    @ValueSource(strings = {"\u001B[A", "\u001BOA"})
    void the_up_arrow_recalls_the_last_line_instead_of_being_asked(String up) throws Exception {
        try (TerminalSession t = chat()) {
            say(t, STAKE, "$14.8 billion");
            t.type(up);
            t.await(STAKE);                              // shown again on the line being edited
            t.type(ENTER);
            String answer = t.await("$14.8 billion");    // and asked again
            assertThat(answer).doesNotContain("[A").doesNotContain("OA").doesNotContain("doesn't");
        }
    }

    @Test
    void the_line_can_be_edited_with_arrows_home_end_and_delete() throws Exception {
        try (TerminalSession t = chat()) {
            // "old is Wang?" typed, Delete of a stray letter, then the start typed after Home
            say(t, "old is Wangx?\u001B[D\u001B[D\u001B[3~\u001B[HHow \u001B[F", "28 years old");
        }
    }

    @Test
    void arabic_typed_in_the_terminal_is_answered_in_arabic() throws Exception {
        try (TerminalSession t = chat()) {
            say(t, "كم عمر وانغ؟", "28 عامًا");
        }
    }

    @Test
    void quit_ends_the_chat_with_exit_code_zero() throws Exception {
        try (TerminalSession t = chat()) {
            t.type("/quit" + ENTER);
            assertThat(t.awaitExit()).isZero();
        }
    }
}
