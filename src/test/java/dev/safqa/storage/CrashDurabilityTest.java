package dev.safqa.storage;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashDurabilityTest {
    private static final int COMMITS_BEFORE_KILL = 200;

    @TempDir
    Path dir;

    @Test
    void every_commit_survives_the_process_being_killed() throws Exception {
        Path data = dir.resolve("data");
        Path childErr = dir.resolve("child.err");
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), data.toString())
                .redirectError(childErr.toFile())
                .start();
        int lastReported;
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> reported = reader.submit(() -> awaitCommits(child));
            lastReported = reported.get(60, SECONDS);
        } finally {
            child.destroyForcibly(); // kill -9 while it is still writing
            reader.shutdownNow();
        }
        assertThat(child.waitFor(30, SECONDS)).as("child exited").isTrue();
        assertThat(lastReported).as("commits reported before the kill; child stderr:%n%s", read(childErr))
                .isGreaterThanOrEqualTo(COMMITS_BEFORE_KILL);

        try (Database db = Database.open(data)) {
            for (int i = 0; i <= lastReported; i++) {
                assertThat(db.subscriptions().find(CrashWriter.chatFor(i))).as("subscription %d", i).isPresent();
            }
            assertThat(db.feedback().byFact()).singleElement()
                    .satisfies(f -> assertThat(f.downs()).as("votes").isGreaterThan(lastReported));
        }
    }

    /** Reads the child's reports until it has committed enough; returns the last index it reported. */
    private static int awaitCommits(Process child) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        int last = -1;
        for (String line; last < COMMITS_BEFORE_KILL && (line = out.readLine()) != null; ) {
            if (line.startsWith("committed ")) { // anything else is a log line
                last = Integer.parseInt(line.substring("committed ".length()));
            }
        }
        return last;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }
}
