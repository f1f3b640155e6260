/**
 * The seams between the application and the chat platforms: {@link dev.safqa.platform.Platform}
 * (start, ready, close), {@link dev.safqa.platform.Telemetry} (what they report) and id hashing.
 */
package dev.safqa.platform;
