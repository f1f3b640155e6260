package dev.safqa.cli;

import dev.safqa.storage.Database;
import dev.safqa.storage.FactFeedback;
import dev.safqa.storage.StorageException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "feedback", description = "Print the 👍/👎 votes per fact, most 👎 first.")
final class FeedbackCommand implements Callable<Integer> {
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
                print(db.feedback().byFact(), out);
            }
        } catch (StorageException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return ExitCodes.BAD_INPUT;
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(List<FactFeedback> facts, PrintWriter out) {
        if (facts.isEmpty()) {
            out.println("no feedback yet");
            return;
        }
        int width = Math.max("fact".length(), facts.stream().mapToInt(f -> f.factId().length()).max().orElse(0));
        String row = "%-" + width + "s  %5s  %5s  %s%n";
        out.printf(row, "fact", "up", "down", "last vote");
        for (FactFeedback f : facts) {
            out.printf(row, f.factId(), f.ups(), f.downs(), f.lastVote());
        }
    }
}
