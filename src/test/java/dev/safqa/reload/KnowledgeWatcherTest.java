package dev.safqa.reload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeWatcherTest {
    private static final long PATIENCE_SECONDS = 20;

    @TempDir
    Path dir;
    private final Semaphore reloads = new Semaphore(0);

    @Test
    void a_saved_file_sets_off_a_reload() throws Exception {
        KnowledgeWatcher watcher = KnowledgeWatcher.start(dir, Duration.ofMillis(50), reloads::release);
        try {
            Files.writeString(dir.resolve("lexicon.yaml"), "entities: []\n");

            assertThat(reloads.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        } finally {
            watcher.close();
        }
    }

    @Test
    void a_burst_of_saves_sets_off_one_reload() throws Exception {
        try (KnowledgeWatcher watcher = KnowledgeWatcher.start(dir, Duration.ofSeconds(1), reloads::release)) {
            for (int i = 0; i < 5; i++) {
                Files.writeString(dir.resolve("file" + i + ".txt"), "text " + i);
            }
            assertThat(reloads.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();

            watcher.onSignal(); // a marker: had the burst set off more reloads, they would come before it
            assertThat(reloads.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(reloads.availablePermits()).isZero();
        }
    }

    @Test
    void a_signal_reloads_without_waiting_for_the_debounce() throws Exception {
        try (KnowledgeWatcher watcher = KnowledgeWatcher.start(dir, Duration.ofHours(1), reloads::release)) {
            watcher.onSignal();

            assertThat(reloads.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void a_failing_reload_does_not_stop_the_watching() throws Exception {
        Runnable flaky = () -> {
            reloads.release();
            throw new IllegalStateException("reload failed");
        };
        try (KnowledgeWatcher watcher = KnowledgeWatcher.start(dir, Duration.ofMillis(50), flaky)) {
            watcher.onSignal();
            assertThat(reloads.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();

            Files.writeString(dir.resolve("again.txt"), "x");
            assertThat(reloads.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void closing_stops_its_threads() throws Exception {
        KnowledgeWatcher watcher = KnowledgeWatcher.start(dir, Duration.ofMillis(50), reloads::release);

        watcher.close();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (watcherThreadsAlive()) {
            assertThat(System.nanoTime()).as("watcher threads still alive").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    @Test
    void an_edit_of_the_knowledge_folder_is_served_without_a_restart() throws Exception {
        Path folder = TestKnowledge.copyTo(dir);
        try (LiveKnowledge live = LiveKnowledge.load(folder, ReloadListener.NONE)) {
            String before = live.knowledge().version();
            live.watch(Duration.ofMillis(100));
            Path facts = folder.resolve("meta-scale-ai.facts.yaml");
            Files.writeString(facts, Files.readString(facts).replace("The deal values Scale AI at $29 billion.",
                    "Under the deal, Scale AI is valued at $29 billion."));

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
            while (live.knowledge().version().equals(before)) {
                assertThat(System.nanoTime()).as("reloaded in time").isLessThan(deadline);
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            }
            assertThat(live.knowledge().fact("deal-valuation").orElseThrow().answer(dev.safqa.text.Language.EN))
                    .isEqualTo("Under the deal, Scale AI is valued at $29 billion.");
        }
    }

    private static boolean watcherThreadsAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().startsWith("safqa-knowledge-"));
    }
}
