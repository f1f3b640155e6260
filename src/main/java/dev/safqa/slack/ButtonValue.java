package dev.safqa.slack;

import dev.safqa.text.Language;
import java.util.Optional;

/**
 * What a button carries back to us: the answer's language and a payload (the fact id for a vote,
 * the question for "Share in channel", so the shared copy is answered afresh rather than trusted
 * from the click). Questions are at most 500 characters; Slack allows 2000 in a value.
 */
record ButtonValue(Language language, String payload) {
    String encode() {
        return language.code() + ":" + payload;
    }

    static Optional<ButtonValue> decode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int colon = value.indexOf(':');
        if (colon < 0 || colon == value.length() - 1) {
            return Optional.empty();
        }
        return Language.fromCode(value.substring(0, colon))
                .map(l -> new ButtonValue(l, value.substring(colon + 1)));
    }
}
