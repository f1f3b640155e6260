package dev.safqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
    private static byte[] cmdline(String... words) {
        return (String.join("\0", words) + "\0").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void arabic_arguments_damaged_by_an_ascii_locale_are_read_again_from_the_command_line() {
        String[] damaged = {"ask", "\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD"};
        String[] out = Arguments.fromCmdline(cmdline("java", "-jar", "safqa.jar", "ask", "كم دفعت"), damaged);
        assertThat(out).containsExactly("ask", "كم دفعت");
    }

    @Test
    void a_command_line_that_does_not_match_the_undamaged_arguments_is_not_trusted() {
        String[] damaged = {"ask", "\uFFFD"};
        assertThat(Arguments.fromCmdline(cmdline("java", "-jar", "safqa.jar", "chat", "كم"), damaged)).isNull();
    }

    @Test
    void intact_arguments_are_left_alone() {
        String[] args = {"ask", "كم دفعت"};
        assertThat(Arguments.recover(args)).isSameAs(args);
    }
}
