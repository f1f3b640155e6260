package dev.safqa.cli;

import java.io.InputStream;
import picocli.CommandLine.Command;

@Command(name = "safqa", mixinStandardHelpOptions = true, version = "safqa 0.1.0",
        description = "Answers questions about Meta's investment in Scale AI, in Arabic or English, citing the article.",
        subcommands = {AskCommand.class, ChatCommand.class, FactsCommand.class, CheckCommand.class, EvalCommand.class, TrainCommand.class, FeedbackCommand.class, SubscriptionsCommand.class,
                NotifyCommand.class, NotificationsCommand.class,
                ServeCommand.class,
                HealthCommand.class})
public final class SafqaCommand implements Runnable {
    private final InputStream stdin;

    public SafqaCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    InputStream stdin() {
        return stdin;
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "Missing a command (see the list below)");
    }
}
