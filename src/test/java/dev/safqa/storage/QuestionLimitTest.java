package dev.safqa.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.limits.Pacer;
import dev.safqa.limits.QuestionLimit;
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
class QuestionLimitTest {
    @Parameter
    Store store;
    @TempDir
    Path dir;
    private final SettableClock clock = new SettableClock(Instant.parse("2025-06-16T09:00:00Z"));
    private Database db;
    private QuestionLimit limit;

    @BeforeEach
    void open() {
        db = store.open(dir, clock);
        limit = db.questionLimit("telegram", new Pacer.Rate(2, Duration.ofMinutes(1)));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_chat_may_ask_up_to_its_limit_then_is_refused_until_time_passes() {
        assertThat(limit.tryAcquire("42")).isTrue();
        assertThat(limit.tryAcquire("42")).isTrue();
        assertThat(limit.tryAcquire("42")).isFalse(); // a burst of two, then one every 30 s

        clock.advance(Duration.ofSeconds(30));

        assertThat(limit.tryAcquire("42")).isTrue();
        assertThat(limit.tryAcquire("42")).isFalse();
    }

    @Test
    void a_refused_question_is_not_counted() {
        limit.tryAcquire("42");
        limit.tryAcquire("42");
        limit.tryAcquire("42"); // refused

        clock.advance(Duration.ofSeconds(30));

        assertThat(limit.tryAcquire("42")).isTrue();
    }

    @Test
    void scopes_and_chats_are_counted_apart() {
        limit.tryAcquire("42");
        limit.tryAcquire("42");

        assertThat(limit.tryAcquire("43")).isTrue();
        assertThat(db.questionLimit("slack", new Pacer.Rate(2, Duration.ofMinutes(1))).tryAcquire("42")).isTrue();
    }
}
