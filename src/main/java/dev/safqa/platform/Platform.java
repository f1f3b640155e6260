package dev.safqa.platform;

import dev.safqa.http.HttpService;

/**
 * A chat platform adapter as the application sees it: it may add routes to the shared HTTP server
 * (webhooks), then starts (polling, sockets), reports whether it is connected, and closes its own
 * threads. Everything platform-specific stays behind this.
 */
public interface Platform extends AutoCloseable {
    /** "telegram", "slack": used in logs, metrics and the database. */
    String name();

    /** Adds this platform's HTTP routes, if it has any; called before the server starts. */
    default void registerRoutes(HttpService.Builder http) {
    }

    /** Starts receiving; returns once started (work continues on the platform's own threads). */
    void start() throws Exception;

    /** True while connected and able to answer (for /readyz). */
    boolean isReady();

    /** Stops intake, finishes replies in flight for up to the platform's grace period, releases threads. */
    @Override
    void close();
}
