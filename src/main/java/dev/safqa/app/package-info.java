/**
 * Wiring: {@link dev.safqa.app.Application} reads nothing itself; it takes the configuration, builds
 * the core and the adapters ({@link dev.safqa.app.ChatPlatforms}), starts them on the one HTTP server
 * and stops them in order. {@link dev.safqa.app.Main} is the jar's entry point.
 */
package dev.safqa.app;
