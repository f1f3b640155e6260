package dev.safqa.storage;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
class InboundLogTest {
    @Parameter
    Store store;
    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void open() {
        db = store.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void an_update_is_claimed_the_first_time_only() {
        assertThat(db.inbound().claim("telegram", "123456", "1001")).isTrue();
        assertThat(db.inbound().claim("telegram", "123456", "1001")).isFalse();
    }

    @Test
    void the_same_id_in_another_scope_or_platform_is_another_update() {
        db.inbound().claim("telegram", "123456", "1001");

        assertThat(db.inbound().claim("telegram", "999999", "1001")).isTrue(); // another bot
        assertThat(db.inbound().claim("slack", "123456", "1001")).isTrue(); // another platform
    }

    @Test
    void of_many_threads_claiming_one_update_exactly_one_wins() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> wins = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                wins.add(pool.submit(() -> {
                    start.await();
                    int won = 0;
                    for (int i = 0; i < 50; i++) {
                        won += db.inbound().claim("slack", "T1", "Ev" + i) ? 1 : 0;
                    }
                    return won;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : wins) {
                total += f.get(60, SECONDS);
            }
            assertThat(total).isEqualTo(50);
        } finally {
            pool.shutdownNow();
        }
    }
}
