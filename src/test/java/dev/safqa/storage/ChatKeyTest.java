package dev.safqa.storage;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChatKeyTest {
    @Test
    void a_blank_platform_is_refused() {
        assertThatThrownBy(() -> new ChatKey(" ", "42")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("platform");
    }

    @Test
    void a_missing_chat_id_is_refused() {
        assertThatThrownBy(() -> new ChatKey("slack", null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chatId");
    }
}
