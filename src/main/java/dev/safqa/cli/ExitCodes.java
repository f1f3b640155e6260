package dev.safqa.cli;

/** Exit codes of every command. */
public final class ExitCodes {
    private ExitCodes() {
    }

    public static final int OK = 0;
    /** The command ran and found a failure (an evaluation below its threshold). */
    public static final int FAILED = 1;
    /** Bad usage, configuration or knowledge: nothing ran. */
    public static final int BAD_INPUT = 2;
}
