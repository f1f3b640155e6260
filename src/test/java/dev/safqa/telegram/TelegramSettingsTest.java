package dev.safqa.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;

class TelegramSettingsTest {
    private static final String TOKEN = TestSupport.TOKEN;

    @Test
    void defaults_are_long_polling_against_telegram_with_pacing() {
        TelegramSettings s = TelegramSettings.polling(TOKEN);

        assertThat(s.webhook()).isFalse();
        assertThat(s.telegramUrl()).isEqualTo(new TelegramUrl("https", "api.telegram.org", 443, false));
        assertThat(s.pacing()).isTrue();
        assertThat(s.webhookSecret()).matches("[A-Za-z0-9_-]{43}");  // generated: 32 random bytes
    }

    @Test
    void every_setting_is_kept_and_the_username_loses_its_at_sign() {
        TelegramSettings s = new TelegramSettings(TOKEN, URI.create("http://127.0.0.1:8081"),
                URI.create("https://bot.example/telegram"), "abc_DEF-123", true, "@Safqa_bot");

        assertThat(s.telegramUrl()).isEqualTo(new TelegramUrl("http", "127.0.0.1", 8081, false));
        assertThat(s.webhookUrl()).isEqualTo(URI.create("https://bot.example/telegram"));
        assertThat(s.webhookSecret()).isEqualTo("abc_DEF-123");
        assertThat(s.botUsername()).isEqualTo("Safqa_bot");
    }

    @Test
    void a_missing_token_is_refused() {
        assertThatThrownBy(() -> TelegramSettings.polling(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TELEGRAM_BOT_TOKEN");
    }

    @Test
    void an_api_url_with_a_path_is_refused_because_telegrambots_would_drop_it() {
        assertThatThrownBy(() -> new TelegramSettings(TOKEN, URI.create("https://proxy.example/telegram"), null, null, true, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no path");
        // a trailing slash is no path
        assertThat(new TelegramSettings(TOKEN, URI.create("https://proxy.example:8443/"), null, null, true, null)
                .telegramUrl()).isEqualTo(new TelegramUrl("https", "proxy.example", 8443, false));
    }

    @Test
    void a_secret_telegram_would_refuse_is_refused_here() {
        assertThatThrownBy(() -> new TelegramSettings(TOKEN, null, URI.create("https://b.example/t"), "has space", true, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("has space");
    }

    @Test
    void a_malformed_token_is_refused_without_echoing_it() {
        assertThatThrownBy(() -> TelegramSettings.polling("123:abc/../x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("abc/../x");
    }

    @Test
    void to_string_hides_the_token_and_the_secret() {
        TelegramSettings s = new TelegramSettings(TOKEN, null, URI.create("https://b.example/t"), "abc_DEF-123", true, null);

        assertThat(s.toString()).doesNotContain(TOKEN).doesNotContain("abc_DEF-123").contains("webhook");
    }
}
