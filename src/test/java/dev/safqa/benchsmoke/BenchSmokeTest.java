package dev.safqa.benchsmoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.bench.AnswerBenchmark;
import dev.safqa.bench.CompositionBenchmark;
import dev.safqa.bench.ScaleReport;
import dev.safqa.bench.SlackEndToEnd;
import dev.safqa.bench.SyntheticKnowledge;
import dev.safqa.bench.TelegramEndToEnd;
import dev.safqa.bench.Workload;
import dev.safqa.index.FactIndex;
import dev.safqa.knowledge.Knowledge;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each benchmark runs, small, in the normal suite: so a change that breaks one is seen before
 * someone runs {@code mvn -Pbench verify}. It asserts that they finish and produce figures, never
 * what the figures are (timings belong in the benchmark's printout).
 */
class BenchSmokeTest {
    private static FactIndex index;

    @BeforeAll
    static void loadTheRealKnowledge() {
        index = FactIndex.build(Workload.knowledge());
    }

    @Test
    void the_question_mix_has_the_three_evaluation_sets() {
        assertThat(Workload.questions()).hasSizeGreaterThan(300); // dev + eval + holdout
        assertThat(Workload.cycle(1_000)).hasSize(1_000);
    }

    @Test
    void telegram_end_to_end_answers_every_update_and_reports_figures() throws Exception {
        TelegramEndToEnd.Result r = TelegramEndToEnd.run(index, Workload.cycle(200), 50, 0, Duration.ofSeconds(15));

        assertThat(r.complete()).as("all 200 updates answered").isTrue();
        assertThat(r.unmatchedReplies()).isZero();
        assertThat(r.updatesPerSecond()).isPositive();
        assertThat(r.latency().count()).isEqualTo(200);
        assertThat(r.latency().p99Ms()).isPositive();
        assertThat(r.rssUnderLoadMb()).isGreaterThanOrEqualTo(r.rssAfterStartMb());
    }

    @Test
    void slack_end_to_end_acks_and_answers_every_signed_command() throws Exception {
        SlackEndToEnd.Result r = SlackEndToEnd.run(index, Workload.cycle(50), 4, Duration.ofSeconds(15));

        assertThat(r.complete()).as("50 commands acked (signature accepted) and answered").isTrue();
        assertThat(r.commandsPerSecond()).isPositive();
        assertThat(r.ack().p99Ms()).isPositive();
    }

    @Test
    void synthetic_knowledge_has_the_size_asked_and_builds() {
        Knowledge real = Workload.knowledge();
        Knowledge k = SyntheticKnowledge.of(real, 1_000);

        assertThat(k.facts()).hasSize(1_000);
        assertThat(k.facts().subList(0, real.facts().size())).isEqualTo(real.facts()); // the real facts first
        assertThat(SyntheticKnowledge.of(real, 1_000).facts()).isEqualTo(k.facts()); // deterministic

        ScaleReport.Result r = ScaleReport.measure(real, 1_000, 1, 1);
        assertThat(r.facts()).isEqualTo(1_000);
        assertThat(r.buildMs()).isPositive();
        assertThat(r.heapMb()).isPositive();
        assertThat(r.answer().calls()).isEqualTo(Workload.questions().size());
        assertThat(r.answer().cpuP99Ms()).isPositive();
    }

    @Test
    void jmh_benchmark_bodies_run_once() {
        AnswerBenchmark answer = new AnswerBenchmark();
        answer.setUp();
        assertThat(answer.answer()).isNotNull();
        assertThat(answer.floor()).isGreaterThanOrEqualTo(0);

        CompositionBenchmark stages = new CompositionBenchmark();
        stages.setUp();
        assertThat(stages.read()).isNotNull();
        assertThat(stages.retrieve()).isNotNull();
        assertThat(stages.compose()).contains("\"answered\":true");
        assertThat(stages.json()).startsWith("{");
        assertThat(stages.render()).isNotNull();
    }
}
