package dev.safqa.telegram;

import dev.safqa.text.Language;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What an inline button asks for, packed into Telegram's {@code callback_data} (at most 64 bytes):
 * under an answer, {@code s|en|deal-investment} shows the fact's paragraph and {@code u|…}/{@code d|…}
 * vote 👍/👎 on it; under a clarify or a decline, {@code c|en|deal-valuation} chooses that fact. The
 * fact id, not a paragraph number, is kept so a knowledge reload cannot make an old button point at
 * another paragraph.
 */
record CallbackData(Action action, Language language, String factId) {
    static final int MAX_BYTES = 64;

    enum Action {
        SOURCE('s'), UP('u'), DOWN('d'), CHOOSE('c');

        final char code;

        Action(char code) {
            this.code = code;
        }
    }

    /** The packed form, or empty when it would not fit in 64 bytes (the button is then left out). */
    Optional<String> encode() {
        String data = action.code + "|" + language.code() + "|" + factId;
        return data.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES ? Optional.of(data) : Optional.empty();
    }

    /** Empty for anything we did not send (old formats, a client sending junk). */
    static Optional<CallbackData> decode(String data) {
        if (data == null) {
            return Optional.empty();
        }
        String[] parts = data.split("\\|", 3);
        if (parts.length != 3 || parts[0].length() != 1 || parts[2].isBlank()) {
            return Optional.empty();
        }
        Optional<Language> lang = Language.fromCode(parts[1]);
        if (lang.isEmpty()) {
            return Optional.empty();
        }
        for (Action a : Action.values()) {
            if (a.code == parts[0].charAt(0)) {
                return Optional.of(new CallbackData(a, lang.get(), parts[2]));
            }
        }
        return Optional.empty();
    }
}
