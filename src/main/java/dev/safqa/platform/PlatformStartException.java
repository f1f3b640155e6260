package dev.safqa.platform;

/**
 * A platform could not start, told for the person running Safqa: what failed, the likely cause and
 * what to do, on one line with no secret in it. {@link #unreachable()} says whose fault it most likely
 * is: the network or the platform (exit 3), or what Safqa was given, a token or a URL (exit 2).
 */
public final class PlatformStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean unreachable;

    public PlatformStartException(String message, boolean unreachable, Throwable cause) {
        super(message, cause);
        this.unreachable = unreachable;
    }

    /** True when the platform could not be reached or answered with something that is not its API. */
    public boolean unreachable() {
        return unreachable;
    }
}
