package dev.safqa.notify;

import dev.safqa.limits.RetryPolicy;
import dev.safqa.limits.Pacing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.notify.SendResult.RetryAfter.Scope;
import dev.safqa.storage.ChatKey;
import dev.safqa.storage.Database;
import dev.safqa.storage.Delivery;
import dev.safqa.storage.DeliveryStatus;
import dev.safqa.storage.NotificationKind;
import dev.safqa.storage.NotificationSummary;
import dev.safqa.storage.Notifications;
import dev.safqa.text.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DispatcherTest {
    @TempDir
    Path dir;
    private NotifyFixture f;
    private FakeSender telegram;
    private FakeSender slack;

    @BeforeEach
    void open() {
        f = new NotifyFixture(dir);
        telegram = new FakeSender("telegram", f.time);
        slack = new FakeSender("slack", f.time);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void every_subscriber_gets_the_note_once_in_its_language() {
        f.subscribe("telegram", "-1001", Language.AR);
        f.subscribe("telegram", "42", Language.EN);
        f.subscribe("slack", "C01", Language.AR);
        NotificationSummary note = f.note("1");

        f.start(telegram, slack);
        f.awaitSettled(note);

        assertThat(telegram.delivered()).extracting(FakeSender.Call::chatId, FakeSender.Call::text)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("-1001", "ملاحظة 1"),
                        org.assertj.core.groups.Tuple.tuple("42", "note 1"));
        assertThat(slack.delivered()).extracting(FakeSender.Call::text).containsExactly("ملاحظة 1");
        assertThat(f.count(note, DeliveryStatus.SENT)).isEqualTo(3);
    }

    @Test
    void a_chat_that_subscribes_after_a_note_was_made_does_not_get_it() {
        f.subscribe("telegram", "1", Language.EN);
        NotificationSummary note = f.note("before");
        f.subscribe("telegram", "2", Language.EN);

        f.start(telegram);
        f.awaitSettled(note);

        assertThat(note.total()).isEqualTo(1);
        assertThat(telegram.deliveredChats()).containsExactly("1");
    }

    @Test
    void a_chat_that_unsubscribes_before_its_turn_is_dropped_not_sent() {
        ChatKey leaving = f.subscribe("telegram", "1", Language.EN);
        f.subscribe("telegram", "2", Language.EN);
        NotificationSummary note = f.note("1");
        f.db.subscriptions().unsubscribe(leaving);

        f.start(telegram);
        f.awaitSettled(note);

        assertThat(telegram.deliveredChats()).containsExactly("2");
        assertThat(f.delivery(note, leaving)).get().extracting(Delivery::status).isEqualTo(DeliveryStatus.DROPPED);
    }

    @Test
    void a_dispatcher_stopped_mid_broadcast_leaves_nothing_sending_and_the_next_one_sends_the_rest_once() throws Exception {
        List<String> everyone = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            everyone.add(f.subscribe("telegram", String.valueOf(i), Language.EN).chatId());
        }
        NotificationSummary note = f.note("1");
        telegram.holdCall(7);

        Dispatcher first = f.start(telegram);
        assertThat(telegram.awaitHeldCall(NotifyFixture.PATIENCE)).as("7th send reached").isTrue();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(first::close);
        NotifyFixture.await(first::isClosing, "close() begun");
        telegram.releaseHeldCall(); // the send in flight finishes after close() was called
        closing.get(30, TimeUnit.SECONDS);

        assertThat(telegram.deliveredChats()).hasSize(7);
        assertThat(f.count(note, DeliveryStatus.SENDING)).as("sending after a clean stop").isZero();
        assertThat(f.count(note, DeliveryStatus.SENT)).isEqualTo(7); // the one in flight was recorded
        assertThat(f.count(note, DeliveryStatus.PENDING)).isEqualTo(33);

        FakeSender resumed = new FakeSender("telegram", f.time);
        f.start(resumed);
        f.awaitSettled(note);

        List<String> all = new ArrayList<>(telegram.deliveredChats());
        all.addAll(resumed.deliveredChats());
        assertThat(resumed.deliveredChats()).doesNotContainAnyElementsOf(telegram.deliveredChats()); // no duplicate
        assertThat(all).containsExactlyInAnyOrderElementsOf(everyone); // no loss
    }

    @Test
    void a_delivery_in_flight_when_the_process_died_is_marked_failed_and_not_resent() {
        ChatKey chat = f.subscribe("telegram", "1", Language.EN);
        f.subscribe("telegram", "2", Language.EN);
        NotificationSummary note = f.note("1");
        // what a process killed during the send leaves behind: the claim committed, no outcome
        assertThat(f.deliveryLog.claim(note.notification().id(), chat, f.time.now())).isPresent();

        f.start(telegram);
        f.awaitSettled(note);

        assertThat(telegram.calls()).extracting(FakeSender.Call::chatId).containsExactly("2");
        assertThat(f.delivery(note, chat)).get().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(d.lastError()).startsWith("outcome unknown");
        });
    }

    @Test
    void a_note_made_by_another_process_is_delivered_by_the_running_dispatcher() {
        f.subscribe("telegram", "1", Language.AR);
        f.start(telegram);

        NotificationSummary note;
        try (Database other = Database.open(dir)) { // as `safqa notify` does, on its own connection
            note = Notifications.in(other).create(NotificationKind.BROADCAST, null,
                    new Notifications.Texts("إعلان", "announcement"), f.time.now());
        }
        f.awaitSettled(note);

        assertThat(telegram.delivered()).extracting(FakeSender.Call::text).containsExactly("إعلان");
    }

    @Test
    void a_429_for_one_chat_waits_its_retry_after_and_then_delivers_once() {
        ChatKey chat = f.subscribe("telegram", "1", Language.EN);
        telegram.script("1", new SendResult.RetryAfter(Duration.ofSeconds(30), Scope.CHAT));
        NotificationSummary note = f.note("1");

        f.start(telegram);
        f.awaitSettled(note);

        List<FakeSender.Call> calls = telegram.calls();
        assertThat(calls).hasSize(2);
        assertThat(Duration.between(calls.get(0).at(), calls.get(1).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(telegram.deliveredChats()).containsExactly("1");
        assertThat(f.delivery(note, chat)).get().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(d.attempts()).isEqualTo(2);
        });
    }

    @Test
    void a_platform_wide_429_holds_back_every_chat_on_that_platform() {
        f.subscribe("telegram", "1", Language.EN);
        f.subscribe("telegram", "2", Language.EN);
        f.subscribe("telegram", "3", Language.EN);
        telegram.script("1", new SendResult.RetryAfter(Duration.ofSeconds(10), Scope.PLATFORM));
        NotificationSummary note = f.note("1");

        f.start(telegram);
        f.awaitSettled(note);

        List<FakeSender.Call> calls = telegram.calls();
        assertThat(calls).hasSize(4);
        for (FakeSender.Call later : calls.subList(1, 4)) {
            assertThat(Duration.between(calls.get(0).at(), later.at())).as("wait before %s", later.chatId())
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(10));
        }
        assertThat(telegram.deliveredChats()).containsExactlyInAnyOrder("1", "2", "3");
    }

    @Test
    void transient_failures_back_off_exponentially_then_give_up() {
        ChatKey chat = f.subscribe("telegram", "1", Language.EN);
        telegram.script("1", new SendResult.Transient("HTTP 502"), new SendResult.Transient("HTTP 502"),
                new SendResult.Transient("HTTP 502"));
        NotificationSummary note = f.note("1");
        Dispatcher.Settings settings = Dispatcher.Settings.DEFAULT
                .withRetry(new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofMinutes(1)));

        f.start(settings, telegram);
        f.awaitSettled(note);

        List<FakeSender.Call> calls = telegram.calls();
        assertThat(calls).hasSize(3);
        assertThat(Duration.between(calls.get(0).at(), calls.get(1).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(Duration.between(calls.get(1).at(), calls.get(2).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(4));
        assertThat(f.delivery(note, chat)).get().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(d.attempts()).isEqualTo(3);
            assertThat(d.lastError()).contains("HTTP 502").contains("gave up after 3 attempts");
        });
    }

    @Test
    void a_transient_failure_then_success_is_delivered_once() {
        f.subscribe("telegram", "1", Language.EN);
        telegram.script("1", new SendResult.Transient("connection refused"));
        NotificationSummary note = f.note("1");

        f.start(telegram);
        f.awaitSettled(note);

        assertThat(telegram.calls()).hasSize(2);
        assertThat(telegram.deliveredChats()).containsExactly("1");
    }

    @Test
    void a_chat_that_blocked_the_bot_is_unsubscribed_and_its_pending_notes_dropped() {
        ChatKey blocked = f.subscribe("telegram", "1", Language.EN);
        f.subscribe("telegram", "2", Language.EN);
        telegram.script("1", new SendResult.Gone("Forbidden: bot was blocked by the user"));
        NotificationSummary first = f.note("1");
        NotificationSummary second = f.note("2");

        f.start(telegram);
        f.awaitSettled(first);
        f.awaitSettled(second);

        assertThat(telegram.calls()).filteredOn(c -> c.chatId().equals("1")).hasSize(1); // not tried again for note 2
        assertThat(f.db.subscriptions().find(blocked)).isEmpty();
        assertThat(f.delivery(first, blocked)).get().extracting(Delivery::status).isEqualTo(DeliveryStatus.DROPPED);
        assertThat(f.delivery(second, blocked)).get().extracting(Delivery::status).isEqualTo(DeliveryStatus.DROPPED);
        assertThat(telegram.deliveredChats()).containsExactly("2", "2");
    }

    @Test
    void a_group_that_became_a_supergroup_gets_the_note_at_its_new_id() {
        ChatKey group = f.subscribe("telegram", "-4001", Language.AR);
        ChatKey supergroup = new ChatKey("telegram", "-1004001");
        telegram.script("-4001", new SendResult.Moved("-1004001"));
        NotificationSummary note = f.note("1");

        f.start(telegram);
        f.awaitSettled(note);

        assertThat(telegram.delivered()).extracting(FakeSender.Call::chatId, FakeSender.Call::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("-1004001", "ملاحظة 1"));
        assertThat(f.db.subscriptions().find(group)).isEmpty();
        assertThat(f.db.subscriptions().find(supergroup)).get().extracting(s -> s.language()).isEqualTo(Language.AR);
        assertThat(f.deliveries(note)).singleElement().satisfies(d -> {
            assertThat(d.chat()).isEqualTo(supergroup);
            assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
        });
    }

    @Test
    void a_move_onto_a_chat_that_already_has_the_note_sends_it_only_once() {
        f.subscribe("telegram", "-4001", Language.EN);
        f.subscribe("telegram", "-1004001", Language.EN);
        telegram.script("-4001", new SendResult.Moved("-1004001"));
        NotificationSummary note = f.note("1");

        f.start(telegram);
        f.awaitSettled(note);

        assertThat(telegram.deliveredChats()).containsExactly("-1004001");
        assertThat(f.db.subscriptions().all()).extracting(s -> s.chat().chatId()).containsExactly("-1004001");
    }

    @Test
    void an_unknown_outcome_is_not_retried() {
        ChatKey chat = f.subscribe("telegram", "1", Language.EN);
        telegram.script("1", new SendResult.Unknown("read timed out"));
        NotificationSummary note = f.note("1");

        f.start(telegram);
        f.awaitSettled(note);

        assertThat(telegram.calls()).hasSize(1);
        assertThat(f.delivery(note, chat)).get().extracting(Delivery::status).isEqualTo(DeliveryStatus.FAILED);
    }

    @Test
    void a_sender_that_throws_does_not_stop_the_broadcast() {
        f.subscribe("telegram", "1", Language.EN);
        f.subscribe("telegram", "2", Language.EN);
        NotificationSummary note = f.note("1");
        NoticeSender flaky = new NoticeSender() {
            @Override
            public String platform() {
                return "telegram";
            }

            @Override
            public Pacing pacing() {
                return telegram.pacing();
            }

            @Override
            public SendResult send(String chatId, String text) {
                if (chatId.equals("1")) {
                    throw new IllegalStateException("bug in the adapter");
                }
                return telegram.send(chatId, text);
            }
        };

        f.start(flaky);
        f.awaitSettled(note);

        assertThat(telegram.deliveredChats()).containsExactly("2");
        assertThat(f.count(note, DeliveryStatus.FAILED)).isEqualTo(1);
    }

    @Test
    void notes_for_a_platform_without_a_sender_wait_until_one_runs() {
        f.subscribe("telegram", "1", Language.EN);
        ChatKey channel = f.subscribe("slack", "C01", Language.EN);
        NotificationSummary note = f.note("1");

        Dispatcher telegramOnly = f.start(telegram);
        NotifyFixture.await(() -> telegram.deliveredChats().size() == 1, "telegram delivered");
        telegramOnly.close();
        assertThat(f.delivery(note, channel)).get().extracting(Delivery::status).isEqualTo(DeliveryStatus.PENDING);

        f.start(slack);
        f.awaitSettled(note);
        assertThat(slack.deliveredChats()).containsExactly("C01");
    }

    @Test
    void a_refused_message_is_given_up_at_once_and_the_chat_stays_subscribed() {
        ChatKey chat = f.subscribe("telegram", "1", Language.EN);
        telegram.script("1", new SendResult.Refused("[400] Bad Request: message is too long"));
        NotificationSummary note = f.note("1");

        f.start(telegram);
        f.awaitSettled(note);

        assertThat(telegram.calls()).hasSize(1);
        assertThat(f.delivery(note, chat)).get().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(d.lastError()).isEqualTo("refused: [400] Bad Request: message is too long");
        });
        assertThat(f.db.subscriptions().find(chat)).isPresent();
    }

    @Test
    void a_note_made_while_the_dispatcher_idles_goes_out_on_wake_not_at_the_next_poll() throws Exception {
        f.subscribe("telegram", "1", Language.EN);
        FakeSender realTime = new FakeSender("telegram", Timekeeper.SYSTEM);
        Dispatcher.Settings hourly = Dispatcher.Settings.DEFAULT.withPollInterval(Duration.ofHours(1));
        try (Dispatcher d = new Dispatcher(f.deliveryLog, f.db.subscriptions(), List.of(realTime), new dev.safqa.limits.Pacer(),
                Timekeeper.SYSTEM, dev.safqa.platform.Telemetry.NONE, hourly)) {
            d.start(); // finds nothing, and would look again in an hour
            NotifyFixture.await(DispatcherTest::laneIdles, "the lane waiting for the next poll");
            f.note("1");

            d.wake();

            assertThat(realTime.awaitDelivered(1, Duration.ofSeconds(10))).isTrue();
        }
    }

    @Test
    void a_send_that_leaves_late_does_not_let_the_next_ones_bunch_up_behind_it() {
        for (int i = 1; i <= 5; i++) {
            f.subscribe("telegram", String.valueOf(i), Language.EN);
        }
        NotificationSummary note = f.note("1");
        // the lane's first wait overruns by 100 ms (a pause, a slow disk): later sends must still keep 34 ms apart
        Timekeeper lateOnce = new Timekeeper() {
            private boolean late = true;

            @Override
            public Instant now() {
                return f.time.now();
            }

            @Override
            public long nanoTime() {
                return f.time.nanoTime();
            }

            @Override
            public void sleep(Duration d) throws InterruptedException {
                f.time.sleep(late ? d.plusMillis(100) : d);
                late = false;
            }
        };
        FakeSender sender = new FakeSender("telegram", lateOnce);
        try (Dispatcher d = new Dispatcher(f.deliveryLog, f.db.subscriptions(), List.of(sender),
                new dev.safqa.limits.Pacer(lateOnce::nanoTime), lateOnce, dev.safqa.platform.Telemetry.NONE,
                Dispatcher.Settings.DEFAULT)) {
            d.start();
            f.awaitSettled(note);
        }

        List<Instant> at = sender.delivered().stream().map(FakeSender.Call::at).toList();
        assertThat(at).hasSize(5);
        for (int i = 1; i < at.size(); i++) {
            assertThat(Duration.between(at.get(i - 1), at.get(i))).as("gap before send %d", i + 1)
                    .isGreaterThanOrEqualTo(dev.safqa.telegram.TelegramLimits.PACING.overallInterval());
        }
    }

    private static boolean laneIdles() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("safqa-notify-telegram") && t.getState() == Thread.State.TIMED_WAITING);
    }
}
