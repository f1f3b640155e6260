package dev.safqa.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.safqa.answer.Answerer;
import dev.safqa.index.FactIndex;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.text.Language;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * For the real knowledge and synthetic knowledge of each size: index build time, heap after build,
 * and answer latency measured per call both in wall time and in the calling thread's CPU time.
 *
 * <p>Not JMH: a build is seconds long and allocates hundreds of MB, so it is timed directly (the
 * median of three builds, one at 100k, after warm-up builds at 1k) and the heap is read after full
 * collections with the index held. The CPU-time percentiles are the load-proof companion of the JMH
 * ones: on a shared machine a thread that is descheduled mid-question adds the wait to its wall time,
 * not to its CPU time.
 */
public final class ScaleReport {
    /**
     * @param buildMs     median wall time of {@code FactIndex.build}
     * @param heapMb      used heap after GC with the knowledge and its index held
     * @param indexHeapMb of which the index (heap with it, minus heap with the knowledge alone)
     */
    public record Result(int facts, double buildMs, double heapMb, double indexHeapMb, Latency answer) {
    }

    /** Answer latency over the question mix, per call: wall and thread CPU time. */
    public record Latency(int calls, double p50Ms, double p99Ms, double cpuP50Ms, double cpuP99Ms) {
    }

    private ScaleReport() {
    }

    /**
     * Times {@code builds} builds and keeps the last one for the heap reading and the latency probe.
     * Call once at a small size first, so class loading and the JIT are not counted. A size at or
     * below the real knowledge's is the real knowledge itself.
     */
    public static Result measure(Knowledge real, int size, int builds, int probeRounds) {
        Knowledge k = size <= real.facts().size() ? real : SyntheticKnowledge.of(real, size);
        double before = Memory.heapAfterGcMb();
        long[] times = new long[builds];
        FactIndex held = null;
        for (int i = 0; i < builds; i++) {
            held = null;   // the previous index is garbage before the next is built
            long t0 = System.nanoTime();
            held = FactIndex.build(k);
            times[i] = System.nanoTime() - t0;
        }
        double after = Memory.heapAfterGcMb();
        if (held.profiles().size() != k.facts().size()) {
            throw new IllegalStateException("the index lost facts");
        }
        Latency latency = probeRounds > 0 ? probe(held, probeRounds) : null;
        return new Result(k.facts().size(), Stats.medianMs(times), after, after - before, latency);
    }

    /** The question mix {@code rounds} times to warm up, then {@code rounds} times timed, call by call. */
    public static Latency probe(FactIndex index, int rounds) {
        Answerer answerer = new Answerer(() -> index, Language.EN);
        List<String> questions = Workload.questions();
        for (int r = 0; r < rounds; r++) {
            questions.forEach(q -> answerer.answer(q, null));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[rounds * questions.size()];
        long[] cpu = new long[wall.length];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (String q : questions) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                answerer.answer(q, null);
                wall[n] = System.nanoTime() - t0;
                cpu[n++] = threads.getCurrentThreadCpuTime() - c0;
            }
        }
        Stats w = Stats.ofNanos(wall);
        Stats c = Stats.ofNanos(cpu);
        return new Latency(n, w.p50Ms(), w.p99Ms(), c.p50Ms(), c.p99Ms());
    }

    /** Measures sizes in order, in this JVM; prints one line per size. */
    public static List<Result> run(List<Integer> sizes) {
        Knowledge real = Workload.knowledge();
        measure(real, 1_000, 3, 20);   // warm-up, not reported: C2 settles after ~10,000 answers
        List<Result> out = new ArrayList<>();
        for (int size : sizes) {
            boolean big = size >= 100_000;
            Result r = measure(real, size, big ? 1 : 3, big ? 4 : 20);
            System.out.printf("scale: %,d facts: build %.0f ms, heap after build %.0f MB (index %.0f MB); "
                            + "answer p50 %.3f ms, p99 %.3f ms (thread CPU: p50 %.3f ms, p99 %.3f ms)%n",
                    r.facts(), r.buildMs(), r.heapMb(), r.indexHeapMb(), r.answer().p50Ms(), r.answer().p99Ms(),
                    r.answer().cpuP50Ms(), r.answer().cpuP99Ms());
            out.add(r);
        }
        return out;
    }

    /** Arguments: {@code [--json OUT] [SIZE...]}; default: the real knowledge (0), 1000, 10000, 100000. */
    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        Path json = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--json")) {
                json = Path.of(args[++i]);
            } else {
                sizes.add(Integer.parseInt(args[i]));
            }
        }
        List<Result> results = run(sizes.isEmpty() ? List.of(0, 1_000, 10_000, 100_000) : sizes);
        if (json != null) {
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), results);
        }
    }
}
