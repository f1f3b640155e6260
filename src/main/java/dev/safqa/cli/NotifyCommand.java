package dev.safqa.cli;

import dev.safqa.notify.Notifier;
import dev.safqa.storage.Database;
import dev.safqa.storage.NotificationSummary;
import dev.safqa.storage.Notifications;
import dev.safqa.storage.StorageException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "notify", description = {
        "Announce something to every subscribed chat, the same text in every language.",
        "The announcement is queued in the data folder; the running server (safqa serve) delivers it."})
final class NotifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "The announcement (or use --file).")
    String text;

    @Option(names = "--file", paramLabel = "FILE", description = "Read the announcement from a UTF-8 file.")
    Path file;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Data folder, as SAFQA_DATA_DIR for the server (default: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((text == null) == (file == null)) {
            return fail(err, "Give the announcement as TEXT or with --file FILE (one of the two).");
        }
        String announcement;
        try {
            announcement = text != null ? text : Files.readString(file);
        } catch (CharacterCodingException e) {
            return fail(err, file + " is not UTF-8 text");
        } catch (IOException e) {
            return fail(err, "Cannot read " + file + ": " + e.getMessage());
        }
        // openExisting: without a database nobody has subscribed, and a typo in --data must not create one.
        try (Database db = DataOption.openExisting(data, System.getenv()).orElse(null)) {
            if (db == null) {
                return fail(err, "No data at " + data + ": nobody has subscribed yet (is --data the server's data folder?)");
            }
            NotificationSummary made = new Notifier(Notifications.in(db), Clock.systemUTC()).broadcast(announcement);
            out.printf("notification %d queued for %d chat(s); the running server delivers it (see: safqa notifications)%n",
                    made.notification().id(), made.total());
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage());
        } catch (StorageException e) {
            return fail(err, DataOption.describe(e));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static int fail(PrintWriter err, String message) {
        err.println(message);
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
