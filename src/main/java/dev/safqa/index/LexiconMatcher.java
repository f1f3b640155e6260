package dev.safqa.index;

import dev.safqa.knowledge.Lexicon;
import dev.safqa.knowledge.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Finds lexicon terms in analysed text: entities, concepts and known unknowns, matched as phrases
 * of analysed words, so "القيمة السوقية", "market value" and "valued" all land on {@code valuation}.
 *
 * <p>The longest phrase wins at each position ("share price" is a share price, not a stake);
 * phrases of the same length that belong to several terms keep them all.
 */
public final class LexiconMatcher {
    /** A matched span [start, end) of positions and the terms it names. */
    public record Match(int start, int end, Set<Term> terms) {
    }

    private record Pattern(Term term, List<String> words) {
    }

    private final Map<String, List<Pattern>> byFirstWord = new HashMap<>();
    private final List<String> ignored = new ArrayList<>();

    /** Lexicon forms left out because they are made only of filler words. */
    public List<String> ignoredForms() {
        return List.copyOf(ignored);
    }

    /**
     * @param analyzer  the phrase analyzer (stop words kept), the same the matched text goes through
     * @param stopForms analysed stop words: a form made only of them ("what is", "own") would match
     *                  nearly every question, so it is left out (and `safqa check` names it)
     */
    public LexiconMatcher(Lexicon lexicon, Analyzer analyzer, Set<String> stopForms) {
        for (Term term : lexicon.terms()) {
            for (List<String> forms : term.forms().values()) {
                for (String form : forms) {
                    List<Set<String>> positions = Terms.positions(analyzer, form);
                    if (positions.isEmpty() || positions.stream().allMatch(p -> stopForms.contains(p.iterator().next()))) {
                        ignored.add(term.id() + ": '" + form + "'");
                        continue;
                    }
                    // a form is matched by its main (first) variant at each position
                    List<String> words = new ArrayList<>();
                    for (Set<String> p : positions) {
                        words.add(p.iterator().next());
                    }
                    byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Pattern(term, words));
                }
            }
        }
    }

    public List<Match> match(List<Set<String>> text) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < text.size()) {
            int bestLen = 0;
            Set<Term> best = new LinkedHashSet<>();
            for (String form : text.get(i)) {
                for (Pattern p : byFirstWord.getOrDefault(form, List.of())) {
                    int len = p.words().size();
                    if (len < bestLen || !matchesAt(p.words(), text, i)) {
                        continue;
                    }
                    if (len > bestLen) {
                        bestLen = len;
                        best = new LinkedHashSet<>();
                    }
                    best.add(p.term());
                }
            }
            if (bestLen > 0) {
                out.add(new Match(i, i + bestLen, best));
                i += bestLen;
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean matchesAt(List<String> words, List<Set<String>> text, int start) {
        if (start + words.size() > text.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!text.get(start + k).contains(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
