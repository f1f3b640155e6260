package dev.safqa.cli;

import dev.safqa.storage.FactFeedback;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "feedback", description = "Print the 👍/👎 votes per fact, most 👎 first.")
final class FeedbackCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return data.read(out, spec.commandLine().getErr(), db -> print(db.feedback().byFact(), out));
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
