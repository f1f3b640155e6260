package dev.safqa.cli;

import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.knowledge.KnowledgeException;
import dev.safqa.knowledge.KnowledgeLoader;
import dev.safqa.knowledge.KnowledgeProblem;
import dev.safqa.knowledge.KnowledgeSource;
import dev.safqa.review.QuestionsFile;
import dev.safqa.review.ReviewList;
import dev.safqa.storage.Database;
import dev.safqa.storage.StorageException;
import dev.safqa.text.ArabicText;
import dev.safqa.text.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "accept", description = {"Add kept question N (as safqa review numbers it) to FACT_ID's alternate"
        + " questions in the knowledge folder, under the question's language; check the folder as safqa check does"
        + " (the file is restored if it fails); then forget the question, so it is not listed again.",
        "A running bot reloads the folder and announces nothing: only a question changed."})
final class ReviewAcceptCommand implements Callable<Integer> {
    private static final Pattern ARTICLE = Pattern.compile("article:\\s*(['\"]?)(.+?)\\1\\s*(#.*)?");

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "N", description = "The number of the question in the list of safqa review.")
    long number;
    @Parameters(index = "1", paramLabel = "FACT_ID", description = "The fact it asks for (safqa review shows the closest).")
    String factId;
    @Mixin
    DataOption data;
    @Mixin
    KnowledgeOption knowledge;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return accept(out, err);
        } catch (StorageException e) {
            err.println(DataOption.describe(e));
            return ExitCodes.BAD_INPUT;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int accept(PrintWriter out, PrintWriter err) {
        KnowledgeSource source = knowledge.source();
        if (source.bundled()) {
            err.println("review accept edits a knowledge folder, and there is none at " + knowledge.folder
                    + ": give it with --knowledge DIR");
            return ExitCodes.BAD_INPUT;
        }
        Path folder = source.folder();
        Knowledge k = knowledge.loadKnowledge(err);
        if (k == null) {
            err.println("Fix the knowledge folder first (safqa check), then accept the question.");
            return ExitCodes.BAD_INPUT;
        }
        Optional<Fact> fact = k.fact(factId).filter(Fact::curated);
        if (fact.isEmpty()) {
            err.println("There is no curated fact " + factId + " in " + folder
                    + ": use an id that safqa review shows as closest, or one from the facts files");
            return ExitCodes.BAD_INPUT;
        }
        try (Database db = DataOption.openExisting(data.data, System.getenv()).orElse(null)) {
            if (db == null) {
                err.println("no data at " + data.data + " yet, so no question " + number + " to accept");
                return ExitCodes.BAD_INPUT;
            }
            Optional<ReviewList.Asked> found = ReviewList.distinct(db.keptQuestions().all()).stream()
                    .filter(a -> a.ids().contains(number)).findFirst();
            if (found.isEmpty()) {
                err.println("There is no kept question " + number + " (accepted already, or forgotten after the"
                        + " retention period): run safqa review for the current numbers");
                return ExitCodes.BAD_INPUT;
            }
            ReviewList.Asked asked = found.get();
            String question = QuestionsFile.oneLine(asked.question());
            // filed by its script, as the loader checks it: a question typed in English in a chat set to Arabic is English
            Language language = ArabicText.hasArabic(question) ? Language.AR : Language.EN;
            if (has(fact.get(), language, question)) {
                db.keptQuestions().forget(asked.ids());
                out.println("\"" + ReviewCommand.printable(question) + "\" is already an alternate question of " + factId
                        + "; it will not be listed again.");
                return ExitCodes.OK;
            }
            Optional<Fact> owner = k.curatedFacts().stream().filter(f -> has(f, language, question)).findFirst();
            if (owner.isPresent()) {
                // the loader would refuse it too, naming whichever fact it read first: say it plainly, edit nothing
                err.println("\"" + ReviewCommand.printable(question) + "\" is already an alternate question of " + owner.get().id()
                        + ", and a question belongs to the one fact that answers it: accept it to " + owner.get().id()
                        + ", or first remove it from " + owner.get().id() + " in " + questionsFileName(folder, owner.get()));
                return ExitCodes.BAD_INPUT;
            }
            int added = add(folder, fact.get(), language, question, out, err);
            if (added != ExitCodes.OK) {
                return added;
            }
            db.keptQuestions().forget(asked.ids());
            return ExitCodes.OK;
        }
    }

    /** Edits the questions file, loads the folder as safqa check does, and puts the file back if it does not load. */
    private int add(Path folder, Fact fact, Language language, String question, PrintWriter out, PrintWriter err) {
        Path file;
        byte[] before;
        String after;
        try {
            file = questionsFile(folder, fact.article());
            before = Files.exists(file) ? Files.readAllBytes(file) : null;
            after = before == null ? QuestionsFile.create(fact.article(), fact.id(), language, question)
                    : QuestionsFile.add(new String(before, StandardCharsets.UTF_8), fact.id(), language, question);
            Files.writeString(file, after, StandardCharsets.UTF_8);
        } catch (QuestionsFile.Unsupported e) {
            err.println(questionsFileName(folder, fact) + " " + e.getMessage() + "; add \"" + ReviewCommand.printable(question)
                    + "\" under " + fact.id() + ", " + language.code() + " by hand, then run safqa check");
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("Cannot edit the alternate questions of " + fact.article() + " in " + folder + ": " + e);
            return ExitCodes.BAD_INPUT;
        }
        List<KnowledgeProblem> problems;
        boolean there;
        try {
            Knowledge k = new KnowledgeLoader().load(folder);
            problems = List.of();
            there = k.fact(fact.id()).map(f -> has(f, language, question)).orElse(false);
        } catch (KnowledgeException e) {
            problems = e.problems();
            there = false;
        }
        if (problems.isEmpty() && there) {
            out.println("Added \"" + ReviewCommand.printable(question) + "\" to " + fact.id() + " (" + language.code() + ") in "
                    + file + ".");
            out.println("The folder checks out; a running bot reloads it and announces nothing (only a question changed)."
                    + " Refit the answer model with safqa train when convenient.");
            return ExitCodes.OK;
        }
        try {
            if (before == null) {
                Files.delete(file);
            } else {
                Files.write(file, before);
            }
        } catch (IOException e) {
            err.println("Cannot restore " + file + " (" + e + "): remove \"" + ReviewCommand.printable(question) + "\" from it by hand");
            return ExitCodes.FAILED;
        }
        if (problems.isEmpty()) {
            err.println("\"" + ReviewCommand.printable(question) + "\" was written to " + file + " but the knowledge did not read it"
                    + " back under " + fact.id() + "; the file is restored as it was. Add it by hand and run safqa check.");
            return ExitCodes.FAILED;
        }
        err.println("With \"" + ReviewCommand.printable(question) + "\" under " + fact.id() + " the knowledge does not load, so "
                + file + " is restored as it was:");
        problems.forEach(p -> err.println("  " + p));
        err.println("Change what is named above (a question two facts claim belongs under the one that answers it),"
                + " or accept it to another fact.");
        return ExitCodes.BAD_INPUT;
    }

    private static boolean has(Fact f, Language language, String question) {
        String key = ReviewList.key(question);
        return f.questions(language).stream().anyMatch(q -> ReviewList.key(q).equals(key));
    }

    /** The questions file whose {@code article:} is {@code article}, or the one to create beside it. */
    static Path questionsFile(Path folder, String article) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".questions.yaml")).sorted().toList()) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    Matcher m = ARTICLE.matcher(line);
                    if (m.matches() && m.group(2).strip().equals(article)) {
                        return p;
                    }
                }
            }
        }
        String stem = article.replaceFirst("(\\.ar)?\\.txt$", "");
        return folder.resolve(stem + ".questions.yaml");
    }

    private static String questionsFileName(Path folder, Fact fact) {
        try {
            return questionsFile(folder, fact.article()).toString();
        } catch (IOException e) {
            return "the questions file of " + fact.article();
        }
    }
}
