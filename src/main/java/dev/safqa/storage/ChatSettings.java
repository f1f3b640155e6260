package dev.safqa.storage;

import dev.safqa.text.Language;
import java.util.Optional;

/** What a chat asked for with {@code /lang}; a chat without a setting gets the language of each question. */
public interface ChatSettings {
    /** The language this chat chose, or empty for "answer in the question's language". */
    Optional<Language> language(ChatKey chat);

    /** Pins the chat's language; {@code null} goes back to automatic. */
    void setLanguage(ChatKey chat, Language languageOrNullForAuto);

    /** Settings kept in this process only: the console, tests. */
    static ChatSettings inMemory() {
        java.util.Map<ChatKey, Language> chosen = new java.util.concurrent.ConcurrentHashMap<>();
        return new ChatSettings() {
            @Override
            public Optional<Language> language(ChatKey chat) {
                return Optional.ofNullable(chosen.get(chat));
            }

            @Override
            public void setLanguage(ChatKey chat, Language languageOrNullForAuto) {
                if (languageOrNullForAuto == null) {
                    chosen.remove(chat);
                } else {
                    chosen.put(chat, languageOrNullForAuto);
                }
            }
        };
    }
}
