package dev.safqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void an_unexpected_failure_is_told_in_one_line_without_tokens() {
        RuntimeException e = new IllegalStateException("GET /bot123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/getMe failed\n\tdetail");

        assertThat(Main.oneLine(e)).isEqualTo("IllegalStateException: GET /bot****/getMe failed ...");
    }
}
