package dev.safqa.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.cli.ExitCodes;
import dev.safqa.cli.SafqaCommand;
import dev.safqa.storage.ChatKey;
import dev.safqa.storage.Database;
import dev.safqa.storage.DeliveryLog;
import dev.safqa.storage.DeliveryStatus;
import dev.safqa.storage.NotificationKind;
import dev.safqa.storage.NotificationSummary;
import dev.safqa.storage.Notifications;
import dev.safqa.storage.Subscription;
import dev.safqa.text.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code safqa notify} and {@code safqa notifications}, run as the jar would run them. */
class NotifyCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void notify_queues_the_announcement_for_every_subscriber() {
        subscribe("-1001", "42");

        assertThat(run("notify", "--data", dir.toString(), "Safqa is back after maintenance.")).isEqualTo(ExitCodes.OK);

        assertThat(out.toString()).startsWith("notification 1 queued for 2 chat(s)");
        try (Database db = Database.open(dir)) {
            NotificationSummary made = Notifications.in(db).recent(1).get(0);
            assertThat(made.notification().kind()).isEqualTo(NotificationKind.BROADCAST);
            assertThat(made.notification().textEn()).isEqualTo("Safqa is back after maintenance.");
            assertThat(made.notification().textAr()).isEqualTo("Safqa is back after maintenance.");
            assertThat(made.count(DeliveryStatus.PENDING)).isEqualTo(2);
        }
    }

    @Test
    void notify_reads_the_announcement_from_a_file() throws Exception {
        subscribe("-1001");
        Path file = Files.writeString(dir.resolve("note.txt"), "  عاد صفقة للعمل.\n");

        assertThat(run("notify", "--data", dir.toString(), "--file", file.toString())).isEqualTo(ExitCodes.OK);

        try (Database db = Database.open(dir)) {
            assertThat(Notifications.in(db).recent(1).get(0).notification().textAr()).isEqualTo("عاد صفقة للعمل.");
        }
    }

    @Test
    void notify_needs_exactly_one_of_text_and_file() {
        subscribe("-1001");

        assertThat(run("notify", "--data", dir.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("notify", "--data", dir.toString(), "--file", "x.txt", "text")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("TEXT or with --file");
    }

    @Test
    void an_empty_announcement_is_refused() {
        subscribe("-1001");

        assertThat(run("notify", "--data", dir.toString(), "   ")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("empty");
    }

    @Test
    void notify_without_data_creates_nothing() {
        Path missing = dir.resolve("nowhere");

        assertThat(run("notify", "--data", missing.toString(), "hello")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("nobody has subscribed yet");
        assertThat(missing).doesNotExist();
    }

    @Test
    void notifications_lists_each_with_its_deliveries_per_status() {
        subscribe("-1001", "42");
        try (Database db = Database.open(dir)) {
            long id = Notifications.in(db).create(NotificationKind.BROADCAST, null, new Notifications.Texts("مرحبا", "Hello"),
                    Instant.parse("2025-06-16T09:00:00Z")).notification().id();
            DeliveryLog.in(db).claim(id, new ChatKey("telegram", "42"), Instant.parse("2025-06-16T09:00:01Z"));
            DeliveryLog.in(db).markSent(id, new ChatKey("telegram", "42"), Instant.parse("2025-06-16T09:00:01Z"));
        }

        assertThat(run("notifications", "--data", dir.toString())).isEqualTo(ExitCodes.OK);

        assertThat(out.toString()).isEqualTo("""
                  id  created                   kind       pending  sending     sent   failed  dropped  text (en)
                   1  2025-06-16T09:00:00Z      broadcast        1        0        1        0        0  Hello
                """);
    }

    private void subscribe(String... telegramChats) {
        try (Database db = Database.open(dir)) {
            for (String chat : telegramChats) {
                db.subscriptions().subscribe(new Subscription(new ChatKey("telegram", chat), Language.EN, "op",
                        Instant.parse("2025-06-16T08:00:00Z")));
            }
        }
    }

    private int run(String... args) {
        return new CommandLine(new SafqaCommand(System.in))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }
}
