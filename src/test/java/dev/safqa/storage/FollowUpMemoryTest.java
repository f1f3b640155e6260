package dev.safqa.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
class FollowUpMemoryTest {
    private static final String CHAT = "telegram\n42\n\n";

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
    void a_conversation_never_asked_has_no_last_question() {
        assertThat(db.followUps().recent(CHAT)).isEmpty();
    }

    @Test
    void the_last_question_reads_back_with_its_facts_in_order() {
        db.followUps().remember(CHAT, "who founded scale?\nhow old is he?", List.of("wang-age", "wang-resigns"));

        assertThat(db.followUps().recent(CHAT)).contains(new FollowUpMemory.Last("who founded scale?\nhow old is he?",
                List.of("wang-age", "wang-resigns"), clock.instant()));
    }

    @Test
    void a_declined_question_is_remembered_with_no_facts() {
        db.followUps().remember(CHAT, "what did google pay for wiz?", List.of());

        assertThat(db.followUps().recent(CHAT)).hasValueSatisfying(l -> assertThat(l.facts()).isEmpty());
    }

    @Test
    void a_new_question_takes_the_place_of_the_one_before() {
        db.followUps().remember(CHAT, "how much did meta pay?", List.of("deal-investment"));
        clock.advance(Duration.ofMinutes(1));
        db.followUps().remember(CHAT, "and the valuation?", List.of("deal-valuation"));

        assertThat(db.followUps().recent(CHAT)).hasValueSatisfying(l -> {
            assertThat(l.understood()).isEqualTo("and the valuation?");
            assertThat(l.facts()).containsExactly("deal-valuation");
            assertThat(l.at()).isEqualTo(clock.instant());
        });
    }

    @Test
    void each_conversation_leans_on_its_own_question() {
        db.followUps().remember(CHAT, "how much did meta pay?", List.of("deal-investment"));
        db.followUps().remember("telegram\n42\n\nuser-7", "who is wang?", List.of("wang-age"));

        assertThat(db.followUps().recent(CHAT)).hasValueSatisfying(l -> assertThat(l.facts()).containsExactly("deal-investment"));
        assertThat(db.followUps().recent("slack\n42\n\n")).isEmpty();
    }

    @Test
    void a_question_older_than_the_window_is_not_leaned_on() {
        db.followUps().remember(CHAT, "how much did meta pay?", List.of("deal-investment"));

        clock.advance(FollowUpMemory.WINDOW);
        assertThat(db.followUps().recent(CHAT)).isPresent();   // the window's last moment
        clock.advance(Duration.ofMillis(1));
        assertThat(db.followUps().recent(CHAT)).isEmpty();
    }

    @Test
    void the_chat_is_stored_only_as_a_hash_and_questions_past_the_window_are_deleted() throws Exception {
        db.followUps().remember(CHAT, "how much did meta pay?", List.of("deal-investment"));
        clock.advance(FollowUpMemory.WINDOW.plusMinutes(1));
        // each db.followUps() is a new memory (as a replica's start makes), whose first remember
        // deletes the rows past the window
        db.followUps().remember("telegram\n43\n\n", "who is wang?", List.of("wang-age"));
        db.followUps().remember("telegram\n44\n\n", "and his age?", List.of("wang-age"));

        List<String> rows = db.withConnection("read follow_ups", c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT conversation_hash, understood FROM follow_ups")) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
            return out;
        });
        assertThat(rows).hasSize(2).noneMatch(r -> r.contains("how much did meta pay?")).noneMatch(r -> r.contains("telegram"));
        assertThat(rows).allMatch(r -> r.matches("[0-9a-f]{64} .*"));
    }

    @Test
    void the_last_question_outlives_a_restart() {
        db.followUps().remember(CHAT, "how much did meta pay?", List.of("deal-investment"));
        if (store == Store.SQLITE) {
            db.close();
            db = Database.open(dir, clock);
            assertThat(db.followUps().recent(CHAT)).hasValueSatisfying(l -> assertThat(l.facts()).containsExactly("deal-investment"));
        } else {
            // another replica's pool on the same database
            assertThat(db.followUps().recent(CHAT)).isPresent();
        }
    }

    @Test
    void in_memory_it_keeps_the_window_too() {
        FollowUpMemory m = FollowUpMemory.inMemory(clock);
        m.remember(CHAT, "how much did meta pay?", List.of("deal-investment"));
        clock.advance(FollowUpMemory.WINDOW.plusMillis(1));

        assertThat(m.recent(CHAT)).isEmpty();
    }
}
