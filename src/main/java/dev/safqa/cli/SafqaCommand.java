package dev.safqa.cli;

import java.io.InputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

// INHERIT: every subcommand takes -h/--help (and -V/--version) and ends its help with the exit codes
@Command(name = "safqa", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "safqa 0.1.0",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:ok", "1:a check failed (eval --min), or an unexpected error",
                "2:bad usage, configuration, credentials or knowledge: fix what Safqa was given",
                "3:a chat platform cannot be reached, or does not answer as its API does"},
        description = "Answers questions about Meta's investment in Scale AI, in Arabic or English, citing the article.",
        subcommands = {AskCommand.class, ChatCommand.class, FactsCommand.class, CheckCommand.class, EvalCommand.class, TrainCommand.class, FeedbackCommand.class, SubscriptionsCommand.class,
                NotifyCommand.class, NotificationsCommand.class, ReviewCommand.class,
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
