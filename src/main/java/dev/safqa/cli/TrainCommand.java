package dev.safqa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.safqa.answer.Scoring;
import dev.safqa.eval.Evaluation;
import dev.safqa.eval.Trainer;
import dev.safqa.index.FactIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Fit the answer model on labelled question sets and the knowledge's alternate questions; "
                + "print k-fold figures; write the weights and thresholds (scoring.json).")
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    KnowledgeOption knowledge;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Labelled question sets (JSONL, as for eval).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--folds", defaultValue = "5", description = "Folds for the held-out figures (default: 5).")
    int folds;

    @Option(names = "--clarify", defaultValue = "0.4",
            description = "Ask which was meant when two different answers are this close in log-odds (default: 0.4).")
    double clarify;

    @Option(names = "--wrong-cost", defaultValue = "30",
            description = "How many declines one wrong answer costs when choosing the threshold (default: 30).")
    double wrongCost;

    @Option(names = "--out", paramLabel = "FILE",
            defaultValue = "src/main/resources/dev/safqa/answer/" + Scoring.RESOURCE,
            description = "Where to write the fitted model (default: the source tree's, used by the next build).")
    Path outFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (folds < 2) {
            err.println("--folds must be at least 2");
            return ExitCodes.BAD_INPUT;
        }
        List<Evaluation.Question> questions = new ArrayList<>();
        for (Path f : files) {
            try {
                questions.addAll(Evaluation.read(f));
            } catch (IOException e) {
                err.println("cannot read " + f + ": " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
        FactIndex index = knowledge.load(err);
        if (index == null) {
            return ExitCodes.BAD_INPUT;
        }
        Scoring fitted = new Trainer(index, Scoring.standard(), wrongCost).train(questions, folds, clarify, out);
        try {
            Files.writeString(outFile, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(fitted.toJson())
                    + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("cannot write " + outFile + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        out.println("wrote " + outFile);
        out.flush();
        return ExitCodes.OK;
    }
}
