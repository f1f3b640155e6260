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

    /** Votes counted in this process only: the console, tests. The same vote twice counts once. */
    static FeedbackLog inMemory() {
        java.util.Map<String, Feedback> votes = new java.util.concurrent.ConcurrentHashMap<>();
        return new FeedbackLog() {
            @Override
            public void record(Feedback f) {
                votes.put(f.chat() + "\n" + f.messageId() + "\n" + f.userHash(), f);
            }

            @Override
            public List<FactFeedback> byFact() {
                java.util.Map<String, int[]> counts = new java.util.TreeMap<>();
                votes.values().forEach(f -> counts.computeIfAbsent(f.factId(), id -> new int[2])[f.vote() == Vote.UP ? 0 : 1]++);
                List<FactFeedback> out = new java.util.ArrayList<>();
                counts.forEach((id, c) -> out.add(new FactFeedback(id, c[0], c[1], null)));
                out.sort(java.util.Comparator.comparingInt(FactFeedback::downs).reversed());
                return out;
            }
        };
    }
}
