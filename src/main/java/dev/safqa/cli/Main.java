package dev.safqa.cli;

import dev.safqa.ops.LogRedaction;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Entry point of safqa.jar. Output is UTF-8 whatever the platform's default charset. A command that
 * fails unexpectedly prints one line to stderr and exits 1; the stack trace goes to the log at DEBUG.
 */
public final class Main {
    // No static logger: configuring Logback costs half a second, which a command that logs nothing
    // (ask, check, facts...) should not pay. The server's classes configure it when they load.
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cmd = new CommandLine(new SafqaCommand(System.in));
        cmd.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("safqa: " + oneLine(e));
            Logger log = LoggerFactory.getLogger(Main.class);
            log.debug("{} failed", commandLine.getCommandName(), e);
            return ExitCodes.FAILED;
        });
        String[] readable = Arguments.recover(args);
        if (readable == null) {
            cmd.getErr().println("safqa: the arguments contain characters this locale ("
                    + System.getProperty("sun.jnu.encoding") + ") cannot read; set LANG=C.UTF-8, or pass the question "
                    + "on standard input: echo 'QUESTION' | java -jar safqa.jar ask -");
            return ExitCodes.BAD_INPUT;
        }
        return cmd.execute(readable);
    }

    /** "IllegalStateException: the first line of its message", with tokens masked. */
    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        int nl = message.indexOf('\n');
        message = nl < 0 ? message : message.substring(0, nl) + " ...";
        return LogRedaction.redact(e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message));
    }
}
