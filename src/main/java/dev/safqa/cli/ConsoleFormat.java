package dev.safqa.cli;

import dev.safqa.answer.Answer;
import dev.safqa.answer.Citation;
import dev.safqa.answer.Replies;
import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Figure;
import dev.safqa.text.Language;
import java.util.List;

/** Plain-text rendering for a terminal: the answer, then where it comes from. */
final class ConsoleFormat {
    private ConsoleFormat() {
    }

    static String answer(Answer a) {
        StringBuilder out = new StringBuilder(a.text());
        for (Citation c : a.citations()) {
            out.append("\n  — ").append(Replies.sourceLabel(a.language(), c.paragraph())).append(": «")
                    .append(c.text()).append("»");
        }
        if (!a.suggestions().isEmpty()) {
            out.append("\n").append(Replies.tryAsking(a.language()));
            for (String s : a.suggestions()) {
                out.append("\n  • ").append(s);
            }
        }
        return out.toString();
    }

    static String keyFacts(List<Fact> facts, Language l) {
        StringBuilder out = new StringBuilder();
        for (Fact f : facts) {
            Figure fig = f.figures().get(0);
            out.append(String.format("%-18s %s  [¶%d]%n", dev.safqa.answer.Guide.figureLabel(fig), f.answer(l), f.paragraph()));
        }
        return out.toString().stripTrailing();
    }
}
