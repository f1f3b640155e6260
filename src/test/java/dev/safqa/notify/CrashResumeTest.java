package dev.safqa.notify;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.storage.ChatKey;
import dev.safqa.storage.Database;
import dev.safqa.storage.Delivery;
import dev.safqa.storage.DeliveryStatus;
import dev.safqa.storage.NotificationKind;
import dev.safqa.storage.NotificationSummary;
import dev.safqa.storage.Notifications;
import dev.safqa.storage.Subscription;
import dev.safqa.text.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broadcast whose process is killed with SIGKILL ({@code destroyForcibly}) and then resumed by
 * another dispatcher on the same database. The kill is placed deterministically: after the child
 * reported a delivery and the log shows it recorded, while the child waits seconds for its next
 * pacing slot; or while a send hangs in the platform.
 */
class CrashResumeTest {
    private static final int SUBSCRIBERS = 20;

    @TempDir
    Path dir;
    private Process child;
    private final ExecutorService reader = Executors.newSingleThreadExecutor();
    private final BlockingQueue<String> reports = new LinkedBlockingQueue<>();

    @AfterEach
    void cleanUp() throws InterruptedException {
        if (child != null) {
            child.destroyForcibly();
            child.waitFor(30, SECONDS);
        }
        reader.shutdownNow();
    }

    @Test
    void a_broadcast_killed_while_waiting_for_its_pacing_slot_resumes_with_no_loss_and_no_duplicate() throws Exception {
        List<String> everyone = subscribe();
        long id = broadcast();
        Path delivered = dir.resolve("delivered-by-child.txt");

        startChild(delivered, 5_000, 0); // five seconds between messages: the kill lands in a wait
        String first = next("sent ");
        try (Database db = Database.open(dir)) {
            NotifyFixture.await(() -> status(db, id, first) == DeliveryStatus.SENT, "the first delivery recorded");
        }
        kill();

        try (Database db = Database.open(dir)) {
            NotificationSummary s = Notifications.in(db).summary(id).orElseThrow();
            assertThat(s.count(DeliveryStatus.SENT)).isEqualTo(1);
            assertThat(s.count(DeliveryStatus.SENDING)).isZero();
            assertThat(s.count(DeliveryStatus.PENDING)).isEqualTo(SUBSCRIBERS - 1);
        }
        List<String> resumed = resume(id);

        List<String> byChild = Files.readAllLines(delivered);
        assertThat(byChild).containsExactly(first);
        assertThat(resumed).doesNotContain(first); // no duplicate
        List<String> all = new ArrayList<>(byChild);
        all.addAll(resumed);
        assertThat(all).containsExactlyInAnyOrderElementsOf(everyone); // no loss
    }

    @Test
    void a_note_in_flight_when_the_process_was_killed_is_not_sent_again() throws Exception {
        List<String> everyone = subscribe();
        long id = broadcast();
        Path delivered = dir.resolve("delivered-by-child.txt");

        startChild(delivered, 50, 3); // the third send hangs in the platform
        String inFlight = next("sending ");
        try (Database db = Database.open(dir)) {
            NotifyFixture.await(() -> status(db, id, inFlight) == DeliveryStatus.SENDING, "the third delivery claimed");
        }
        kill();
        List<String> resumed = resume(id);

        try (Database db = Database.open(dir)) {
            Delivery d = Notifications.in(db).deliveries(id).stream()
                    .filter(x -> x.chat().chatId().equals(inFlight)).findFirst().orElseThrow();
            assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(d.lastError()).startsWith("outcome unknown");
        }
        List<String> byChild = Files.readAllLines(delivered);
        assertThat(byChild).hasSize(2);
        assertThat(resumed).doesNotContain(inFlight).doesNotContainAnyElementsOf(byChild);
        List<String> all = new ArrayList<>(byChild);
        all.addAll(resumed);
        all.add(inFlight);
        assertThat(all).containsExactlyInAnyOrderElementsOf(everyone);
    }

    private List<String> subscribe() {
        List<String> chats = new ArrayList<>();
        try (Database db = Database.open(dir)) {
            for (int i = 1; i <= SUBSCRIBERS; i++) {
                String chat = String.valueOf(1000 + i);
                db.subscriptions().subscribe(new Subscription(new ChatKey("telegram", chat), Language.EN, "t", Instant.now()));
                chats.add(chat);
            }
        }
        return chats;
    }

    private long broadcast() {
        try (Database db = Database.open(dir)) {
            return Notifications.in(db).create(NotificationKind.BROADCAST, null, new Notifications.Texts("تحديث", "update"),
                    Instant.now()).notification().id();
        }
    }

    private void startChild(Path delivered, long intervalMillis, int hangAt) throws IOException {
        child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                DispatchChild.class.getName(), dir.toString(), delivered.toString(), String.valueOf(intervalMillis),
                String.valueOf(hangAt))
                .redirectError(dir.resolve("child.err").toFile())
                .start();
        reader.execute(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    reports.add(line);
                }
            } catch (IOException e) {
                // the child is gone
            }
        });
    }

    /** The chat of the child's next report starting with {@code prefix}. */
    private String next(String prefix) throws Exception {
        long deadline = System.nanoTime() + SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String line = reports.poll(1, SECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
            assertThat(child.isAlive()).as("child alive; stderr:%n%s", read(dir.resolve("child.err"))).isTrue();
        }
        throw new AssertionError("the child never reported '" + prefix + "'; stderr:\n" + read(dir.resolve("child.err")));
    }

    private void kill() throws InterruptedException {
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
        assertThat(child.waitFor(30, SECONDS)).as("child exited").isTrue();
    }

    /** A new dispatcher (this process, virtual time) finishes the broadcast; returns the chats it delivered to. */
    private List<String> resume(long id) {
        try (NotifyFixture f = new NotifyFixture(dir, new VirtualTime(Instant.now()))) {
            FakeSender platform = new FakeSender("telegram", f.time);
            f.start(platform);
            NotificationSummary s = f.notifications.summary(id).orElseThrow();
            f.awaitSettled(s);
            return platform.deliveredChats();
        }
    }

    private static DeliveryStatus status(Database db, long id, String chat) {
        return Notifications.in(db).deliveries(id).stream().filter(d -> d.chat().chatId().equals(chat))
                .map(Delivery::status).findFirst().orElseThrow();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }
}
