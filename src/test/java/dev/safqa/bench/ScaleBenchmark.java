package dev.safqa.bench;

import dev.safqa.knowledge.Knowledge;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Answer latency as the knowledge grows: the same question mix over {@link SyntheticKnowledge} of
 * 1k, 10k and 100k facts, with the floor on the same index: {@link AnswerBenchmark}'s two benchmarks
 * over other knowledge. Build time and heap are measured by {@link ScaleReport}, outside JMH.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
// the answerer is large: C2 needs ~10,000 questions (more on a busy machine) before its time settles
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScaleBenchmark extends AnswerBenchmark {
    @Param({"1000", "10000", "100000"})
    public int facts;

    @Override
    protected Knowledge knowledge() {
        return SyntheticKnowledge.of(Workload.knowledge(), facts);
    }
}
