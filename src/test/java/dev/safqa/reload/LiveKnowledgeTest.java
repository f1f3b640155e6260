package dev.safqa.reload;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.safqa.TestKnowledge;
import dev.safqa.answer.Answerer;
import dev.safqa.index.FactIndex;
import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.knowledge.KnowledgeLoader;
import dev.safqa.text.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LiveKnowledgeTest {
    private static final String FACTS = "meta-scale-ai.facts.yaml";

    @TempDir
    Path dir;
    private Path folder;
    private final List<KnowledgeDiff> told = new ArrayList<>();
    private LiveKnowledge live;

    @BeforeEach
    void load() throws Exception {
        folder = TestKnowledge.copyTo(dir);
        live = LiveKnowledge.load(folder, (knowledge, diff) -> told.add(diff));
    }

    @AfterEach
    void close() {
        live.close();
    }

    @Test
    void the_listener_is_told_of_the_first_load_with_every_fact_added() {
        assertThat(told).singleElement().satisfies(diff -> {
            assertThat(diff.added()).hasSameSizeAs(live.knowledge().facts());
            assertThat(diff.changed()).isEmpty();
        });
    }

    @Test
    void a_valid_change_swaps_the_index_and_reports_what_was_added_changed_and_removed() throws Exception {
        FactIndex before = live.get();
        edit("en: \"The deal values Scale AI at $29 billion.\"", "en: \"Under the deal, Scale AI is valued at $29 billion.\"");
        edit("  - id: wang-age\n", "  - id: founder-age\n");

        ReloadResult result = live.reload();

        assertThat(result).isInstanceOfSatisfying(ReloadResult.Reloaded.class, r -> {
            assertThat(ids(r.diff().changed())).containsExactly("deal-valuation");
            assertThat(ids(r.diff().added())).containsExactly("founder-age");
            assertThat(r.diff().removed()).containsExactly("wang-age");
            assertThat(r.version()).isNotEqualTo(r.previousVersion());
        });
        assertThat(live.get()).isNotSameAs(before);
        assertThat(live.knowledge().fact("deal-valuation")).get().extracting(f -> f.answer(Language.EN))
                .isEqualTo("Under the deal, Scale AI is valued at $29 billion.");
        assertThat(told).hasSize(2);
    }

    @Test
    void a_question_that_started_on_the_old_index_can_finish_on_it() throws Exception {
        FactIndex old = live.get();
        edit("en: \"The deal values Scale AI at $29 billion.\"", "en: \"Under the deal, Scale AI is valued at $29 billion.\"");

        live.reload();

        // the swap replaced the index, it did not close or change the old one
        assertThat(new Answerer(() -> old, Language.EN).answer("How much did Meta invest in Scale AI?").text()).contains("14.8");
        assertThat(old.knowledge().fact("deal-valuation").orElseThrow().answer(Language.EN))
                .isEqualTo("The deal values Scale AI at $29 billion.");
        assertThat(live.get().knowledge().fact("deal-valuation").orElseThrow().answer(Language.EN))
                .isEqualTo("Under the deal, Scale AI is valued at $29 billion.");
    }

    @Test
    void an_unchanged_folder_is_not_rebuilt_and_nobody_is_told() {
        FactIndex before = live.get();

        assertThat(live.reload()).isInstanceOf(ReloadResult.Unchanged.class);

        assertThat(live.get()).isSameAs(before);
        assertThat(told).hasSize(1);
    }

    @Test
    void an_invalid_folder_keeps_the_old_index_logs_every_problem_and_tells_nobody() throws Exception {
        FactIndex before = live.get();
        edit("source: 'مما يقيّم شركة تصنيف البيانات عند 29 مليار دولار'", "source: 'مما يقيّم الشركة عند 29 مليار دولار'");
        edit("  - id: wang-age\n    paragraph: 1", "  - id: wang-age\n    paragraph: 99");
        ListAppender<ILoggingEvent> logged = capture();

        ReloadResult result = live.reload();

        assertThat(result.ok()).isFalse();
        ReloadResult.Rejected rejected = (ReloadResult.Rejected) result;
        assertThat(rejected.problems()).extracting(p -> p.entry()).contains("deal-valuation", "wang-age");
        assertThat(live.get()).isSameAs(before);
        assertThat(told).hasSize(1);
        List<String> lines = logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        for (var problem : rejected.problems()) {
            assertThat(lines).anySatisfy(line -> assertThat(line)
                    .contains(problem.file()).contains(problem.entry()).contains(problem.reason()));
        }
    }

    @Test
    void a_failing_index_build_is_a_rejected_reload_not_a_crash() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        try (LiveKnowledge failing = LiveKnowledge.load(folder, ReloadListener.NONE, new KnowledgeLoader(), k -> {
            if (builds.incrementAndGet() > 1) {
                throw new IllegalStateException("out of memory, say");
            }
            return FactIndex.build(k);
        })) {
            FactIndex before = failing.get();
            edit("en: \"The deal values Scale AI at $29 billion.\"", "en: \"Under the deal, Scale AI is valued at $29 billion.\"");

            assertThat(failing.reload()).isInstanceOfSatisfying(ReloadResult.Rejected.class, r ->
                    assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("out of memory, say")));
            assertThat(failing.get()).isSameAs(before);
        }
    }

    @Test
    void a_failing_listener_does_not_undo_the_reload() throws Exception {
        try (LiveKnowledge live2 = LiveKnowledge.load(folder, (k, d) -> {
            if (!d.changed().isEmpty()) {
                throw new IllegalStateException("database locked");
            }
        })) {
            edit("en: \"The deal values Scale AI at $29 billion.\"", "en: \"Under the deal, Scale AI is valued at $29 billion.\"");

            assertThat(live2.reload()).isInstanceOf(ReloadResult.Reloaded.class);
            assertThat(live2.knowledge().fact("deal-valuation")).get().extracting(f -> f.answer(Language.EN))
                    .isEqualTo("Under the deal, Scale AI is valued at $29 billion.");
        }
    }

    @Test
    void the_diff_between_two_loads_compares_fact_content() {
        Knowledge k = live.knowledge();

        assertThat(KnowledgeDiff.between(k, k).isEmpty()).isTrue();
        assertThat(KnowledgeDiff.between(null, k).added()).hasSameSizeAs(k.facts());
    }

    private static List<String> ids(List<Fact> facts) {
        return facts.stream().map(Fact::id).toList();
    }

    private void edit(String from, String to) throws IOException {
        Path file = folder.resolve(FACTS);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static ListAppender<ILoggingEvent> capture() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(LiveKnowledge.class)).addAppender(appender);
        return appender;
    }
}
