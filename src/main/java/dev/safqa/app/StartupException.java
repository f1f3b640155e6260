package dev.safqa.app;

/**
 * Safqa could not start; the message says why, for a person, on one or a few lines.
 *
 * @see #badInput()
 */
public final class StartupException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean badInput;

    StartupException(String message, boolean badInput, Throwable cause) {
        super(message, cause);
        this.badInput = badInput;
    }

    /** True when the knowledge or the configuration is at fault (exit 2), false for anything else (exit 1). */
    public boolean badInput() {
        return badInput;
    }
}
