package dev.safqa.cli;

import dev.safqa.app.Application;
import dev.safqa.app.ChatPlatforms;
import dev.safqa.app.PlatformFactory;
import dev.safqa.app.StartupException;
import dev.safqa.config.ConfigException;
import dev.safqa.config.ConfigLoader;
import dev.safqa.config.SafqaConfig;
import dev.safqa.ops.LogRedaction;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = {
        "Run the bots: every chat platform whose credentials are set in the environment, plus /healthz,"
                + " /readyz and /metrics on the HTTP server. SIGTERM stops it cleanly (exit 0).",
        "Configuration: config/safqa.yaml (or --config), overridden by environment variables; secrets only from"
                + " the environment."})
final class ServeCommand implements Callable<Integer> {
    static final String NO_CREDENTIALS = """
            No chat platform to run: set its credentials in the environment.
              Telegram: TELEGRAM_BOT_TOKEN (from @BotFather)
              Slack:    SLACK_BOT_TOKEN with SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)
            Or add --health-only to serve only /healthz, /readyz and /metrics.""";

    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file (default: " + "config/safqa.yaml if it exists, else the built-in defaults).")
    Path config;

    @Option(names = {"-k", "--knowledge"}, paramLabel = "DIR",
            description = "Knowledge folder, over the config's knowledge and SAFQA_KNOWLEDGE_DIR (default: knowledge,"
                    + " or the knowledge bundled in safqa.jar when there is no such folder).")
    Path knowledge;

    @Option(names = "--verbose", description = "On a failed start, also print the exception chain behind the message.")
    boolean verbose;

    @Option(names = "--health-only", description = "Start no chat platform, even with credentials: serve only /healthz, /readyz and /metrics.")
    boolean healthOnly;

    private final Map<String, String> env;
    private final PlatformFactory platforms;

    ServeCommand() {
        this(System.getenv(), ChatPlatforms::create);
    }

    ServeCommand(Map<String, String> env, PlatformFactory platforms) {
        this.env = env;
        this.platforms = platforms;
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already exiting: the hook returns at once, as the start failed
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        SafqaConfig cfg;
        try {
            cfg = new ConfigLoader(env).load(config);
        } catch (ConfigException e) {
            err.println(LogRedaction.redact(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
        if (knowledge != null) {
            cfg = cfg.withKnowledge(knowledge);
        }
        if (!cfg.anyPlatform() && !healthOnly) {
            err.println(NO_CREDENTIALS);
            return ExitCodes.BAD_INPUT;
        }
        // The hook is in place before anything starts: a SIGTERM that comes while the platforms start
        // (/healthz already answers 200) waits for the start to finish, then shuts down cleanly. A JVM
        // ended by a signal exits 143 once its hooks are done, which orchestrators report as a failure;
        // after a clean shutdown the hook halts with 0 instead. Runtime.exit cannot be used here:
        // called from a shutdown hook, it blocks forever.
        CompletableFuture<Application> running = new CompletableFuture<>();
        Thread hook = new Thread(() -> {
            Application started;
            try {
                started = running.join();
            } catch (RuntimeException startFailed) {
                return;  // nothing is running; the exit code of the failed start stands
            }
            Runtime.getRuntime().halt(started.shutdown() ? ExitCodes.OK : ExitCodes.FAILED);
        }, "safqa-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        Application app;
        try {
            app = Application.start(cfg, healthOnly ? PlatformFactory.NONE : platforms);
        } catch (RuntimeException e) {
            running.completeExceptionally(e);
            removeQuietly(hook);
            throw e;
        } catch (StartupException failure) {
            running.completeExceptionally(failure);
            removeQuietly(hook);
            err.println(failure.getMessage());
            if (verbose && failure.getCause() != null) {
                failure.getCause().printStackTrace(err);
            }
            return switch (failure.kind()) {
                case BAD_INPUT -> ExitCodes.BAD_INPUT;
                case UNREACHABLE -> ExitCodes.UNREACHABLE;
                case FAILED -> ExitCodes.FAILED;
            };
        }
        running.complete(app);
        app.awaitStopped();
        return ExitCodes.OK;
    }
}
