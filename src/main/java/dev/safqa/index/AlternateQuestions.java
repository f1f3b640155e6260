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
    /**
     * One alternate question, analysed: its terms and trigrams as sorted ids (so that a comparison
     * is a merge of two short int arrays, not hash look-ups), with each term's weight.
     */
    record Asked(int slot, String text, Language language, int[] terms, double[] weights, double norm, int[] grams) {
    }

    /**
     * A question prepared once for comparing with many alternate questions.
     *
     * @param dots the dot product with each alternate question by its slot, or null where there are
     *             too many alternate questions for that to pay ({@link #DOTS_UP_TO})
     */
    public record Prepared(int[] terms, double[] weights, double norm, int[] grams, int gramCount, double[] dots) {
    }

    /**
     * Up to this many alternate questions, a question's dot product with all of them is summed once,
     * term by term over the questions that have it (an inverted list), instead of a merge with each
     * alternate question of each of twenty candidates: on the article (about 3,000) that took the
     * comparisons from 14% of an answer's time to 11%. Beyond it (100k facts: 23,000), the lists of common
     * words are long and only a few candidates' questions are compared, so the merge stays.
     */
    static final int DOTS_UP_TO = 8192;

    /** For each term id, the slots of the alternate questions that have it, ascending. */
    private final int[][] postings;

    private final Map<String, Integer> termIds = new HashMap<>();
    private final Map<String, Integer> gramIds = new HashMap<>();

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
        int slot = 0;
        for (Map.Entry<String, List<Set<String>>> e : terms.entrySet()) {
            List<Asked> list = new ArrayList<>();
            List<String[]> raw = texts.get(e.getKey());
            for (int i = 0; i < e.getValue().size(); i++) {
                int[] ids = ids(e.getValue().get(i), termIds, true);
                double[] w = new double[ids.length];
                double norm = 0;
                for (int j = 0; j < ids.length; j++) {
                    w[j] = idfById(ids[j]);
                    norm += w[j] * w[j];
                }
                String text = raw.get(i)[0];
                list.add(new Asked(slot++, text, Language.fromCode(raw.get(i)[1]).orElseThrow(), ids, w, Math.sqrt(norm),
                        ids(grams(normalise(text)), gramIds, true)));
            }
            byFact.put(e.getKey(), List.copyOf(list));
        }
        this.postings = postings(byFact.values(), termIds.size());
        this.gramTable = new GramTable(gramIds);
    }

    /** The trigram ids of {@code gramIds} again, for a question's hundred-odd trigrams ({@link #prepare}). */
    private final GramTable gramTable;

    /**
     * The trigram ids in an open-addressed table keyed by the trigram's three characters packed in a
     * long: looking up a question's trigrams in the map of strings (a bucket, a node, a string and
     * its characters each) was two thirds of preparing a question.
     */
    private static final class GramTable {
        private static final long EMPTY = -1L;
        private final long[] keys;
        private final int[] values;
        private final int mask;

        GramTable(Map<String, Integer> ids) {
            int capacity = Integer.highestOneBit(Math.max(8, ids.size() * 2)) << 1;     // at most a quarter full
            keys = new long[capacity];
            values = new int[capacity];
            mask = capacity - 1;
            java.util.Arrays.fill(keys, EMPTY);
            ids.forEach((gram, id) -> {
                if (gram.length() == 3) {
                    int i = slot(pack(gram));
                    while (keys[i] != EMPTY) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = pack(gram);
                    values[i] = id;
                }
            });
        }

        private static long pack(String gram) {
            return (long) gram.charAt(0) << 32 | (long) gram.charAt(1) << 16 | gram.charAt(2);
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }

        /** The id of a trigram of three characters, or -1. */
        int id(String gram) {
            long key = pack(gram);
            for (int i = slot(key); keys[i] != EMPTY; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
            }
            return -1;
        }
    }

    /** Sorted ids of a question's known trigrams, as {@link #ids} gives them. */
    private int[] knownGrams(Set<String> grams) {
        int[] out = new int[grams.size()];
        int n = 0;
        for (String g : grams) {
            int id;
            if (g.length() == 3) {
                id = gramTable.id(g);
            } else {
                Integer known = gramIds.get(g);
                id = known == null ? -1 : known;
            }
            if (id >= 0) {
                out[n++] = id;
            }
        }
        int[] ids = java.util.Arrays.copyOf(out, n);
        java.util.Arrays.sort(ids);
        return ids;
    }

    private static int[][] postings(java.util.Collection<List<Asked>> all, int terms) {
        int[] sizes = new int[terms];
        List<Asked> bySlot = all.stream().flatMap(List::stream).sorted(java.util.Comparator.comparingInt(Asked::slot)).toList();
        bySlot.forEach(a -> java.util.Arrays.stream(a.terms()).forEach(t -> sizes[t]++));
        int[][] out = new int[terms][];
        for (int t = 0; t < terms; t++) {
            out[t] = new int[sizes[t]];
        }
        int[] filled = new int[terms];
        for (Asked a : bySlot) {
            for (int t : a.terms()) {
                out[t][filled[t]++] = a.slot();
            }
        }
        return out;
    }

    private final List<Double> idfList = new ArrayList<>();

    private double idfById(int id) {
        return idfList.get(id);
    }

    /** Sorted ids of the known strings (adding them when {@code add}); unknown ones are left out. */
    private int[] ids(Set<String> strings, Map<String, Integer> table, boolean add) {
        int[] out = new int[strings.size()];
        int n = 0;
        for (String s : strings) {
            Integer id = table.get(s);
            if (id == null && add) {
                id = table.size();
                table.put(s, id);
                if (table == termIds) {
                    idfList.add(idf.getOrDefault(s, unknownIdf));
                }
            }
            if (id != null) {
                out[n++] = id;
            }
        }
        int[] ids = java.util.Arrays.copyOf(out, n);
        java.util.Arrays.sort(ids);
        return ids;
    }

    /** A question's terms and trigrams, prepared once for {@link #nearest(String, Prepared, String)}. */
    public Prepared prepare(Set<String> terms, Set<String> grams) {
        int[] ids = ids(terms, termIds, false);
        double[] w = new double[ids.length];
        double norm = 0;
        for (int j = 0; j < ids.length; j++) {
            w[j] = idfById(ids[j]);
            norm += w[j] * w[j];
        }
        norm += (terms.size() - ids.length) * unknownIdf * unknownIdf;     // words no alternate question has
        double[] dots = null;
        if (count <= DOTS_UP_TO) {
            // in ascending term ids, as the merge adds them: the same sums to the last bit
            dots = new double[count];
            for (int j = 0; j < ids.length; j++) {
                double w2 = w[j] * w[j];
                for (int slot : postings[ids[j]]) {
                    dots[slot] += w2;
                }
            }
        }
        return new Prepared(ids, w, Math.sqrt(norm), knownGrams(grams), grams.size(), dots);
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
     * @param leaveOut an alternate question not to compare with (the question itself, when the
     *                 alternate questions are used as training questions), or null
     */
    public Nearest nearest(String factId, Prepared q, String leaveOut) {
        List<Asked> asked = byFact.get(factId);
        if (asked == null || q.norm() == 0) {
            return Nearest.NONE;
        }
        Nearest best = Nearest.NONE;
        for (Asked a : asked) {
            if (leaveOut != null && a.text().equals(leaveOut)) {
                continue;
            }
            double dot = dot(q, a);
            double cosine = dot == 0 ? 0 : dot / (q.norm() * a.norm());
            if (cosine < best.cosine()) {
                continue;
            }
            double cover = dot == 0 ? 0 : dot / (a.norm() * a.norm());
            double g = dice(q.grams(), q.gramCount(), a.grams());
            if (cosine > best.cosine() || g > best.grams()) {
                best = new Nearest(a.text(), cosine, cover, g);
            }
        }
        return best;
    }

    /** The cosine of {@link #nearest}, alone: the best cosine over the fact's alternate questions. */
    public double nearestCosine(String factId, Prepared q, String leaveOut) {
        List<Asked> asked = byFact.get(factId);
        if (asked == null || q.norm() == 0) {
            return 0;
        }
        double best = 0;
        for (Asked a : asked) {
            if (leaveOut != null && a.text().equals(leaveOut)) {
                continue;
            }
            double dot = dot(q, a);
            best = Math.max(best, dot == 0 ? 0 : dot / (q.norm() * a.norm()));
        }
        return best;
    }

    /** The weights the question and an alternate question share, squared and summed. */
    private static double dot(Prepared q, Asked a) {
        return q.dots() != null ? q.dots()[a.slot()] : merged(q, a);
    }

    /** {@link #dot}, as a merge of the two sorted id arrays. */
    static double merged(Prepared q, Asked a) {
        double dot = 0;
        int i = 0;
        int j = 0;
        int[] qt = q.terms();
        int[] at = a.terms();
        while (i < qt.length && j < at.length) {
            int x = qt[i];
            int y = at[j];
            if (x == y) {
                dot += a.weights()[j] * a.weights()[j];
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }

    private static double dice(int[] a, int aSize, int[] b) {
        if (aSize == 0 || b.length == 0) {
            return 0;
        }
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (aSize + b.length);
    }

    /** Whether any fact has alternate questions. */
    public boolean isEmpty() {
        return count == 0;
    }

    /** All the alternate questions of one fact. */
    List<String> of(String factId) {
        return byFact.getOrDefault(factId, List.of()).stream().map(Asked::text).toList();
    }
}
