package dev.safqa.config;

import java.util.Objects;

/**
 * A token or signing secret from the environment. It prints as {@code ****}, so a config record, an
 * exception message or a debug log of either never shows it; the value comes out only through
 * {@link #reveal()}, which makes every use easy to find.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** The secret, or null when {@code value} is null or blank (the variable is not set). */
    public static Secret ofNullable(String value) {
        return value == null || value.isBlank() ? null : new Secret(value.strip());
    }

    public String reveal() {
        return value;
    }

    /** The value of an optional secret, or null when it is not set. */
    public static String revealOrNull(Secret secret) {
        return secret == null ? null : secret.value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "****";
    }
}
