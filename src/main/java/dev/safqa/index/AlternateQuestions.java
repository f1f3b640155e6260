package dev.safqa.index;

import dev.safqa.knowledge.Fact;
import dev.safqa.text.ArabicText;
import dev.safqa.text.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ways people ask for each fact, read the way a question is read (folded, dialect mapped,
 * analysed with filler kept), so that a question can be compared to the nearest of them.
 *
 * <p>Two comparisons, both in [0, 1] so that they mean the same for every question: an IDF-weighted
 * cosine over analysed terms (what the question says), and a Dice coefficient over character
 * trigrams (how it is spelled, for the typos the speller does not correct). Lucene finds the
 * candidate facts (the questions are a field of their own in the index); this only compares a
 * question with the few candidates' questions, where a normalised score is needed and a BM25
 * score, which differs in scale from one question to the next, would not do.
 */
public final class AlternateQuestions {
    /** One alternate question, analysed. */
    record Asked(String text, Language language, Map<String, Double> weights, double norm, Set<String> grams) {
    }

    /** How close a question is to the nearest alternate question of one fact. */
    public record Nearest(String text, double cosine, double cover, double grams) {
        public static final Nearest NONE = new Nearest("", 0, 0, 0);
    }

    private final Map<String, List<Asked>> byFact = new HashMap<>();
    private final Map<String, Double> idf = new HashMap<>();
    private final double unknownIdf;
    private final int count;

    AlternateQuestions(List<Fact> facts, SafqaAnalyzer phraseAnalyzer) {
        Map<String, List<Set<String>>> terms = new HashMap<>();
        Map<String, List<String[]>> texts = new HashMap<>();
        Map<String, Integer> df = new HashMap<>();
        int n = 0;
        for (Fact f : facts) {
            for (Language l : Language.values()) {
                for (String q : f.questions(l)) {
                    Set<String> t = terms(phraseAnalyzer, q);
                    terms.computeIfAbsent(f.id(), k -> new ArrayList<>()).add(t);
                    texts.computeIfAbsent(f.id(), k -> new ArrayList<>()).add(new String[] {q, l.code()});
                    t.forEach(w -> df.merge(w, 1, Integer::sum));
                    n++;
                }
            }
        }
        this.count = n;
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            idf.put(e.getKey(), Math.log(1.0 + (double) count / e.getValue()));
        }
        this.unknownIdf = Math.log(1.0 + count);
        for (Map.Entry<String, List<Set<String>>> e : terms.entrySet()) {
            List<Asked> list = new ArrayList<>();
            List<String[]> raw = texts.get(e.getKey());
            for (int i = 0; i < e.getValue().size(); i++) {
                Map<String, Double> w = new HashMap<>();
                double norm = 0;
                for (String t : e.getValue().get(i)) {
                    double x = idf.get(t);
                    w.put(t, x);
                    norm += x * x;
                }
                String text = raw.get(i)[0];
                list.add(new Asked(text, Language.fromCode(raw.get(i)[1]).orElseThrow(), Map.copyOf(w), Math.sqrt(norm),
                        grams(normalise(text))));
            }
            byFact.put(e.getKey(), List.copyOf(list));
        }
    }

    /** How many alternate questions there are in all. */
    public int size() {
        return count;
    }

    /** The analysed terms of a question read like an alternate question. */
    static Set<String> terms(SafqaAnalyzer phraseAnalyzer, String question) {
        return Terms.all(phraseAnalyzer, normalise(question));
    }

    /** Folded, dialect mapped, words joined by single spaces. */
    static String normalise(String question) {
        return String.join(" ", Dialect.words(ArabicText.fold(question).toLowerCase(java.util.Locale.ROOT)));
    }

    /** Character trigrams of normalised text, word boundaries included ("#sc", "sca"...). */
    public static Set<String> grams(String normalised) {
        Set<String> out = new HashSet<>();
        String s = "#" + normalised.replace(' ', '#') + "#";
        for (int i = 0; i + 3 <= s.length(); i++) {
            out.add(s.substring(i, i + 3));
        }
        return out;
    }

    /**
     * The nearest alternate question of a fact to a question.
     *
     * @param terms the question's analysed terms (filler kept)
     * @param grams the trigrams of its normalised text
     * @param leaveOut an alternate question not to compare with (the question itself, when the
     *                 alternate questions are used as training questions), or null
     */
    public Nearest nearest(String factId, Set<String> terms, Set<String> grams, String leaveOut) {
        List<Asked> asked = byFact.get(factId);
        if (asked == null || terms.isEmpty()) {
            return Nearest.NONE;
        }
        double qNorm = 0;
        for (String t : terms) {
            double x = idf.getOrDefault(t, unknownIdf);
            qNorm += x * x;
        }
        qNorm = Math.sqrt(qNorm);
        Nearest best = Nearest.NONE;
        for (Asked a : asked) {
            if (a.text().equals(leaveOut)) {
                continue;
            }
            double dot = 0;
            for (String t : terms) {
                Double w = a.weights().get(t);
                if (w != null) {
                    dot += w * w;
                }
            }
            double cosine = dot == 0 ? 0 : dot / (qNorm * a.norm());
            double cover = dot == 0 ? 0 : dot / (a.norm() * a.norm());
            double g = dice(grams, a.grams());
            if (cosine > best.cosine() || (cosine == best.cosine() && g > best.grams())) {
                best = new Nearest(a.text(), cosine, cover, g);
            }
        }
        return best;
    }

    /** Whether any fact has alternate questions. */
    public boolean isEmpty() {
        return count == 0;
    }

    /** All the alternate questions of one fact. */
    List<String> of(String factId) {
        return byFact.getOrDefault(factId, List.of()).stream().map(Asked::text).toList();
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int common = 0;
        for (String g : small) {
            if (large.contains(g)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }
}
