package dev.safqa.notify;

import dev.safqa.limits.Pacing;
import dev.safqa.limits.Pacer;
import dev.safqa.platform.Telemetry;
import dev.safqa.storage.Database;
import dev.safqa.storage.DeliveryLog;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Run in a child JVM by {@link ReplicaBroadcastTest}: one replica's dispatcher on a shared
 * PostgreSQL, posting to a {@link FakePlatformServer}, until the parent kills it. Arguments: JDBC URL,
 * the server's URL, milliseconds between messages. Never closes anything.
 */
public final class ReplicaDispatchChild {
    private ReplicaDispatchChild() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.connect(args[0], null, null);
        Duration interval = Duration.ofMillis(Long.parseLong(args[2]));
        Dispatcher dispatcher = new Dispatcher(DeliveryLog.in(db), db.subscriptions(),
                List.of(FakePlatformServer.sender("telegram", URI.create(args[1]), "child",
                        Pacing.of("telegram", interval, Duration.ofSeconds(1)))), new Pacer(), Timekeeper.SYSTEM,
                Telemetry.NONE, ReplicaBroadcastTest.settings(interval), db);
        dispatcher.start();
        System.out.println("started");
        System.out.flush();
        new CountDownLatch(1).await(); // wait to be killed
    }
}
