package dev.safqa.platform;

import dev.safqa.answer.Answer;

/**
 * What the adapters report as they work, for logs and metrics. The application supplies the real
 * one (one log line per question, Prometheus counters); tests and tools use {@link #NONE}.
 * Chat ids are passed raw: implementations hash them before they reach a log line.
 */
public interface Telemetry {
    Telemetry NONE = new Telemetry() {
    };

    /** A question was handled (answered or declined) in {@code nanos}. */
    default void question(String platform, String chatId, Answer answer, long nanos) {
    }

    /** A question was refused because its chat or user is over the question limit. */
    default void limited(String platform, String chatId) {
    }

    /** A message went out to the platform. */
    default void sent(String platform) {
    }

    /** The platform answered 429; we waited {@code retryAfterSeconds}. */
    default void throttled(String platform, long retryAfterSeconds) {
    }

    /** A send or an update failed; {@code kind} is short and has no secrets ("403", "network"). */
    default void error(String platform, String kind) {
    }
}
