package dev.safqa.app;

/**
 * Safqa could not start; the message says why, for a person, on one or a few lines.
 *
 * @see #kind()
 */
public final class StartupException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Whose fault a failed start most likely is, which decides the exit code. */
    public enum Kind {
        /** The knowledge, the configuration or a credential: fix what Safqa was given (exit 2). */
        BAD_INPUT,
        /** A platform or the database could not be reached, or did not answer as its API does (exit 3). */
        UNREACHABLE,
        /** Anything else (exit 1). */
        FAILED
    }

    private final Kind kind;

    StartupException(String message, Kind kind, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** True when the knowledge, the configuration or a credential is at fault. */
    public boolean badInput() {
        return kind == Kind.BAD_INPUT;
    }
}
