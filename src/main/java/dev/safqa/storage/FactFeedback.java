package dev.safqa.storage;

import java.time.Instant;

/** The votes on answers that stated one fact: what an editor looks at to find a fact that misleads. */
public record FactFeedback(String factId, int ups, int downs, Instant lastVote) {
}
