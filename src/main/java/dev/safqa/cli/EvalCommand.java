package dev.safqa.cli;

import dev.safqa.answer.Answerer;
import dev.safqa.conversation.Conversation;
import dev.safqa.eval.ConversationEvaluation;
import dev.safqa.eval.Evaluation;
import dev.safqa.index.FactIndex;
import dev.safqa.text.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", description = {"Score Safqa on a question set (JSONL: id, scope, lang, q, expect); print each failure.",
        "A set of conversations (JSONL: id, turns: [{q, scope, expect}...]) is asked turn by turn through one chat each,",
        "so later turns may lean on earlier ones."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    KnowledgeOption knowledge;

    @Parameters(paramLabel = "FILE", description = "Question set, one JSON object per line.")
    Path file;

    @Option(names = "--min", paramLabel = "SHARE", defaultValue = "0",
            description = "Exit 1 if the share passed is below this (0..1; default: never).")
    double min;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Evaluation.Question> questions = null;
        List<ConversationEvaluation.Dialogue> dialogues = null;
        try {
            if (ConversationEvaluation.isConversations(file)) {
                dialogues = ConversationEvaluation.read(file);
            } else {
                questions = Evaluation.read(file);
            }
        } catch (IOException e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        FactIndex index = knowledge.load(err);
        if (index == null) {
            return ExitCodes.BAD_INPUT;
        }
        Answerer answerer = new Answerer(() -> index, Language.EN);
        Evaluation.Result r = questions != null ? Evaluation.run(questions, answerer)
                : ConversationEvaluation.run(dialogues, () -> Conversation.builder(answerer, index::knowledge).build());
        for (Evaluation.Failure f : r.wrong()) {
            out.printf("WRONG %s [%s] %s: %s%n    answer: %s%n", f.question().id(), f.question().lang(),
                    f.question().text(), f.why(), f.answer());
        }
        for (Evaluation.Failure f : r.declined()) {
            out.printf("DECLINED %s [%s] %s: %s%n", f.question().id(), f.question().lang(), f.question().text(), f.why());
        }
        out.printf("wrong answers: %d (a wrong or unsupported figure, the wrong language, or a trap answered)%n", r.wrong().size());
        out.printf("answerable questions declined or asked back: %d%n", r.declined().size());
        out.printf("%d passed, %d failed (%.1f%%)%n", r.passed(), r.failures().size(), 100 * r.score());
        out.flush();
        return r.score() < min ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
