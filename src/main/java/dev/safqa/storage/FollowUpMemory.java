package dev.safqa.storage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What each conversation asked last, for a follow-up to lean on ("and the valuation?"), for
 * {@link #WINDOW}: after that a question starts afresh. A Slack thread Safqa answered in is one it
 * follows for as long (a reply there needs no mention).
 *
 * <p>The server keeps it in the database ({@link Database#followUps()}), so a follow-up is understood
 * whichever replica it reaches and after a restart; the console and tests keep it in memory.
 */
public interface FollowUpMemory {
    Duration WINDOW = Duration.ofMinutes(15);

    /**
     * The question as understood (one line per question it was read after, the last one asked
     * last), the facts its answer stated, and when it was asked.
     */
    record Last(String understood, List<String> facts, Instant at) {
        public Last {
            facts = List.copyOf(facts);
        }
    }

    /** Remembers a conversation's last question, in place of the one before. */
    void remember(String conversation, String understood, List<String> facts);

    /** The conversation's last question, if it was asked within the window. */
    Optional<Last> recent(String conversation);

    /** Kept in this process only, bounded: the console, tests. */
    static FollowUpMemory inMemory(Clock clock) {
        return new InMemoryFollowUps(clock);
    }
}
