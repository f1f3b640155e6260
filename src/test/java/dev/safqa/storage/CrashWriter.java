package dev.safqa.storage;

import dev.safqa.text.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Run in a child JVM by {@link CrashDurabilityTest}: writes rows one commit at a time, printing
 * "committed N" after each, until the parent kills it. The database is deliberately never closed.
 */
public final class CrashWriter {
    static final int MAX_ROWS = 1_000_000;

    private CrashWriter() {
    }

    public static void main(String[] args) throws IOException {
        Database db = Database.open(Path.of(args[0]));
        ChatKey channel = new ChatKey("slack", "C1");
        for (int i = 0; i < MAX_ROWS; i++) {
            db.subscriptions().subscribe(new Subscription(chatFor(i), Language.AR, "crash-writer", Instant.EPOCH));
            db.feedback().record(new Feedback(channel, "m" + i, "crash-writer", "stake", Vote.DOWN));
            System.out.println("committed " + i);
            if (System.out.checkError()) {
                return; // the parent has gone
            }
        }
        System.in.read(); // wait to be killed, still without closing
    }

    static ChatKey chatFor(int i) {
        return new ChatKey("telegram", "crash-" + i);
    }
}
