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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @Option(names = "--after", paramLabel = "QUESTION",
            description = "Ask as a follow-up of this earlier question, as in a chat (\"how old is he?\" after \"who is Scale's CEO?\"); "
                    + "repeat it for several earlier turns, oldest first, each asked after the ones before.")
    List<String> earlier = List.of();

    /** The earlier turns as the conversation understood them (with --after), or null. */
    private String after;

    @Parameters(paramLabel = "QUESTION", arity = "1..*", description = "The question, or '-' for standard input.")
    List<String> words;

    private Answerer answerer;
    /** The facts the earlier question's answer stated (with --after), or none. */
    private List<String> earlierFacts = List.of();
    /** The facts the answers before that one stated (with several --after), or none. */
    private List<String> earlierTold = List.of();

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
        for (String turn : earlier) {
            // each earlier turn is asked as a chat asks it, so that a third turn's "he" is traced as it is read there
            Answer a = answerer.answer(turn, forced, after, earlierFacts, earlierTold);
            boolean keeps = !a.answered() && after != null && answerer.staysWithLastAnswer(turn);
            earlierTold = after == null || keeps ? earlierTold : Answerer.toldSoFar(earlierTold, earlierFacts);
            after = a.understood();
            earlierFacts = keeps ? earlierFacts : a.facts();
        }
        if (words.size() == 1 && words.get(0).equals("-")) {
            answerLines(new BufferedReader(new InputStreamReader(parent.stdin(), StandardCharsets.UTF_8)), out, forced);
        } else {
            out.println(render(answer(String.join(" ", words), forced), forced));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * One answer per input line, in input order. Lines are answered on all cores while the output
     * keeps their order; it is flushed whenever the next answer is not ready yet, so an interactive
     * user (or a pipe feeding one question at a time) sees each answer at once.
     */
    private void answerLines(BufferedReader in, PrintWriter out, Language forced) throws IOException {
        int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "ask-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<String>> pending = new ArrayDeque<>();
        try {
            while (true) {
                // before waiting for more input, write what is answered: a person typing one question
                // at a time (or a pipe held open) must not wait for the next line to see this one
                while (!pending.isEmpty() && !in.ready()) {
                    writeNext(pending, out);
                }
                String line = in.readLine();
                if (line == null) {
                    break;
                }
                pending.add(pool.submit(() -> render(answer(line, forced), forced)));
                while (pending.size() > 4 * workers || (!pending.isEmpty() && pending.peek().isDone())) {
                    writeNext(pending, out);
                }
            }
            while (!pending.isEmpty()) {
                writeNext(pending, out);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void writeNext(Deque<Future<String>> pending, PrintWriter out) {
        Future<String> next = pending.peek();
        if (!next.isDone()) {
            out.flush();        // nothing is held back while we wait
        }
        try {
            out.println(next.get());
            if (pending.size() == 1) {
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while answering", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("answering failed: " + e.getCause(), e.getCause());
        }
        pending.remove();
    }

    private Answer answer(String question, Language forced) {
        return answerer.answer(question, forced, after, earlierFacts, earlierTold);
    }

    private String render(Answer a, Language forced) {
        String text = json ? AnswerJson.toLine(a) : ConsoleFormat.answer(a);
        return explain ? text + System.lineSeparator() + answerer.explain(a.question(), forced, after, earlierFacts, earlierTold) : text;
    }
}
