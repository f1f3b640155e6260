package dev.safqa.cli;

import dev.safqa.storage.DeliveryStatus;
import dev.safqa.storage.NotificationSummary;
import dev.safqa.storage.Notifications;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "notifications", description = "List the latest notifications, newest first, with their deliveries per status.")
final class NotificationsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (limit < 1) {
            spec.commandLine().getErr().println("--limit must be at least 1");
            spec.commandLine().getErr().flush();
            return ExitCodes.BAD_INPUT;
        }
        return data.read(out, spec.commandLine().getErr(), db -> print(Notifications.in(db).recent(limit), out));
    }

    private static void print(List<NotificationSummary> notes, PrintWriter out) {
        if (notes.isEmpty()) {
            out.println("no notifications yet");
            return;
        }
        String row = "%4s  %-24s  %-9s  %7s  %7s  %7s  %7s  %7s  %s%n";
        out.printf(row, "id", "created", "kind", "pending", "sending", "sent", "failed", "dropped", "text (en)");
        for (NotificationSummary s : notes) {
            var n = s.notification();
            out.printf(row, n.id(), n.createdAt(), n.kind().code(), s.count(DeliveryStatus.PENDING), s.count(DeliveryStatus.SENDING),
                    s.count(DeliveryStatus.SENT), s.count(DeliveryStatus.FAILED), s.count(DeliveryStatus.DROPPED), firstLine(n.textEn()));
        }
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 50 ? line.substring(0, 49) + "…" : line;
    }
}
