package dev.safqa.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.cli.ExitCodes;
import dev.safqa.cli.SafqaCommand;
import dev.safqa.text.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code safqa feedback} and {@code safqa subscriptions}, run as the jar would run them. */
class StorageCommandsTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void feedback_prints_ups_and_downs_per_fact() {
        try (Database db = Database.open(dir, new SettableClock(Instant.parse("2025-06-16T09:00:00Z")))) {
            ChatKey chat = new ChatKey("telegram", "42");
            db.feedback().record(new Feedback(chat, "m1", "user-a", "stake", Vote.UP));
            db.feedback().record(new Feedback(chat, "m2", "user-a", "price", Vote.DOWN));
        }

        assertThat(run("feedback", "--data", dir.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).isEqualTo("""
                fact      up   down  last vote
                price      0      1  2025-06-16T09:00:00Z
                stake      1      0  2025-06-16T09:00:00Z
                """);
    }

    @Test
    void feedback_without_votes_says_so() {
        Database.open(dir).close();

        assertThat(run("feedback", "--data", dir.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).isEqualTo("no feedback yet\n");
    }

    @Test
    void subscriptions_lists_every_chat() {
        try (Database db = Database.open(dir)) {
            db.subscriptions().subscribe(new Subscription(new ChatKey("telegram", "-1001234"), Language.AR, "a1b2c3",
                    Instant.parse("2025-06-16T09:00:00Z")));
            db.subscriptions().subscribe(new Subscription(new ChatKey("slack", "C0123"), Language.EN, "d4e5f6",
                    Instant.parse("2025-06-17T10:30:00Z")));
        }

        assertThat(run("subscriptions", "--data", dir.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).isEqualTo("""
                platform  chat id   language  since                     by
                telegram  -1001234  ar        2025-06-16T09:00:00Z      a1b2c3
                slack     C0123     en        2025-06-17T10:30:00Z      d4e5f6
                """);
    }

    @Test
    void a_missing_data_folder_is_reported_and_not_created() {
        Path missing = dir.resolve("nowhere");

        assertThat(run("subscriptions", "--data", missing.toString())).isEqualTo(ExitCodes.OK);
        assertThat(run("feedback", "--data", missing.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).isEqualTo("no data at " + missing + " yet\n"
                + "no data at " + missing + " yet\n");
        assertThat(missing).doesNotExist();
    }

    @Test
    void a_database_the_command_cannot_read_exits_with_bad_input() {
        Database.open(dir).close();
        DatabaseTest.execute(dir, "PRAGMA user_version = 999");

        assertThat(run("feedback", "--data", dir.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("schema version 999");
    }

    private int run(String... args) {
        return new CommandLine(new SafqaCommand(System.in))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }
}
