package dev.safqa.knowledge;

import java.util.Locale;
import java.util.Optional;

/** What a figure measures; it decides which "how much / how old / when" questions it can answer. */
public enum FigureKind {
    MONEY, PERCENT, AGE, COUNT, YEAR, DATE, VERSION, OTHER;

    /** Figures that answer "how much / how many / how big" (a year is not an amount). */
    public boolean isAmount() {
        return this == MONEY || this == PERCENT || this == AGE || this == COUNT;
    }

    /** Figures that answer "when". */
    public boolean isTime() {
        return this == YEAR || this == DATE;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FigureKind> fromKey(String key) {
        for (FigureKind k : values()) {
            if (k.key().equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
