package dev.safqa.cli;

import dev.safqa.storage.Subscription;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "subscriptions", description = "List the chats subscribed to knowledge updates, oldest first.")
final class SubscriptionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return data.read(out, spec.commandLine().getErr(), db -> print(db.subscriptions().all(), out));
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
