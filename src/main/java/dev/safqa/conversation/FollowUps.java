package dev.safqa.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each conversation asked last, for a follow-up to lean on ("and the valuation?"), for
 * {@link #WINDOW}: after that a question starts afresh. Kept in memory, per process: bounded, the
 * least recently used conversation forgotten first.
 */
final class FollowUps {
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int CAPACITY = 20_000;

    /** The question as understood, and the facts its answer stated. */
    record Last(String understood, java.util.List<String> facts, Instant at) {
    }

    private final Clock clock;
    private final Map<String, Last> last = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Last> eldest) {
            return size() > CAPACITY;
        }
    };

    FollowUps(Clock clock) {
        this.clock = clock;
    }

    synchronized void remember(String conversation, String understood, java.util.List<String> facts) {
        last.put(conversation, new Last(understood, java.util.List.copyOf(facts), clock.instant()));
    }

    /** The conversation's last question, if it was asked within the window. */
    synchronized Optional<Last> recent(String conversation) {
        Last l = last.get(conversation);
        if (l == null || l.at().plus(WINDOW).isBefore(clock.instant())) {
            last.remove(conversation);
            return Optional.empty();
        }
        return Optional.of(l);
    }
}
