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
    record Last(String understood, List<String> facts, List<String> told, Instant at) {
        /** Set apart from the last answer's facts, in what is stored, the facts of the answers before it. */
        static final String TOLD_BEFORE = "|";

        public Last {
            facts = List.copyOf(facts);
            told = List.copyOf(told);
        }

        /** As stored: the last answer's facts, then {@link #TOLD_BEFORE} and those of the answers before it. */
        Last(String understood, List<String> stored, Instant at) {
            this(understood, stored.contains(TOLD_BEFORE) ? stored.subList(0, stored.indexOf(TOLD_BEFORE)) : stored,
                    stored.contains(TOLD_BEFORE) ? stored.subList(stored.indexOf(TOLD_BEFORE) + 1, stored.size()) : List.of(), at);
        }
    }

    /**
     * What {@link #remember} stores of an answer's facts and those of the answers before it (fact ids
     * are one word: the separator is none of them); a store written before kept only the facts.
     */
    static List<String> stored(List<String> facts, List<String> told) {
        if (told.isEmpty()) {
            return facts;
        }
        List<String> out = new java.util.ArrayList<>(facts);
        out.add(Last.TOLD_BEFORE);
        out.addAll(told);
        return out;
    }

    /**
     * Remembers a conversation's last question, the facts its answer stated and those the answers
     * before it stated ("which other labs?" after two answers: the labs' fact is told already).
     */
    default void remember(String conversation, String understood, List<String> facts, List<String> told) {
        remember(conversation, understood, stored(facts, told));
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
