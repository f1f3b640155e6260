package dev.safqa.storage;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The questions kept for review ({@link KeptQuestion}). */
public interface KeptQuestions {
    /** Keeping is off (the default): nothing is stored, nothing is listed. */
    KeptQuestions OFF = new KeptQuestions() {
        @Override
        public void keep(KeptQuestion q) {
        }

        @Override
        public List<KeptQuestion> all() {
            return List.of();
        }

        @Override
        public int forgetBefore(Instant cutoff) {
            return 0;
        }

        @Override
        public int forget(Collection<Long> ids) {
            return 0;
        }
    };

    void keep(KeptQuestion q);

    /** Every kept question, oldest first. */
    List<KeptQuestion> all();

    /** Forgets the questions kept before {@code cutoff} (the retention period); returns how many. */
    int forgetBefore(Instant cutoff);

    /** Forgets these questions (reviewed: an editor accepted them into the knowledge); returns how many. */
    int forget(Collection<Long> ids);
}
