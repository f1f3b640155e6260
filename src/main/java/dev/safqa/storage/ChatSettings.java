package dev.safqa.storage;

import dev.safqa.text.Language;
import java.util.Optional;

/** What a chat asked for with {@code /lang}; a chat without a setting gets the language of each question. */
public interface ChatSettings {
    /** The language this chat chose, or empty for "answer in the question's language". */
    Optional<Language> language(ChatKey chat);

    /** Pins the chat's language; {@code null} goes back to automatic. */
    void setLanguage(ChatKey chat, Language languageOrNullForAuto);
}
