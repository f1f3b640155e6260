package dev.safqa.storage;

import java.util.List;

/** The 👍/👎 votes on answers, counted per fact. */
public interface FeedbackLog {
    /**
     * Records a vote, stamped with the store's clock. The same user voting again on the same message
     * (same platform, chat and message id) replaces the earlier vote, so a changed mind counts once.
     */
    void record(Feedback feedback);

    /** Ups, downs and the last vote time per fact id, most 👎 first (ties by fact id). */
    List<FactFeedback> byFact();
}
