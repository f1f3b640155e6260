package dev.safqa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import dev.safqa.answer.Answer;
import dev.safqa.answer.Answerer;
import dev.safqa.answer.Citation;
import dev.safqa.knowledge.Numbers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The golden test: the real knowledge folder against the question sets in src/test/resources/eval.
 * dev.jsonl is the shared sample, eval.jsonl our development set, holdout.jsonl and blind.jsonl
 * questions written apart from the tuning (see README, "Evaluation").
 */
class GoldenEvaluationTest {
    private static final Path SETS = Path.of("src/test/resources/eval");
    private final Answerer answerer = TestKnowledge.answerer();

    private Evaluation.Result run(String file) throws IOException {
        return Evaluation.run(Evaluation.read(SETS.resolve(file)), answerer);
    }

    private static String report(Evaluation.Result r) {
        return r.failures().stream().map(f -> f.question().id() + " " + f.question().text() + ": " + f.why() + " -> " + f.answer())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void the_shared_sample_passes_entirely() throws IOException {
        Evaluation.Result r = run("dev.jsonl");
        assertThat(r.failures()).as(report(r)).isEmpty();
    }

    @Test
    void the_development_set_passes_at_least_95_percent() throws IOException {
        Evaluation.Result r = run("eval.jsonl");
        assertThat(r.total()).isGreaterThanOrEqualTo(80);
        assertThat(r.score()).as(report(r)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void the_held_out_set_passes_at_least_85_percent() throws IOException {
        Evaluation.Result r = run("holdout.jsonl");
        assertThat(r.score()).as(report(r)).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void the_blind_set_passes_at_least_85_percent() throws IOException {
        Evaluation.Result r = run("blind.jsonl");
        assertThat(r.score()).as(report(r)).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void no_answer_ever_states_a_figure_its_citation_does_not_contain() throws IOException {
        List<String> violations = new ArrayList<>();
        try (var files = Files.list(SETS)) {
            for (Path set : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
                for (Evaluation.Question q : Evaluation.read(set)) {
                    Answer a = answerer.answer(q.text());
                    if (!a.answered()) {
                        continue;
                    }
                    String cited = a.citations().stream().map(Citation::text).collect(Collectors.joining(" "));
                    if (!Numbers.in(cited).containsAll(Numbers.in(a.text()))) {
                        violations.add(q.id() + ": " + a.text());
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
