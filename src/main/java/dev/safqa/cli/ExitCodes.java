package dev.safqa.cli;

/** Exit codes of every command (the README and every {@code --help} list them: {@link SafqaCommand}). */
public final class ExitCodes {
    private ExitCodes() {
    }

    public static final int OK = 0;
    /** The command ran and found a failure (an evaluation below its threshold), or failed unexpectedly. */
    public static final int FAILED = 1;
    /** Bad usage, configuration, credentials or knowledge: fix what Safqa was given. */
    public static final int BAD_INPUT = 2;
    /** A chat platform or the database could not be reached, or did not answer as its API does. */
    public static final int UNREACHABLE = 3;
}
