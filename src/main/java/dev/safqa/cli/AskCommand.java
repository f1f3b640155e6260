package dev.safqa.cli;

import dev.safqa.answer.Answer;
import dev.safqa.answer.AnswerJson;
import dev.safqa.answer.Answerer;
import dev.safqa.index.FactIndex;
import dev.safqa.text.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ask", description = {
        "Answer a question from the knowledge folder, with its citation.",
        "With '-' as the question, read one question per line from standard input."})
final class AskCommand implements Callable<Integer> {
    @ParentCommand
    SafqaCommand parent;
    @Spec
    CommandSpec spec;
    @Mixin
    KnowledgeOption knowledge;

    @Option(names = "--json", description = "One JSON object per question (format: README, \"ask --json\").")
    boolean json;

    @Option(names = "--explain", description = "Show how the question is read and why each fact was taken or refused.")
    boolean explain;

    @Option(names = "--lang", paramLabel = "ar|en|auto", defaultValue = "auto",
            description = "Answer language (default: the question's own).")
    String lang;

    @Parameters(paramLabel = "QUESTION", arity = "1..*", description = "The question, or '-' for standard input.")
    List<String> words;

    private Answerer answerer;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Language forced = null;
        if (!"auto".equals(lang)) {
            forced = Language.fromCode(lang).orElse(null);
            if (forced == null) {
                err.println("--lang must be ar, en or auto, not '" + lang + "'");
                return ExitCodes.BAD_INPUT;
            }
        }
        FactIndex index = knowledge.load(err);
        if (index == null) {
            return ExitCodes.BAD_INPUT;
        }
        answerer = new Answerer(() -> index, Language.EN);
        if (words.size() == 1 && words.get(0).equals("-")) {
            BufferedReader in = new BufferedReader(new InputStreamReader(parent.stdin(), StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                print(out, answerer.answer(line, forced));
                out.flush();
            }
        } else {
            print(out, answerer.answer(String.join(" ", words), forced));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, Answer a) {
        out.println(json ? AnswerJson.toLine(a) : ConsoleFormat.answer(a));
        if (explain) {
            out.println(answerer.explain(a.question()));
        }
    }
}
