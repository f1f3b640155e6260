package dev.safqa.telegram;

import static dev.safqa.telegram.BotHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.limits.Pacer;
import dev.safqa.notify.Dispatcher;
import dev.safqa.notify.VirtualTime;
import dev.safqa.platform.Telemetry;
import dev.safqa.storage.ChatKey;
import dev.safqa.storage.DeliveryLog;
import dev.safqa.storage.DeliveryStatus;
import dev.safqa.storage.NotificationKind;
import dev.safqa.storage.NotificationSummary;
import dev.safqa.storage.Notifications;
import dev.safqa.storage.Subscription;
import dev.safqa.text.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broadcast to a thousand chats through the real bot's client and the fake Bot API, paced with
 * Telegram's real limits ({@code TelegramLimits.PACING}: 30 a second overall, one a second per chat,
 * 20 a minute per group).
 *
 * <p>So that a minute of pacing does not take a minute, the dispatcher and its pacer run on
 * {@link VirtualTime}, in which a wait returns at once and moves the clock by its length, and the
 * fake server stamps each sendMessage with that same clock. The HTTP calls are real; only the
 * waiting is skipped. The assertions then check the timestamps the fake server recorded against
 * Telegram's limits themselves, unscaled: the schedule the dispatcher kept is exactly the one real
 * time would see (real time only adds the network's round trips, which spread sends further apart).
 */
@Timeout(30)
class TelegramBroadcastTest {
    private static final int CHATS = 1_000;
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @TempDir
    Path dir;
    private final VirtualTime time = new VirtualTime();
    private final List<Dispatcher> dispatchers = new ArrayList<>();
    private BotHarness h;
    private Notifications notifications;

    @BeforeEach
    void start() throws Exception {
        h = new BotHarness(dir, time::nanoTime);
        h.start(h.settings());
        notifications = Notifications.in(h.db);
        // 600 private chats and 400 groups, some in each language
        for (int i = 0; i < CHATS; i++) {
            String chatId = i % 5 < 3 ? String.valueOf(10_000 + i) : String.valueOf(-1_001_000_000_000L - i);
            h.db.subscriptions().subscribe(new Subscription(new ChatKey("telegram", chatId),
                    i % 2 == 0 ? Language.AR : Language.EN, "tester", time.now()));
        }
    }

    @AfterEach
    void stop() {
        dispatchers.forEach(Dispatcher::close);
        h.close();
    }

    private NotificationSummary announce(String name) {
        return notifications.create(NotificationKind.BROADCAST, null,
                new Notifications.Texts("إعلان " + name, "announcement " + name), time.now());
    }

    /** A dispatcher with the production pacing and settings, on the virtual clock, sending through the bot. */
    private Dispatcher dispatch() {
        Dispatcher d = new Dispatcher(DeliveryLog.in(h.db), h.db.subscriptions(), List.of(h.bot.notices()),
                new Pacer(time::nanoTime), time, Telemetry.NONE, Dispatcher.Settings.DEFAULT);
        dispatchers.add(d);
        d.start();
        return d;
    }

    private int count(NotificationSummary n, DeliveryStatus status) {
        return notifications.summary(n.notification().id()).orElseThrow().count(status);
    }

    @Test
    void a_thousand_subscriber_broadcast_stays_within_telegrams_limits_at_the_server() throws Exception {
        // two announcements in a row: every chat gets two messages, so the per-chat and per-group limits count too
        announce("1");
        announce("2");

        dispatch();
        // a bound on the wait, not a speed asserted: the pacer runs on the test's clock, and a machine
        // at load 30 took over 25 s of wall time to send the 2,000 (the wait ends when they are all in)
        List<FakeBotApi.Call> calls = h.api.awaitCount("sendMessage", c -> true, 2 * CHATS, Duration.ofSeconds(120));

        List<Long> all = calls.stream().map(FakeBotApi.Call::nanos).sorted().toList();
        for (int i = 0; i + 30 < all.size(); i++) {
            assertThat(all.get(i + 30) - all.get(i)).as("31 messages from #%d on span a second or more", i)
                    .isGreaterThanOrEqualTo(SECOND); // never more than 30 in any one second
        }
        Map<String, List<Long>> byChat = calls.stream().collect(Collectors.groupingBy(FakeBotApi.Call::chatId,
                Collectors.mapping(FakeBotApi.Call::nanos, Collectors.toList())));
        assertThat(byChat).hasSize(CHATS);
        byChat.forEach((chat, stamps) -> {
            List<Long> sorted = stamps.stream().sorted().toList();
            assertThat(sorted).as("messages to %s", chat).hasSize(2);
            long gap = sorted.get(1) - sorted.get(0);
            assertThat(gap).as("gap between the two messages to %s", chat).isGreaterThanOrEqualTo(SECOND); // 1 a second per chat
            if (chat.startsWith("-")) {
                assertThat(gap).as("gap in group %s", chat).isGreaterThanOrEqualTo(3 * SECOND); // 20 a minute per group
            }
        });
        Set<String> once = new HashSet<>();
        calls.forEach(c -> assertThat(once.add(c.chatId() + "|" + c.text())).as("%s got %s once", c.chatId(), c.text()).isTrue());
    }

    @Test
    void a_broadcast_stopped_midway_is_resumed_by_the_next_dispatcher_with_no_loss_and_no_duplicate() throws Exception {
        NotificationSummary n = announce("1");
        FakeBotApi.Hold inFlight = h.api.hold("sendMessage", 400);
        Dispatcher first = dispatch();
        assertThat(inFlight.awaitReached(WAIT)).isTrue();

        // stop while the 400th message is on the wire: close() waits for it, and takes nothing more
        Thread closing = new Thread(first::close, "closing-dispatcher");
        closing.start();
        awaitWaiting(closing);
        inFlight.release();
        closing.join(WAIT.toMillis());
        assertThat(closing.isAlive()).isFalse();

        assertThat(h.api.calls("sendMessage")).hasSize(400);
        assertThat(count(n, DeliveryStatus.SENT)).isEqualTo(400); // the one in flight was recorded
        assertThat(count(n, DeliveryStatus.SENDING)).isZero();
        assertThat(count(n, DeliveryStatus.PENDING)).isEqualTo(CHATS - 400);

        dispatch(); // a new process on the same database
        List<FakeBotApi.Call> calls = h.api.awaitCount("sendMessage", c -> true, CHATS, Duration.ofSeconds(120));
        awaitSettled(n);

        assertThat(calls.stream().map(FakeBotApi.Call::chatId).distinct()).hasSize(CHATS); // nobody missed
        assertThat(h.api.calls("sendMessage")).hasSize(CHATS); // nobody twice
        assertThat(count(n, DeliveryStatus.SENT)).isEqualTo(CHATS);
    }

    /** Until {@code t} waits inside close() for the send in flight (so close() has stopped the intake). */
    private static void awaitWaiting(Thread t) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (t.getState() != Thread.State.TIMED_WAITING && t.getState() != Thread.State.WAITING) {
            assertThat(System.nanoTime()).as("%s waiting", t.getName()).isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
    }

    private void awaitSettled(NotificationSummary n) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (count(n, DeliveryStatus.PENDING) + count(n, DeliveryStatus.SENDING) > 0) {
            assertThat(System.nanoTime()).as("notification settled").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }
}
