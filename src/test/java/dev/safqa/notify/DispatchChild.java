package dev.safqa.notify;

import dev.safqa.limits.Pacing;
import dev.safqa.limits.Pacer;
import dev.safqa.platform.Telemetry;
import dev.safqa.storage.Database;
import dev.safqa.storage.DeliveryLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Run in a child JVM by {@link CrashResumeTest}: a dispatcher on the real clock whose platform
 * appends each chat it "delivers" to a file and says so on stdout, until the parent kills it.
 * Arguments: data folder, delivered-chats file, milliseconds between messages, and the call that
 * hangs in the platform forever (0 for none). Never closes anything.
 */
public final class DispatchChild {
    private DispatchChild() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path delivered = Path.of(args[1]);
        Duration interval = Duration.ofMillis(Long.parseLong(args[2]));
        int hangAt = Integer.parseInt(args[3]);
        Database db = Database.open(data);
        NoticeSender platform = new NoticeSender() {
            private int calls;

            @Override
            public String platform() {
                return "telegram";
            }

            @Override
            public Pacing pacing() {
                return Pacing.of("telegram", interval, Duration.ofSeconds(1));
            }

            @Override
            public SendResult send(String chatId, String text) {
                if (++calls == hangAt) {
                    report("sending " + chatId);
                    try {
                        new CountDownLatch(1).await(); // the request is "on the wire" when the kill comes
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new SendResult.Unknown("interrupted");
                }
                try {
                    Files.writeString(delivered, chatId + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                report("sent " + chatId);
                return SendResult.sent();
            }
        };
        Dispatcher dispatcher = new Dispatcher(DeliveryLog.in(db), db.subscriptions(), List.of(platform), new Pacer(),
                Timekeeper.SYSTEM, Telemetry.NONE,
                Dispatcher.Settings.DEFAULT);
        dispatcher.start();
        report("started");
        new CountDownLatch(1).await(); // wait to be killed
    }

    private static synchronized void report(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
