package dev.safqa.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The shipped jar as a user runs it ({@code java -jar target/safqa.jar}, no flags), timed from
 * process start:
 *
 * <ul>
 *   <li>{@code ask "QUESTION"}: to the first line of the answer, and to exit; peak RSS (VmHWM,
 *   read every few ms until the process ends);</li>
 *   <li>{@code ask --json -} kept open: to the first answer, and the RSS right after it (-1 for both
 *   when no answer came within 15 s while stdin stayed open);</li>
 *   <li>{@code ask --json -} over 10,000 questions cycled from the mix, stdin from a file: the whole
 *   process, start to exit.</li>
 * </ul>
 */
public final class StartAndSize {
    static final String QUESTION = "How much did Meta invest in Scale AI?";

    /**
     * @param firstAnswerMs   median, start to the first line of {@code ask "QUESTION"}
     * @param askExitMs       median, start to exit of the same
     * @param askPeakRssMb    median VmHWM of the same
     * @param openFirstAnswerMs median, start to the first JSON line of {@code ask --json -}; -1 if it
     *                          did not answer while its stdin stayed open
     * @param openRssMb       median VmRSS of {@code ask --json -} just after its first answer
     * @param batchSeconds    median whole-process time of {@code ask --json -} over {@code batchQuestions}
     */
    public record Result(int runs, double firstAnswerMs, double askExitMs, double askPeakRssMb,
                         double openFirstAnswerMs, double openRssMb, int batchQuestions, int batchRuns,
                         double batchSeconds, long batchLines, double jarMb) {
    }

    private StartAndSize() {
    }

    public static Result run(Path jar, int runs, int batchQuestions, int batchRuns, Path work) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (mvn package)");
        }
        Path root = Workload.root();
        long[] first = new long[runs];
        long[] exit = new long[runs];
        long[] peak = new long[runs];
        long[] openFirst = new long[runs];
        long[] openRss = new long[runs];
        for (int i = 0; i < runs; i++) {
            long[] r = ask(jar, root);
            first[i] = r[0];
            exit[i] = r[1];
            peak[i] = r[2];
            // a CLI that does not answer while stdin stays open will not start to on the next run
            long[] o = i > 0 && openFirst[0] < 0 ? new long[] {openFirst[0], openRss[0]} : askOpen(jar, root);
            openFirst[i] = o[0];
            openRss[i] = o[1];
        }

        Files.createDirectories(work);
        Path questions = work.resolve("questions-" + batchQuestions + ".txt");
        Files.write(questions, Workload.cycle(batchQuestions), StandardCharsets.UTF_8);
        Path out = work.resolve("answers-" + batchQuestions + ".jsonl");
        long[] batch = new long[batchRuns];
        long lines = 0;
        for (int i = 0; i < batchRuns; i++) {
            ProcessBuilder pb = new ProcessBuilder(java(), "-jar", jar.toString(), "ask", "--json", "-")
                    .directory(root.toFile()).redirectInput(questions.toFile()).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            long t0 = System.nanoTime();
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("ask --json - over " + batchQuestions + " questions took over 120 s");
            }
            batch[i] = System.nanoTime() - t0;
            try (var s = Files.lines(out, StandardCharsets.UTF_8)) {
                lines = s.count();
            }
        }
        return new Result(runs, Stats.medianMs(first), Stats.medianMs(exit), Stats.medianMs(peak),
                Stats.medianMs(openFirst), Stats.medianMs(openRss), batchQuestions, batchRuns,
                Stats.medianMs(batch) / 1e3, lines, Files.size(jar) / 1024.0 / 1024.0);
    }

    /** {@code ask "QUESTION"}: nanos to the first line, nanos to exit, peak RSS in MB x 1e6 (to share Stats). */
    private static long[] ask(Path jar, Path root) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(java(), "-jar", jar.toString(), "ask", QUESTION)
                .directory(root.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Process p = pb.start();
        killAfter(p, 60);
        double[] hwm = {0};
        Thread watch = new Thread(() -> {
            while (p.isAlive()) {
                double h = Memory.status(Path.of("/proc/" + p.pid() + "/status"), "VmHWM:");
                hwm[0] = Math.max(hwm[0], h);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-rss-watch");
        watch.start();
        long firstLine;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            firstLine = System.nanoTime() - t0;
            if (line == null || !line.contains("14.8")) {
                throw new IllegalStateException("ask did not answer within 60 s: " + line);
            }
            while (out.readLine() != null) {
                // drain the citation
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("ask did not exit within 60 s");
        }
        long exit = System.nanoTime() - t0;
        watch.join(1000);
        return new long[] {firstLine, exit, (long) (hwm[0] * 1e6)};
    }

    /** {@code ask --json -}, one question, stdin kept open: nanos to the answer, RSS then (MB x 1e6). */
    private static long[] askOpen(Path jar, Path root) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(java(), "-jar", jar.toString(), "ask", "--json", "-")
                .directory(root.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Process p = pb.start();
        killAfter(p, 15);   // a CLI that waits for more input before answering must not hang the run
        try {
            try (OutputStream in = p.getOutputStream();
                 BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                in.write((QUESTION + "\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
                String line = out.readLine();
                long first = System.nanoTime() - t0;
                double rss = Memory.rssMb(p.pid());
                if (line == null) {
                    return new long[] {-1_000_000, -1_000_000};
                }
                if (!line.contains("\"answered\":true")) {
                    throw new IllegalStateException("ask --json - did not answer: " + line);
                }
                return new long[] {first, (long) (rss * 1e6)};
            }
        } finally {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static void killAfter(Process p, long seconds) {
        CompletableFuture.delayedExecutor(seconds, TimeUnit.SECONDS).execute(p::destroyForcibly);
    }

    /** The java that runs this benchmark, so the jar runs on the same JDK. */
    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    static List<String> describe(Result r) {
        List<String> out = new ArrayList<>();
        out.add(String.format("start: java -jar ask: first answer %.0f ms, exit %.0f ms, peak RSS %.0f MB (median of %d)",
                r.firstAnswerMs(), r.askExitMs(), r.askPeakRssMb(), r.runs()));
        out.add(r.openFirstAnswerMs() < 0
                ? "start: java -jar ask --json - (open): no answer within 15 s while stdin stayed open"
                : String.format("start: java -jar ask --json - (open): first answer %.0f ms, RSS after it %.0f MB",
                        r.openFirstAnswerMs(), r.openRssMb()));
        out.add(String.format("batch: %,d questions through ask --json -: %.2f s whole process (median of %d), %,d lines; jar %.1f MB",
                r.batchQuestions(), r.batchSeconds(), r.batchRuns(), r.batchLines(), r.jarMb()));
        return out;
    }
}
