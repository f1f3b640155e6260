package dev.safqa.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.safqa.text.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
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
class NotificationsTest {
    @Parameter
    Store store;
    @TempDir
    Path dir;
    private Database db;
    private Notifications notes;
    private DeliveryLog log;

    private final Instant monday = Instant.parse("2025-06-16T09:00:00Z");
    private final ChatKey group = new ChatKey("telegram", "-4001");
    private final ChatKey channel = new ChatKey("slack", "C0123");
    private final Notifications.Texts texts = new Notifications.Texts("تحديث", "update");

    @BeforeEach
    void open() {
        db = store.open(dir);
        notes = Notifications.in(db);
        log = DeliveryLog.in(db);
        db.subscriptions().subscribe(new Subscription(group, Language.AR, "u1", monday));
        db.subscriptions().subscribe(new Subscription(channel, Language.EN, "u2", monday));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_new_notification_has_one_pending_delivery_per_subscriber() {
        NotificationSummary made = notes.create(NotificationKind.BROADCAST, null, texts, monday);

        assertThat(made.count(DeliveryStatus.PENDING)).isEqualTo(2);
        assertThat(notes.deliveries(made.notification().id()))
                .extracting(Delivery::chat, Delivery::status, Delivery::attempts)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(channel, DeliveryStatus.PENDING, 0),
                        org.assertj.core.groups.Tuple.tuple(group, DeliveryStatus.PENDING, 0));
        assertThat(notes.recent(10)).containsExactly(made);
    }

    @Test
    void the_first_record_of_facts_is_a_baseline_and_makes_no_notification() {
        AtomicReference<Notifications.FactChanges> seen = new AtomicReference<>();

        Optional<NotificationSummary> made = notes.recordFacts("v1", Map.of("stake", "a"), monday, changes -> {
            seen.set(changes);
            return Optional.of(texts);
        });

        assertThat(made).isEmpty();
        assertThat(seen.get()).isNull(); // not even asked to write a note
        assertThat(notes.recent(10)).isEmpty();
    }

    @Test
    void facts_are_compared_with_the_last_record() {
        notes.recordFacts("v1", digests("stake", "a", "price", "b", "gone", "c"), monday, c -> Optional.of(texts));
        AtomicReference<Notifications.FactChanges> seen = new AtomicReference<>();

        Optional<NotificationSummary> made = notes.recordFacts("v2", digests("stake", "a", "price", "B", "new", "d"), monday,
                changes -> {
                    seen.set(changes);
                    return Optional.of(texts);
                });

        assertThat(seen.get().added()).containsExactly("new");
        assertThat(seen.get().changed()).containsExactly("price");
        assertThat(seen.get().removed()).containsExactly("gone");
        assertThat(made).get().satisfies(s -> {
            assertThat(s.notification().kind()).isEqualTo(NotificationKind.KNOWLEDGE);
            assertThat(s.notification().knowledgeVersion()).isEqualTo("v2");
            assertThat(s.total()).isEqualTo(2);
        });
    }

    @Test
    void the_same_facts_recorded_again_make_no_second_notification() {
        notes.recordFacts("v1", digests("stake", "a"), monday, c -> Optional.of(texts));
        notes.recordFacts("v2", digests("stake", "b"), monday, c -> Optional.of(texts));

        assertThat(notes.recordFacts("v2", digests("stake", "b"), monday, c -> Optional.of(texts))).isEmpty();
        assertThat(notes.recent(10)).hasSize(1);
    }

    @Test
    void a_failure_while_recording_facts_leaves_neither_the_notification_nor_the_record() {
        notes.recordFacts("v1", digests("stake", "a"), monday, c -> Optional.of(texts));

        assertThatThrownBy(() -> notes.recordFacts("v2", digests("stake", "b"), monday, c -> {
            throw new IllegalStateException("crash while writing the note");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(notes.recent(10)).isEmpty();
        // still differs from the record, so the next attempt announces it
        assertThat(notes.recordFacts("v2", digests("stake", "b"), monday, c -> Optional.of(texts))).isPresent();
    }

    @Test
    void a_claimed_delivery_cannot_be_claimed_again() {
        long id = notes.create(NotificationKind.BROADCAST, null, texts, monday).notification().id();

        Optional<DeliveryLog.Claim> first = log.claim(id, group, monday);

        assertThat(first).get().satisfies(c -> {
            assertThat(c.language()).isEqualTo(Language.AR);
            assertThat(c.text()).isEqualTo("تحديث");
            assertThat(c.attempt()).isEqualTo(1);
        });
        assertThat(log.claim(id, group, monday)).isEmpty();
    }

    @Test
    void a_delivery_retried_later_is_due_only_then() {
        long id = notes.create(NotificationKind.BROADCAST, null, texts, monday).notification().id();
        log.claim(id, group, monday);

        log.retryAt(id, group, monday.plusSeconds(30), "429", monday);

        assertThat(log.due("telegram", monday.plusSeconds(29), 10)).isEmpty();
        assertThat(log.nextDue("telegram")).contains(monday.plusSeconds(30));
        assertThat(log.due("telegram", monday.plusSeconds(30), 10)).extracting(Delivery::chat).containsExactly(group);
    }

    @Test
    void abandoning_the_sending_deliveries_marks_them_failed() {
        long id = notes.create(NotificationKind.BROADCAST, null, texts, monday).notification().id();
        log.claim(id, group, monday);

        assertThat(log.abandonSending("outcome unknown", monday.plus(Duration.ofMinutes(1)))).isEqualTo(1);

        assertThat(notes.summary(id)).get().satisfies(s -> {
            assertThat(s.count(DeliveryStatus.FAILED)).isEqualTo(1);
            assertThat(s.count(DeliveryStatus.PENDING)).isEqualTo(1);
            assertThat(s.count(DeliveryStatus.SENDING)).isZero();
        });
    }

    @Test
    void moving_a_chat_takes_its_pending_deliveries_along() {
        long first = notes.create(NotificationKind.BROADCAST, null, texts, monday).notification().id();
        long second = notes.create(NotificationKind.BROADCAST, null, texts, monday).notification().id();
        log.claim(first, group, monday);

        Optional<Delivery> moved = log.moveChat(first, group, "-1004001", monday);

        ChatKey supergroup = new ChatKey("telegram", "-1004001");
        assertThat(moved).get().satisfies(d -> {
            assertThat(d.chat()).isEqualTo(supergroup);
            assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
        });
        assertThat(notes.deliveries(second)).extracting(Delivery::chat).containsExactly(channel, supergroup);
    }

    private static Map<String, String> digests(String... idsAndDigests) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < idsAndDigests.length; i += 2) {
            m.put(idsAndDigests[i], idsAndDigests[i + 1]);
        }
        return m;
    }
}
