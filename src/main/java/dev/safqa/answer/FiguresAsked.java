package dev.safqa.answer;

import dev.safqa.index.FactIndex;
import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Figure;
import dev.safqa.knowledge.FigureKind;
import dev.safqa.knowledge.Numbers;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * "What's the $870 million figure in the article?", "what is the 200 million dollars about?", "what
 * does 2014 refer to?": a question that quotes one figure and asks only what it is. It names no measure (revenue, price),
 * so the model finds no fact covering it (p 0.45-0.69); but the figure itself says which fact it
 * asks about: the one stating it. When facts state it of different things, the model decides.
 */
final class FiguresAsked {
    private FiguresAsked() {
    }

    /**
     * "what's the 28 about?": a what or who question quoting one figure some fact states, which says
     * what is asked though nothing else is named (Answerer does not decline it as off the topic).
     */
    static boolean quotesAStatedFigure(ParsedQuestion pq, FactIndex idx) {
        return pq.numbers().size() == 1 && (pq.intent() == Intent.WHAT || pq.intent() == Intent.WHO)
                && !idx.factsStating(Numbers.canonical(pq.numbers().iterator().next())).isEmpty();
    }

    /** The fact stating the one figure the question asks about, or null. */
    static Fact fact(ParsedQuestion pq, List<Answerer.Candidate> ranked, FactIndex idx) {
        if (pq.intent() != Intent.WHAT && pq.intent() != Intent.WHO || pq.claim() || pq.numbers().size() != 1
                || !pq.versions().isEmpty() || !pq.form().periods().isEmpty()) {
            return null;
        }
        // "what does 2014 refer to?", "ما دلالة عام 2014 في المقال؟": a year quoted alone is asked about
        // as any figure is, when a word for a figure says so (below); otherwise it is when something was
        String value = Numbers.canonical(pq.numbers().iterator().next());
        boolean year = !pq.years().isEmpty();
        if (year && !pq.years().equals(Set.of(value))) {
            return null;
        }
        Set<String> allowed = words(idx);
        boolean money = false;
        boolean figureNamed = false;
        for (Slot s : pq.slots()) {
            boolean figureWord = !s.forms().isEmpty() && s.forms().stream().anyMatch(allowed::contains);
            figureNamed |= figureWord;
            switch (s.type()) {
                case ENTITY -> { }
                case CONCEPT -> {
                    if (figureWord) {
                        // "مبلغ 65 مليار" (the sum of 65 billion): a word for a figure of money, no measure of its own
                        money |= s.terms().stream().anyMatch(t -> t.kind() == FigureKind.MONEY);
                    } else if (s.terms().stream().anyMatch(t -> !t.generic())) {
                        return null;        // "what's the $870 million revenue?" names its measure: the model's
                    }
                    money |= s.terms().stream().anyMatch(t -> t.kind() == FigureKind.MONEY);
                }
                default -> {
                    if (s.forms().stream().noneMatch(allowed::contains)) {
                        return null;
                    }
                }
            }
        }
        // "28 what, and about whom?" asks whom the figure is about only when it speaks of the figure
        // itself ("the number 28"); "who paid $200 million?" is the model's
        if (pq.intent() == Intent.WHO && !figureNamed || year && !figureNamed) {
            return null;
        }
        boolean asMoney = money;
        Set<String> about = new LinkedHashSet<>();
        Fact first = null;
        for (Fact f : idx.factsStating(value)) {
            for (Figure fig : f.figures()) {
                if (Numbers.canonical(fig.value()).equals(value) && (year ? fig.kind() == FigureKind.YEAR : !fig.kind().isTime())
                        && fig.kind() != FigureKind.VERSION
                        && (!asMoney || fig.kind() == FigureKind.MONEY)) {
                    about.add(fig.about() + "/" + fig.of());
                    first = first == null ? f : first;
                }
            }
        }
        if (about.size() != 1) {
            return null;
        }
        // of those stating it, the one the model weighs highest ("$29 billion": the deal's valuation and the market value)
        for (Answerer.Candidate c : ranked) {
            if (c.fact().figures().stream().anyMatch(fig -> Numbers.canonical(fig.value()).equals(value))) {
                return c.fact();
            }
        }
        return first;
    }

    /**
     * The question without the words that only name a figure ("مبلغ", the sum, is also a word for a
     * payment): what it asks is what the figure is, and the fact stating it is judged on the rest.
     */
    static ParsedQuestion withoutFigureWords(ParsedQuestion pq, FactIndex idx) {
        Set<String> allowed = words(idx);
        return pq.replacing(s -> s.type() == Slot.Type.CONCEPT && s.forms().stream().anyMatch(allowed::contains), null);
    }

    /** The words such a question may use beside the figure (reading.yaml, figure-words), as the index reads them. */
    private static Set<String> words(FactIndex idx) {
        Set<String> out = new java.util.HashSet<>();
        ReadingRules.READING.path("figure-words").forEach(n -> out.addAll(idx.analysedPhrase(dev.safqa.text.ArabicText.fold(n.asText()))));
        return out;
    }
}
