package dev.safqa.cli;

import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.review.ReviewList;
import dev.safqa.storage.KeptQuestion;
import dev.safqa.text.Language;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "review", subcommands = ReviewAcceptCommand.class,
        description = {"List the questions kept for review (learning.keep-questions: declined, clarified, voted down),"
                + " grouped by similarity, each with its number, language, reasons and count, and the facts that came closest.",
                "Add one to a fact's alternate questions with: safqa review accept N FACT_ID"})
final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DataOption data;
    @Mixin
    KnowledgeOption knowledge;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Knowledge k = knowledge.loadKnowledge(err);
        if (k == null) {
            return ExitCodes.BAD_INPUT;
        }
        return data.read(out, err, db -> print(db.keptQuestions().all(), k, out));
    }

    private static void print(List<KeptQuestion> kept, Knowledge k, PrintWriter out) {
        if (kept.isEmpty()) {
            out.println("no questions kept for review (keeping is off unless learning.keep-questions is true:"
                    + " see the README, \"Review loop\")");
            return;
        }
        List<ReviewList.Asked> asked = ReviewList.distinct(kept);
        List<ReviewList.Group> groups = ReviewList.group(asked);
        out.printf("%d question(s) kept, %d different, in %d group(s). Add one to a fact: safqa review accept N FACT_ID%n",
                kept.size(), asked.size(), groups.size());
        int n = 0;
        for (ReviewList.Group g : groups) {
            out.printf("%nGroup %d, asked %d time(s)%n", ++n, g.times());
            int width = g.questions().stream().mapToInt(a -> ("#" + a.number()).length()).max().orElse(2);
            for (ReviewList.Asked a : g.questions()) {
                out.printf("  %-" + width + "s  %s  %-4s %-22s %s%n", "#" + a.number(), a.language().code(), "×" + a.times(),
                        reasons(a.reasons()), printable(a.question()));
            }
            Language l = g.questions().get(0).language();
            // what came near when it was asked, then the facts whose alternate questions read most like it
            List<String> alike = ReviewList.alikeByWording(k, g).stream().filter(f -> !g.closest().contains(f)).toList();
            if (g.closest().isEmpty() && alike.isEmpty()) {
                out.println("  closest: none (off topic, or nothing came near)");
            }
            list(out, "closest:", g.closest(), k, l);
            list(out, "asked alike:", alike, k, l);
            List<String> votedDown = g.questions().stream().flatMap(a -> a.votedDown().stream()).distinct().toList();
            if (!votedDown.isEmpty()) {
                out.println("  answered with, and voted down: " + String.join(", ", votedDown));
            }
        }
    }

    private static void list(PrintWriter out, String label, List<String> facts, Knowledge k, Language l) {
        for (int i = 0; i < facts.size(); i++) {
            out.printf("  %s %s%n", i == 0 ? label : " ".repeat(label.length()), describe(k, facts.get(i), l));
        }
    }

    /** "declined", or "declined 2, clarified 1": why a question was kept, in the order of the reasons. */
    private static String reasons(Map<KeptQuestion.Why, Integer> reasons) {
        return reasons.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ') + (reasons.size() > 1 ? " " + e.getValue() : ""))
                .collect(Collectors.joining(", "));
    }

    private static String describe(Knowledge k, String factId, Language l) {
        return k.fact(factId).map(f -> factId + "  \"" + example(f, l) + "\"").orElse(factId + "  (no longer in the knowledge)");
    }

    private static String example(Fact f, Language l) {
        return f.example(l).or(() -> f.example(l == Language.AR ? Language.EN : Language.AR)).orElse(f.answer(l));
    }

    /** What a user typed, safe to print on the editor's terminal: no control characters (escape sequences). */
    static String printable(String text) {
        return text.replaceAll("\\p{Cc}+", " ");
    }
}
