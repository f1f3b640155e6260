package dev.safqa.bench;

import dev.safqa.answer.Answer;
import dev.safqa.answer.Answerer;
import dev.safqa.index.FactIndex;
import dev.safqa.index.Terms;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.text.Language;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Answer latency on the real knowledge over the question mix, against the floor: a bare Lucene term
 * query on the same index ({@link FactIndex#termQueryCount}), with the terms the questions analyse to.
 * SampleTime records each call, so p50 and p99 are of single questions, not of averages.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
// the answerer is large: C2 needs ~10,000 questions (more on a busy machine) before its time settles
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AnswerBenchmark {
    private Answerer answerer;
    private FactIndex index;
    private String[] questions;
    private String[] terms;
    private int next;

    /** The knowledge answered from; {@link ScaleBenchmark} swaps in synthetic knowledge of a given size. */
    protected Knowledge knowledge() {
        return Workload.knowledge();
    }

    @Setup
    public void setUp() {
        index = FactIndex.build(knowledge());
        answerer = new Answerer(() -> index, Language.EN);
        questions = Workload.questions().toArray(String[]::new);
        terms = analysedTerms(index, Workload.questions());
    }

    /** One question of the mix per call, in turn. */
    @Benchmark
    public Answer answer() {
        String q = questions[next];
        next = next + 1 == questions.length ? 0 : next + 1;
        return answerer.answer(q, null);
    }

    /** One term query per call, cycling through the terms the same questions analyse to. */
    @Benchmark
    public int floor() {
        String t = terms[next];
        next = next + 1 == terms.length ? 0 : next + 1;
        return index.termQueryCount(t);
    }

    /** Every distinct term the questions analyse to, in order of first appearance. */
    static String[] analysedTerms(FactIndex index, List<String> questions) {
        Set<String> out = new LinkedHashSet<>();
        for (String q : questions) {
            out.addAll(Terms.all(index.analyzer(), q));
        }
        return new ArrayList<>(out).toArray(String[]::new);
    }
}
