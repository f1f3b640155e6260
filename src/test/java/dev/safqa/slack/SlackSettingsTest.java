package dev.safqa.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {
    private static final Duration GRACE = Duration.ofSeconds(5);

    @Test
    void an_app_token_selects_socket_mode_and_the_default_api_url_applies() {
        SlackSettings s = new SlackSettings("xoxb-1", "xapp-1", "also-a-secret", null, true, GRACE);

        assertThat(s.socketMode()).isTrue();
        assertThat(s.apiUrl()).isEqualTo("https://slack.com/api/");
    }

    @Test
    void a_signing_secret_alone_selects_http_mode_and_the_api_url_gets_its_slash() {
        SlackSettings s = new SlackSettings("xoxb-1", " ", "sec", "http://127.0.0.1:9/api", false, GRACE);

        assertThat(s.socketMode()).isFalse();
        assertThat(s.apiUrl()).isEqualTo("http://127.0.0.1:9/api/");
    }

    @Test
    void neither_app_token_nor_signing_secret_is_refused() {
        assertThatThrownBy(() -> new SlackSettings("xoxb-1", null, null, null, true, GRACE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SLACK_SIGNING_SECRET");
    }

    @Test
    void secrets_appear_neither_in_to_string_nor_in_errors() {
        SlackSettings s = new SlackSettings("xoxb-secret-bot", "xapp-secret-app", "secret-signing", null, true, GRACE);

        assertThat(s.toString()).doesNotContain("secret");
        assertThatThrownBy(() -> new SlackSettings("xoxb-secret-bot", "xoxp-secret-user", null, null, true, GRACE))
                .hasMessageNotContaining("secret");
    }
}
