package dev.safqa.answer;

import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.knowledge.Paragraph;
import java.util.List;
import java.util.Optional;

/**
 * The knowledge as the conversation shows it: the key figures, a paragraph by number. What the bot
 * says about itself is in the wording catalogue ({@link dev.safqa.text.Wording}).
 */
public final class Guide {
    private Guide() {
    }

    /**
     * Curated facts led by an amount or a date, in article order, one per figure: the deal at a
     * glance. (A year of context or a model's version number is not a key figure.)
     */
    public static List<Fact> keyFacts(Knowledge k) {
        List<Fact> out = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Fact f : k.curatedFacts()) {
            if (f.figures().isEmpty()) {
                continue;
            }
            dev.safqa.knowledge.Figure lead = f.figures().get(0);
            boolean key = lead.kind().isAmount() || lead.kind() == dev.safqa.knowledge.FigureKind.DATE;
            if (key && seen.add(lead.value() + "|" + lead.about())) {
                out.add(f);
            }
        }
        return out;
    }

    /** A figure as a reader scans it in a list: "14.8 billion USD", "49%", "June 2025". */
    public static String figureLabel(dev.safqa.knowledge.Figure f) {
        return switch (f.kind()) {
            case PERCENT -> f.value() + "%";
            case DATE, YEAR, VERSION -> f.value();
            default -> (f.value() + " " + f.unit()).strip();
        };
    }

    public static Optional<Paragraph> paragraph(Knowledge k, int number) {
        return k.mainArticle().paragraph(number);
    }

    public static int paragraphCount(Knowledge k) {
        return k.mainArticle().paragraphs().size();
    }
}
