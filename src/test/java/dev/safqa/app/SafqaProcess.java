package dev.safqa.app;

import dev.safqa.cli.Main;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code safqa} started as a user starts it: its own JVM, the main classes and their dependencies
 * (not the test classes, so the production logging configuration applies), a working folder and an
 * environment of the test's choosing, nothing inherited that could turn a platform on.
 */
final class SafqaProcess implements AutoCloseable {
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);

    /** What a finished process left. */
    record Result(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private final Process process;
    private final CompletableFuture<String> out;
    private final CompletableFuture<String> err;

    private SafqaProcess(Process process) {
        this.process = process;
        this.out = drain(process.getInputStream());
        this.err = drain(process.getErrorStream());
    }

    static SafqaProcess start(Path workDir, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp", mainClasspath(), Main.class.getName()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("SAFQA_") || k.startsWith("TELEGRAM_") || k.startsWith("SLACK_"));
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        return new SafqaProcess(pb.start());
    }

    /** Runs to the end (failing the test after a minute). */
    static Result run(Path workDir, Map<String, String> env, String... args) throws Exception {
        try (SafqaProcess p = start(workDir, env, args)) {
            return p.await(DEFAULT_WAIT);
        }
    }

    Result await(Duration timeout) throws Exception {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("safqa did not exit within " + timeout + "; stderr so far: " + err.getNow(""));
        }
        return new Result(process.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
    }

    /** SIGTERM, as docker stop and systemd send. */
    void terminate() {
        process.toHandle().destroy();  // Process.destroy would also close our ends of its output
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static CompletableFuture<String> drain(InputStream in) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (in) {
                text.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.completeExceptionally(new UncheckedIOException(e));
            }
        }, "safqa-process-drain");
        t.setDaemon(true);
        t.start();
        return text;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String mainClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes") && !e.contains("surefire"))
                .map(e -> Path.of(e).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
