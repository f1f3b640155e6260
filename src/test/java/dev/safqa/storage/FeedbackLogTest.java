package dev.safqa.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** On both databases: the embedded SQLite file and a real PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class FeedbackLogTest {
    @Parameter
    Store store;
    @TempDir
    Path dir;
    private final SettableClock clock = new SettableClock(Instant.parse("2025-06-16T09:00:00Z"));
    private Database db;
    private FeedbackLog log;

    private final ChatKey chat = new ChatKey("telegram", "42");

    @BeforeEach
    void open() {
        db = store.open(dir, clock);
        log = db.feedback();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void no_votes_means_no_rows() {
        assertThat(log.byFact()).isEmpty();
    }

    @Test
    void a_vote_is_counted_for_its_fact_at_the_clocks_time() {
        log.record(new Feedback(chat, "m1", "user-a", "stake", Vote.UP));

        assertThat(log.byFact()).containsExactly(new FactFeedback("stake", 1, 0, clock.instant()));
    }

    @Test
    void voting_again_on_the_same_message_replaces_the_earlier_vote() {
        log.record(new Feedback(chat, "m1", "user-a", "stake", Vote.UP));
        clock.advance(Duration.ofMinutes(1));
        log.record(new Feedback(chat, "m1", "user-a", "stake", Vote.DOWN));

        assertThat(log.byFact()).containsExactly(new FactFeedback("stake", 0, 1, clock.instant()));
    }

    @Test
    void the_same_user_on_another_message_is_another_vote() {
        log.record(new Feedback(chat, "m1", "user-a", "stake", Vote.UP));
        log.record(new Feedback(chat, "m2", "user-a", "stake", Vote.UP));

        assertThat(log.byFact()).extracting(FactFeedback::ups).containsExactly(2);
    }

    @Test
    void facts_are_listed_with_the_most_downs_first() {
        log.record(new Feedback(chat, "m1", "user-a", "stake", Vote.UP));
        log.record(new Feedback(chat, "m1", "user-b", "stake", Vote.DOWN));
        log.record(new Feedback(chat, "m2", "user-a", "price", Vote.DOWN));
        log.record(new Feedback(chat, "m2", "user-b", "price", Vote.DOWN));
        log.record(new Feedback(chat, "m3", "user-a", "ceo", Vote.UP));

        assertThat(log.byFact())
                .extracting(f -> f.factId() + " +" + f.ups() + " -" + f.downs())
                .containsExactly("price +0 -2", "stake +1 -1", "ceo +1 -0");
    }

    @Test
    void the_last_vote_time_is_the_latest_vote_on_that_fact() {
        log.record(new Feedback(chat, "m1", "user-a", "stake", Vote.UP));
        clock.advance(Duration.ofHours(2));
        Instant later = clock.instant();
        log.record(new Feedback(chat, "m2", "user-b", "stake", Vote.UP));

        assertThat(log.byFact()).extracting(FactFeedback::lastVote).containsExactly(later);
    }
}
