package dev.safqa.notify;

import dev.safqa.limits.Pacer;
import dev.safqa.platform.Telemetry;
import dev.safqa.storage.ChatKey;
import dev.safqa.storage.Database;
import dev.safqa.storage.Delivery;
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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** A real database in a temp folder, virtual time, and the dispatchers a test starts (closed with it). */
final class NotifyFixture implements AutoCloseable {
    static final Duration PATIENCE = Duration.ofSeconds(30);

    final Path dir;
    final VirtualTime time;
    final Database db;
    final Notifications notifications;
    final DeliveryLog deliveryLog;
    private final List<Dispatcher> dispatchers = new ArrayList<>();

    NotifyFixture(Path dir) {
        this(dir, new VirtualTime());
    }

    NotifyFixture(Path dir, VirtualTime time) {
        this.dir = dir;
        this.time = time;
        this.db = Database.open(dir, time.clock());
        this.notifications = Notifications.in(db);
        this.deliveryLog = DeliveryLog.in(db);
    }

    ChatKey subscribe(String platform, String chatId, Language language) {
        ChatKey chat = new ChatKey(platform, chatId);
        db.subscriptions().subscribe(new Subscription(chat, language, "tester", time.now()));
        return chat;
    }

    /** A note with a different text per language, so a test can tell which one a chat got. */
    NotificationSummary note(String name) {
        return notifications.create(NotificationKind.BROADCAST, null,
                new Notifications.Texts("ملاحظة " + name, "note " + name), time.now());
    }

    /** A started dispatcher with its own pacer on the virtual clock. */
    Dispatcher start(Dispatcher.Settings settings, NoticeSender... senders) {
        Dispatcher d = new Dispatcher(deliveryLog, db.subscriptions(), List.of(senders), new Pacer(time::nanoTime), time,
                Telemetry.NONE, settings);
        dispatchers.add(d);
        d.start();
        return d;
    }

    Dispatcher start(NoticeSender... senders) {
        return start(Dispatcher.Settings.DEFAULT, senders);
    }

    List<Delivery> deliveries(NotificationSummary n) {
        return notifications.deliveries(n.notification().id());
    }

    Optional<Delivery> delivery(NotificationSummary n, ChatKey chat) {
        return deliveries(n).stream().filter(d -> d.chat().equals(chat)).findFirst();
    }

    int count(NotificationSummary n, DeliveryStatus status) {
        return notifications.summary(n.notification().id()).orElseThrow().count(status);
    }

    /** Waits until no delivery of {@code n} is pending or sending. */
    void awaitSettled(NotificationSummary n) {
        await(() -> count(n, DeliveryStatus.PENDING) == 0 && count(n, DeliveryStatus.SENDING) == 0,
                "notification " + n.notification().id() + " settled");
    }

    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }

    @Override
    public void close() {
        dispatchers.forEach(Dispatcher::close);
        db.close();
    }
}
