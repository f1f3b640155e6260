package dev.safqa.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.text.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
class KeptQuestionsTest {
    private static final Duration RETENTION = Duration.ofDays(30);

    @Parameter
    Store store;
    @TempDir
    Path dir;
    private final SettableClock clock = new SettableClock(Instant.parse("2025-06-16T09:00:00Z"));
    private Database db;

    @BeforeEach
    void open() {
        db = store.open(dir, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void nothing_kept_means_nothing_listed() {
        assertThat(db.keptQuestions().all()).isEmpty();
    }

    @Test
    void a_kept_question_reads_back_with_its_reason_language_and_nearest_facts() {
        db.keptQuestions().keep(question("who runs scale now?", KeptQuestion.Why.CLARIFIED,
                List.of("droege-ceo", "wang-resigns"), null));

        List<KeptQuestion> all = db.keptQuestions().all();

        assertThat(all).hasSize(1);
        KeptQuestion q = all.get(0);
        assertThat(q.id()).isPositive();
        assertThat(q).isEqualTo(new KeptQuestion(q.id(), clock.instant(), "telegram", "3f9a0c1b2d4e", Language.EN,
                "who runs scale now?", KeptQuestion.Why.CLARIFIED, List.of("droege-ceo", "wang-resigns"), null));
    }

    @Test
    void a_question_with_no_near_facts_and_a_chosen_fact_reads_back_as_kept() {
        db.keptQuestions().keep(question("ما قصة الصفقة؟", KeptQuestion.Why.CHOSEN, List.of(), "deal-valuation"));

        KeptQuestion q = db.keptQuestions().all().get(0);

        assertThat(q.nearFacts()).isEmpty();
        assertThat(q.chosen()).isEqualTo("deal-valuation");
    }

    @Test
    void questions_are_listed_oldest_first() {
        KeptQuestions kept = db.keptQuestions();
        kept.keep(question("first", KeptQuestion.Why.DECLINED, List.of(), null));
        clock.advance(Duration.ofMinutes(1));
        kept.keep(question("second", KeptQuestion.Why.DECLINED, List.of(), null));

        assertThat(kept.all()).extracting(KeptQuestion::question).containsExactly("first", "second");
    }

    @Test
    void the_bot_forgets_questions_older_than_the_retention_when_it_starts() {
        db.keptQuestions().keep(question("old", KeptQuestion.Why.DECLINED, List.of(), null));
        clock.advance(RETENTION.plusMinutes(1));

        db.keptQuestions(RETENTION);

        assertThat(db.keptQuestions().all()).isEmpty();
    }

    @Test
    void a_running_bot_forgets_expired_questions_when_it_keeps_one_an_hour_later() {
        KeptQuestions kept = db.keptQuestions(RETENTION);
        kept.keep(question("old", KeptQuestion.Why.DECLINED, List.of(), null));
        clock.advance(RETENTION.plusHours(1));

        kept.keep(question("new", KeptQuestion.Why.DECLINED, List.of(), null));

        assertThat(kept.all()).extracting(KeptQuestion::question).containsExactly("new");
    }

    @Test
    void a_question_within_the_retention_is_kept() {
        KeptQuestions kept = db.keptQuestions(RETENTION);
        kept.keep(question("recent", KeptQuestion.Why.DECLINED, List.of(), null));
        clock.advance(RETENTION.minusHours(1));

        kept.keep(question("new", KeptQuestion.Why.DECLINED, List.of(), null));

        assertThat(kept.all()).extracting(KeptQuestion::question).containsExactly("recent", "new");
    }

    @Test
    void forgetting_reviewed_questions_removes_only_those() {
        KeptQuestions kept = db.keptQuestions();
        kept.keep(question("one", KeptQuestion.Why.DECLINED, List.of(), null));
        kept.keep(question("two", KeptQuestion.Why.DECLINED, List.of(), null));
        kept.keep(question("three", KeptQuestion.Why.DECLINED, List.of(), null));
        List<KeptQuestion> all = kept.all();

        int forgotten = kept.forget(List.of(all.get(0).id(), all.get(2).id()));

        assertThat(forgotten).isEqualTo(2);
        assertThat(kept.all()).extracting(KeptQuestion::question).containsExactly("two");
    }

    private KeptQuestion question(String text, KeptQuestion.Why why, List<String> near, String chosen) {
        return new KeptQuestion(0, clock.instant(), "telegram", "3f9a0c1b2d4e", Language.EN, text, why, near, chosen);
    }
}
