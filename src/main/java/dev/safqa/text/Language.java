package dev.safqa.text;

import java.util.Locale;
import java.util.Optional;

/** The two languages Safqa reads and writes. */
public enum Language {
    AR("ar"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, as in JSON output, Telegram's {@code language_code} and {@code /lang}. */
    public String code() {
        return code;
    }

    public boolean isRightToLeft() {
        return this == AR;
    }

    /** Reads "ar", "en", "ar-EG", "EN_us"...; empty for anything else. */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (c.equals(l.code) || c.startsWith(l.code + "-") || c.startsWith(l.code + "_")) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
