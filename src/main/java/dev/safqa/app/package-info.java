/**
 * Wiring: {@link dev.safqa.app.Application} reads nothing itself; it takes the configuration, builds
 * the core (served from {@link dev.safqa.reload.LiveKnowledge}, reloaded on change and on SIGHUP) and
 * the adapters ({@link dev.safqa.app.ChatPlatforms}), starts them on the one HTTP server with the
 * notifications {@link dev.safqa.notify.Dispatcher} delivering through them, and stops them in order.
 * The jar's entry point is {@link dev.safqa.cli.Main}: the command line calls into app, never the reverse.
 */
package dev.safqa.app;
