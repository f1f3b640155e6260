package dev.safqa.storage;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.text.Language;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentWritesTest {
    private static final int THREADS = 8;
    private static final int WRITES_PER_THREAD = 100;

    @TempDir
    Path dir;

    @Test
    void writes_from_several_threads_lose_nothing() throws Exception {
        try (Database db = Database.open(dir)) {
            runTogether(thread -> writeRows(db, thread));

            assertThat(db.subscriptions().all()).hasSize(THREADS * WRITES_PER_THREAD);
            assertThat(db.feedback().byFact()).extracting(FactFeedback::ups).containsExactly(THREADS * WRITES_PER_THREAD);
        }
    }

    @Test
    void two_stores_on_one_file_wait_for_each_other_instead_of_failing() throws Exception {
        // As the server and a CLI command would: two connections, the busy timeout settles who writes.
        try (Database first = Database.open(dir); Database second = Database.open(dir)) {
            runTogether(thread -> writeRows(thread % 2 == 0 ? first : second, thread));

            assertThat(first.subscriptions().all()).hasSize(THREADS * WRITES_PER_THREAD);
        }
    }

    private static void writeRows(Database db, int thread) {
        ChatKey channel = new ChatKey("slack", "C1");
        for (int i = 0; i < WRITES_PER_THREAD; i++) {
            ChatKey chat = new ChatKey("telegram", thread + "-" + i);
            db.subscriptions().subscribe(new Subscription(chat, Language.EN, "user-" + thread, Instant.EPOCH));
            db.feedback().record(new Feedback(channel, "m" + i, "user-" + thread, "stake", Vote.UP));
            db.subscriptions().find(chat).orElseThrow(); // reads interleave with the other threads' writes
        }
    }

    private interface Writer {
        void write(int thread);
    }

    /** Starts every thread at once behind a latch; fails if any thread throws or all have not finished in time. */
    private static void runTogether(Writer writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    writer.write(thread);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
