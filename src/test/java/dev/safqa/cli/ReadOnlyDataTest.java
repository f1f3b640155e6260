package dev.safqa.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.safqa.storage.ChatKey;
import dev.safqa.storage.Database;
import dev.safqa.storage.Feedback;
import dev.safqa.storage.Vote;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The commands that only read work on a database nobody may write: a backup, a read-only volume.
 * The tests run as root, for whom permissions do not stop a write, so the folder and the file are
 * made immutable (chattr +i) instead; where that is not possible the test is skipped.
 */
class ReadOnlyDataTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private boolean immutable;

    private static boolean chattr(String flag, Path... paths) throws Exception {
        String[] cmd = new String[paths.length + 2];
        cmd[0] = "chattr";
        cmd[1] = flag;
        for (int i = 0; i < paths.length; i++) {
            cmd[i + 2] = paths[i].toString();
        }
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException noChattr) {
            return false;
        }
    }

    @AfterEach
    void writableAgain() throws Exception {
        if (immutable) {
            chattr("-i", dir.resolve("data"), dir.resolve("data").resolve(Database.FILE_NAME));
        }
    }

    @Test
    void feedback_reads_a_database_in_a_read_only_folder() throws Exception {
        Path data = dir.resolve("data");
        try (Database db = Database.open(data)) {
            db.feedback().record(new Feedback(new ChatKey("telegram", "42"), "m1", "user-a", "stake", Vote.UP));
        }
        makeReadOnly(data);

        int exit = safqa("feedback", "--data", data.toString());

        assertThat(err.toString()).isEmpty();
        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("stake").contains("1");
    }

    @Test
    void review_reads_a_database_in_a_read_only_folder() throws Exception {
        Path data = dir.resolve("data");
        try (Database db = Database.open(data)) {
            db.keptQuestions().keep(new dev.safqa.storage.KeptQuestion(0, java.time.Instant.parse("2026-12-01T10:00:00Z"),
                    "telegram", "3f9a0c1b2d4e", dev.safqa.text.Language.EN, "who took over the reins at scale?",
                    dev.safqa.storage.KeptQuestion.Why.DECLINED, java.util.List.of(), null));
        }
        makeReadOnly(data);

        int exit = safqa("review", "--data", data.toString());

        assertThat(err.toString()).isEmpty();
        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("who took over the reins at scale?");
    }

    @Test
    void notify_on_a_read_only_database_exits_2_saying_it_needs_to_write() throws Exception {
        Path data = dir.resolve("data");
        Database.open(data).close();
        Path file = data.resolve(Database.FILE_NAME);
        immutable = chattr("+i", file, data);
        assumeTrue(immutable, "chattr +i is not available here");

        int exit = safqa("notify", "--data", data.toString(), "hello");

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("Cannot open " + file.toAbsolutePath() + ": the file cannot be opened (is --data"
                + " the server's data folder, and may this user read and write it?)\n");
    }

    /** Makes the data folder and its database immutable, or skips the test where that cannot be done. */
    private void makeReadOnly(Path data) throws Exception {
        Path file = data.resolve(Database.FILE_NAME);
        immutable = chattr("+i", file, data);
        assumeTrue(immutable, "chattr +i is not available here");
        assumeTrue(!Files.isWritable(file) || !canCreate(data), "the folder is still writable");
    }

    private int safqa(String... args) {
        CommandLine cmd = new CommandLine(new SafqaCommand(System.in));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    private static boolean canCreate(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
