package dev.safqa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Every benchmark of issue 7 in one run ({@code mvn -B -Pbench verify}), then one table of figures
 * against their targets, printed and written to {@code target/bench/summary.md}:
 *
 * <ol>
 *   <li>JMH (forks 1, 12 or 5 x 1 s warm-up, 5 x 1 s measurement, SampleTime): {@link AnswerBenchmark},
 *   {@link CompositionBenchmark}, {@link ScaleBenchmark};</li>
 *   <li>{@link ScaleReport} in a JVM of its own (build time, heap after build, per-call latency in
 *   wall and CPU time);</li>
 *   <li>{@link EndToEnd} in a JVM started with the Dockerfile's flags (Telegram, Slack, RSS);</li>
 *   <li>{@link ReplicasEndToEnd}: Telegram webhooks on one SQLite replica, one and two PostgreSQL replicas;</li>
 *   <li>{@link StartAndSize}: the shaded jar, as a user runs it.</li>
 * </ol>
 *
 * <p>System properties: {@code bench.only} (comma list of jmh, scale, e2e, start, replicas), {@code bench.include}
 * (a JMH regex), {@code bench.prof} (a JMH profiler, e.g. {@code stack} or {@code gc}),
 * {@code bench.updates} (10000), {@code bench.commands} (2000), {@code bench.e2eJvm} (the bot JVM's
 * flags, default {@link #E2E_FLAGS}). The machine is shared: the load
 * average is recorded beside each section, and a figure taken under a load above the core count
 * should be taken again.
 */
public final class BenchMain {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * How the Dockerfile starts the bot (its ENTRYPOINT's flags), plus TCP_NODELAY for the fake
     * servers in that JVM: without it each of their answers waits ~40 ms for a delayed ACK (Nagle).
     * Safqa's own HttpService sets it itself.
     */
    static final String E2E_FLAGS = "-Xmx128m -XX:+UseSerialGC -Dfile.encoding=UTF-8 -Dsun.net.httpserver.nodelay=true";

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Workload.root();
        Path out = root.resolve("target/bench");
        Files.createDirectories(out);
        Set<String> only = Set.of(System.getProperty("bench.only", "jmh,scale,e2e,start,replicas").split(","));
        Map<String, Object> figures = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        notes.add("machine: " + Machine.describe());
        notes.add("started " + Instant.now() + ", load " + Machine.load());
        long t0 = System.nanoTime();

        Collection<RunResult> jmh = List.of();
        if (only.contains("jmh")) {
            String load = Machine.load();
            jmh = runJmh(root, out);
            notes.add("jmh: load before " + load + ", after " + Machine.load());
        }
        List<ScaleReport.Result> builds = List.of();
        if (only.contains("scale")) {
            String load = Machine.load();
            Path json = out.resolve("scale.json");
            child(List.of("-Xms2g", "-Xmx3g"), ScaleReport.class, List.of("--json", json.toString()), Duration.ofMinutes(6));
            builds = List.of(JSON.readValue(json.toFile(), ScaleReport.Result[].class));
            notes.add("scale (build, heap, per-call latency): load before " + load + ", after " + Machine.load());
        }
        JsonNode e2e = null;
        if (only.contains("e2e")) {
            String load = Machine.load();
            Path json = out.resolve("end-to-end.json");
            // as the Dockerfile starts the bot, unless -Dbench.e2eJvm says otherwise
            String flags = System.getProperty("bench.e2eJvm", "");
            child(List.of((flags.isBlank() ? E2E_FLAGS : flags).strip().split("\\s+")), EndToEnd.class,
                    List.of(System.getProperty("bench.updates", "10000"), System.getProperty("bench.commands", "2000"),
                            json.toString()), Duration.ofMinutes(6));
            e2e = JSON.readTree(json.toFile());
            notes.add("end to end (bot JVM flags " + e2e.path("jvm") + "): load before " + load + ", after " + Machine.load());
        }
        if (only.contains("replicas")) {
            String load = Machine.load();
            Path json = out.resolve("replicas.json");
            child(List.of((System.getProperty("bench.e2eJvm", "").isBlank() ? "-Xmx512m" : System.getProperty("bench.e2eJvm"))
                            .strip().split("\\s+")), ReplicasEndToEnd.class,
                    List.of(System.getProperty("bench.updates", "10000"), json.toString()), Duration.ofMinutes(10));
            notes.add("replicas (Telegram webhook on SQLite and PostgreSQL, " + json.getFileName() + "): load before " + load
                    + ", after " + Machine.load());
        }
        StartAndSize.Result start = null;
        if (only.contains("start")) {
            String load = Machine.load();
            start = StartAndSize.run(root.resolve("target/safqa.jar"), 5, 10_000, 3, out);
            StartAndSize.describe(start).forEach(System.out::println);
            notes.add("start and size: load before " + load + ", after " + Machine.load());
        }
        notes.add(String.format("whole run %.1f min", (System.nanoTime() - t0) / 60e9));

        String summary = Summary.table(jmh, builds, e2e, start, notes);
        Files.writeString(out.resolve("summary.md"), summary, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(summary);
        System.out.println("(written to " + root.relativize(out.resolve("summary.md")) + ")");
    }

    private static Collection<RunResult> runJmh(Path root, Path out) throws Exception {
        ChainedOptionsBuilder o = new OptionsBuilder()
                .include(System.getProperty("bench.include", "dev\\.safqa\\.bench\\..*Benchmark"))
                .forks(1)   // warm-up and measurement: each class's @Warmup and @Measurement
                .threads(1)
                .jvmArgsAppend("-Xms2g", "-Xmx3g", "-Dfile.encoding=UTF-8", "-Dsafqa.root=" + root)
                .shouldFailOnError(true)
                .resultFormat(ResultFormatType.JSON).result(out.resolve("jmh.json").toString());
        String prof = System.getProperty("bench.prof");
        if (prof != null && !prof.isBlank()) {
            o.addProfiler(prof);
        }
        return new Runner(o.build()).run();
    }

    /** Runs {@code main} in a fresh JVM on this classpath, output inherited; fails on a non-zero exit. */
    static void child(List<String> jvmArgs, Class<?> main, List<String> args, Duration timeout) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(StartAndSize.java());
        cmd.addAll(jvmArgs);
        cmd.add("-Dsafqa.root=" + Workload.root());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).directory(Workload.root().toFile()).inheritIO().start();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(main.getSimpleName() + " took over " + timeout);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(main.getSimpleName() + " failed with exit " + p.exitValue());
        }
    }

    /** The machine, as PERFORMANCE.md reports it. */
    static final class Machine {
        private Machine() {
        }

        static String describe() {
            String cpu = "unknown CPU";
            try {
                cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
            } catch (IOException e) {
                // not Linux: say so below
            }
            return String.format(Locale.ROOT, "%d cores, %s, %s %s, %s", Runtime.getRuntime().availableProcessors(), cpu,
                    System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"), System.getProperty("os.name"));
        }

        /** The 1, 5 and 15-minute load averages. */
        static String load() {
            try {
                String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
                return f[0] + " " + f[1] + " " + f[2];
            } catch (IOException e) {
                return "n/a";
            }
        }
    }

    /** The percentile of a SampleTime result, in milliseconds (JMH reports microseconds here). */
    static double percentileMs(RunResult r, double p) {
        Statistics s = r.getPrimaryResult().getStatistics();
        return s.getPercentile(p) / 1000.0;
    }
}
