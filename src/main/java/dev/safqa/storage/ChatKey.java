package dev.safqa.storage;

/**
 * One chat on one platform: {@code ("telegram", "-1001234")}, {@code ("slack", "C0123ABC")}. Chat ids
 * are only unique within a platform, so every row is keyed by both.
 */
public record ChatKey(String platform, String chatId) {
    public ChatKey {
        requireText(platform, "platform");
        requireText(chatId, "chatId");
    }

    static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    @Override
    public String toString() {
        return platform + ":" + chatId;
    }
}
