package dev.safqa.bench;

import dev.safqa.answer.Answer;
import dev.safqa.answer.Answerer;
import dev.safqa.index.FactIndex;
import dev.safqa.text.Language;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Answer latency as the knowledge grows: the same question mix over {@link SyntheticKnowledge} of
 * 1k, 10k and 100k facts, with the floor on the same index. Build time and heap are measured by
 * {@link ScaleReport}, outside JMH.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
// the answerer is large: C2 needs ~10,000 questions (more on a busy machine) before its time settles
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScaleBenchmark {
    @Param({"1000", "10000", "100000"})
    public int facts;

    private Answerer answerer;
    private FactIndex index;
    private String[] questions;
    private String[] terms;
    private int next;

    @Setup
    public void setUp() {
        index = FactIndex.build(SyntheticKnowledge.of(Workload.knowledge(), facts));
        answerer = new Answerer(() -> index, Language.EN);
        questions = Workload.questions().toArray(String[]::new);
        terms = AnswerBenchmark.analysedTerms(index, Workload.questions());
    }

    @Benchmark
    public Answer answer() {
        String q = questions[next];
        next = next + 1 == questions.length ? 0 : next + 1;
        return answerer.answer(q, null);
    }

    @Benchmark
    public int floor() {
        String t = terms[next];
        next = next + 1 == terms.length ? 0 : next + 1;
        return index.termQueryCount(t);
    }
}
