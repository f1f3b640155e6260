package dev.safqa.cli;

import dev.safqa.storage.Database;
import dev.safqa.storage.StorageException;
import dev.safqa.storage.Subscription;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "subscriptions", description = "List the chats subscribed to knowledge updates, oldest first.")
final class SubscriptionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Data folder, as SAFQA_DATA_DIR for the server (default: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // openExisting: a read-only command must not leave an empty database behind a typo in --data.
        try (Database db = Database.openExisting(data).orElse(null)) {
            if (db == null) {
                out.println("no data at " + data + " yet");
            } else {
                print(db.subscriptions().all(), out);
            }
        } catch (StorageException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return ExitCodes.BAD_INPUT;
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(List<Subscription> subs, PrintWriter out) {
        if (subs.isEmpty()) {
            out.println("no subscriptions yet");
            return;
        }
        int width = Math.max("chat id".length(), subs.stream().mapToInt(s -> s.chat().chatId().length()).max().orElse(0));
        String row = "%-8s  %-" + width + "s  %-8s  %-24s  %s%n";
        out.printf(row, "platform", "chat id", "language", "since", "by");
        for (Subscription s : subs) {
            out.printf(row, s.chat().platform(), s.chat().chatId(), s.language().code(), s.since(), s.subscribedBy());
        }
    }
}
