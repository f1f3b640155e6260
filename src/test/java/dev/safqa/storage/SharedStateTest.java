package dev.safqa.storage;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.limits.Pacer;
import dev.safqa.limits.QuestionLimit;
import dev.safqa.text.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two replicas, each with its own pool, on one PostgreSQL: what one writes the other sees, and what must happen once does. */
class SharedStateTest {
    private final ChatKey chat = new ChatKey("telegram", "42");
    private final Instant monday = Instant.parse("2025-06-16T09:00:00Z");
    private final Notifications.Texts texts = new Notifications.Texts("تحديث", "update");
    private Database a;
    private Database b;

    @BeforeEach
    void open() {
        String url = TestPostgres.newDatabase();
        a = Database.connect(url, TestPostgres.USER, null);
        b = Database.connect(url, TestPostgres.USER, null);
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    @Test
    void chat_settings_and_feedback_are_the_same_whichever_replica_answers() {
        a.chatSettings().setLanguage(chat, Language.AR);
        b.feedback().record(new Feedback(chat, "m1", "u1", "stake", Vote.DOWN));
        a.feedback().record(new Feedback(chat, "m1", "u1", "stake", Vote.UP)); // the same user changed their mind

        assertThat(b.chatSettings().language(chat)).contains(Language.AR);
        assertThat(b.feedback().byFact()).singleElement().satisfies(f -> {
            assertThat(f.ups()).isEqualTo(1);
            assertThat(f.downs()).isZero();
        });
    }

    @Test
    void a_chats_question_limit_holds_across_replicas() {
        Pacer.Rate threeAMinute = new Pacer.Rate(3, Duration.ofMinutes(1));
        QuestionLimit onA = a.questionLimit("telegram", threeAMinute);
        QuestionLimit onB = b.questionLimit("telegram", threeAMinute);

        assertThat(onA.tryAcquire("42")).isTrue();
        assertThat(onB.tryAcquire("42")).isTrue();
        assertThat(onA.tryAcquire("42")).isTrue();
        assertThat(onB.tryAcquire("42")).isFalse(); // the fourth in a minute, whichever replica is asked
        assertThat(onB.tryAcquire("43")).isTrue(); // another chat
    }

    @Test
    void a_knowledge_change_both_replicas_reload_at_once_is_announced_once() throws Exception {
        a.subscriptions().subscribe(new Subscription(chat, Language.EN, "u", monday));
        Notifications.in(a).recordFacts("v1", digests("a"), monday, c -> Optional.of(texts)); // the baseline

        List<Optional<NotificationSummary>> made = together(
                () -> Notifications.in(a).recordFacts("v2", digests("b"), monday, c -> Optional.of(texts)),
                () -> Notifications.in(b).recordFacts("v2", digests("b"), monday, c -> Optional.of(texts)));

        assertThat(made.stream().filter(Optional::isPresent).count()).isEqualTo(1);
        assertThat(Notifications.in(b).recent(10)).hasSize(1);
    }

    @Test
    void of_two_replicas_claiming_one_delivery_one_gets_it() throws Exception {
        a.subscriptions().subscribe(new Subscription(chat, Language.EN, "u", monday));
        long id = Notifications.in(a).create(NotificationKind.BROADCAST, null, texts, monday).notification().id();

        List<Optional<DeliveryLog.Claim>> claims = together(
                () -> DeliveryLog.in(a).claim(id, chat, monday),
                () -> DeliveryLog.in(b).claim(id, chat, monday));

        assertThat(claims.stream().filter(Optional::isPresent).count()).isEqualTo(1);
    }

    private static Map<String, String> digests(String stakeDigest) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("stake", stakeDigest);
        return m;
    }

    @SafeVarargs
    private static <T> List<T> together(Callable<T>... work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> w : work) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return w.call();
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get(30, SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
