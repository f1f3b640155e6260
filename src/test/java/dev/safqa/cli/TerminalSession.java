package dev.safqa.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code safqa} in its own JVM on a real pseudo-terminal (util-linux {@code script} allocates it),
 * typed into as a person types: keys as a terminal sends them, Enter as a carriage return. What the
 * terminal shows is read as text, without its escape sequences; every wait has a deadline.
 */
final class TerminalSession implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(60);
    private static final Path SCRIPT = Path.of("/usr/bin/script");
    /** CSI and OSC sequences, two-character escapes (ESC =, ESC >), and carriage returns. */
    private static final Pattern TERMINAL_CODES =
            Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007]*\u0007|\u001B[^\\[\\]]|[\r\u0007\b]");

    private final Process process;
    private final OutputStream keys;
    private final ByteArrayOutputStream shown = new ByteArrayOutputStream();
    private int seen;   // how far into the shown text the test has read
    private volatile boolean draining = true;

    private TerminalSession(Process process) {
        this.process = process;
        this.keys = process.getOutputStream();
        Thread reader = new Thread(this::drain, "terminal-session-drain");
        reader.setDaemon(true);
        reader.start();
    }

    static boolean available() {
        return Files.isExecutable(SCRIPT);
    }

    /** Starts {@code safqa ARGS} on a 200x50 terminal of type xterm-256color, in {@code workDir}. */
    static TerminalSession start(Path workDir, String... args) throws IOException {
        String command = "stty cols 200 rows 50 && exec " + quote(javaBin()) + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
                + " -Dfile.encoding=UTF-8 -cp " + quote(mainClasspath()) + " " + Main.class.getName() + " "
                + Arrays.stream(args).map(TerminalSession::quote).collect(Collectors.joining(" "));
        ProcessBuilder pb = new ProcessBuilder(List.of(SCRIPT.toString(), "-qfec", command, "/dev/null"))
                .directory(workDir.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("SAFQA_") || k.startsWith("TELEGRAM_") || k.startsWith("SLACK_"));
        pb.environment().put("TERM", "xterm-256color");
        pb.environment().put("LANG", "C.UTF-8");
        return new TerminalSession(pb.start());
    }

    /** Sends keys as the terminal would: text, escape sequences, "\r" for Enter. */
    void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** Waits until the terminal shows {@code expected} past what was read so far; returns what came before it. */
    String await(String expected) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        synchronized (shown) {
            while (true) {
                String text = visible();
                int at = text.indexOf(expected, seen);
                if (at >= 0) {
                    String before = text.substring(seen, at);
                    seen = at + expected.length();
                    return before;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || !process.isAlive() && !draining) {
                    throw new AssertionError("the terminal did not show \"" + expected + "\" within " + WAIT
                            + "; after what was read it shows:\n" + text.substring(seen));
                }
                shown.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    /** Waits for the next prompt: Safqa reads a line. */
    void awaitPrompt() throws InterruptedException {
        await("> ");
    }

    /** Waits for the process to end; its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("safqa chat did not exit within " + WAIT + "; the terminal shows:\n" + all());
        }
        return process.exitValue();
    }

    /** Everything the terminal showed, as text. */
    String all() {
        synchronized (shown) {
            return visible();
        }
    }

    private String visible() {
        return TERMINAL_CODES.matcher(shown.toString(StandardCharsets.UTF_8)).replaceAll("");
    }

    private void drain() {
        byte[] buffer = new byte[8192];
        try (InputStream in = process.getInputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                synchronized (shown) {
                    shown.write(buffer, 0, n);
                    shown.notifyAll();
                }
            }
        } catch (IOException e) {
            // the process is gone: what it showed is all there is
        } finally {
            draining = false;
            synchronized (shown) {
                shown.notifyAll();
            }
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** The main classes and their dependencies, not the test classes: the production logging applies. */
    static String mainClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes") && !e.contains("surefire"))
                .map(e -> Path.of(e).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
