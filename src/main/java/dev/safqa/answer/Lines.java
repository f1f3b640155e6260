package dev.safqa.answer;

import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Lexicon;
import dev.safqa.knowledge.Term;
import dev.safqa.text.ArabicText;
import dev.safqa.text.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a question puts a person in a line that runs one way: a reporting line ("who does Zuckerberg
 * report to?" puts Zuckerberg below someone, "who reports to Wang?" puts Wang above someone) or a
 * succession ("who replaced Droege?" puts Droege first in a post, "who ran Scale before Wang?" puts
 * Wang after someone). The fact that Wang reports to Zuckerberg says nothing of whom Zuckerberg
 * reports to, nor Droege succeeding Wang of who succeeds Droege: answering those with it is a wrong
 * answer that names the right people. A fact tells its line with pins named as the places
 * ({@code pins: {above: [zuckerberg], below: [wang]}}); the patterns are data (reading.yaml, lines:
 * a list per place, each with {P} where the person goes).
 */
final class Lines {
    /**
     * @param names     the persons' names (the keys of {@code ids}), with their character pairs ({@link Rule.Pairs})
     * @param templates each place's patterns as reading.yaml writes them, {P} and {C} unfilled
     * @param named     the patterns with {P} and {C} filled with only the names a text may hold, by which ({@link #some})
     */
    private record Compiled(Lexicon lexicon, Map<String, List<Rule>> places, Map<String, String> ids,
                            Map<String, List<Rule>> companyPlaces, Map<String, String> companies,
                            String[] names, int[][] namePairs, Map<String, List<String>> templates,
                            Alternation persons, Alternation companyNames,
                            java.util.concurrent.ConcurrentHashMap<String, Named> named) {
    }

    /** The places' patterns filled with some of the names. */
    private record Named(Map<String, List<Rule>> places, Map<String, List<Rule>> companyPlaces) {
    }

    /** The most sets of names kept compiled; beyond, a text meets the patterns with every name, as before. */
    private static final int MAX_NAMED = 256;

    private static volatile Compiled compiled;

    private Lines() {
    }

    /** The people a question places in a line, each with its place (a pin's name); empty when it places nobody. */
    static Map<String, String> places(String normalized, Lexicon lexicon) {
        Compiled c = compiled(lexicon);
        Named n = some(c, normalized);
        Map<String, String> out = new LinkedHashMap<>();
        // a payment runs one way too ({C}: a company): "how much did Scale AI pay Meta?" puts Scale
        // where the payer goes, and Meta's payment to Scale does not answer it. Each pattern is tried
        // only when the text holds its verb (Rule's cues)
        find(normalized, n.companyPlaces(), c.companies(), out);
        // every other line names a person: most questions name none, and then no pattern is scanned
        if (!namesAnyone(c, normalized)) {
            return out;
        }
        find(normalized, n.places(), c.ids(), out);
        return out;
    }

    /** {@link #places} with the patterns holding every name, as they did before {@link #some}: for its tests. */
    static Map<String, String> placesWithEveryName(String normalized, Lexicon lexicon) {
        Compiled c = compiled(lexicon);
        Map<String, String> out = new LinkedHashMap<>();
        find(normalized, c.companyPlaces(), c.companies(), out);
        if (namesAnyone(c, normalized)) {
            find(normalized, c.places(), c.ids(), out);
        }
        return out;
    }

    /**
     * The patterns with {P} and {C} holding only the names the text may hold: each pattern starts its
     * match at every position with an alternation of every form of every person (or company) the
     * lexicon knows, though a question names one or two. A name the text cannot hold matches nowhere,
     * and the others keep their order, so the filled patterns find exactly what the full ones find.
     */
    private static Named some(Compiled c, String text) {
        PairSet pairs = caselessPairs(text);
        if (pairs == null) {
            return new Named(c.places(), c.companyPlaces());
        }
        boolean[] persons = c.persons().mayHold(pairs);
        boolean[] companies = c.companyNames().mayHold(pairs);
        String key = key(persons) + "|" + key(companies);
        Named n = c.named().get(key);
        if (n == null) {
            if (c.named().size() >= MAX_NAMED) {
                return new Named(c.places(), c.companyPlaces());
            }
            n = c.named().computeIfAbsent(key, k -> fill(c.templates(), c.persons().of(persons), c.companyNames().of(companies)));
        }
        return n;
    }

    private static String key(boolean[] held) {
        StringBuilder sb = new StringBuilder(held.length);
        for (boolean h : held) {
            sb.append(h ? '1' : '0');
        }
        return sb.toString();
    }

    /**
     * The pairs of characters a text holds, each character also as the patterns' case-insensitive
     * match compares it ({@code toLowerCase(toUpperCase(c))}, as {@link Pattern#UNICODE_CASE} does):
     * a name matches at a place only where each pair of its own, folded so, is one of these. Null for a
     * text with a surrogate (compared by code point): no name is ruled out.
     */
    private static PairSet caselessPairs(String text) {
        PairSet out = new PairSet(text.length() * 4);
        for (int i = 0; i + 1 < text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (Character.isSurrogate(a) || Character.isSurrogate(b)) {
                return null;
            }
            char fa = (char) Character.toLowerCase(Character.toUpperCase((int) a));
            char fb = (char) Character.toLowerCase(Character.toUpperCase((int) b));
            out.add(pair(a, b));
            out.add(pair(fa, b));
            out.add(pair(a, fb));
            out.add(pair(fa, fb));
        }
        return out;
    }

    private static long pair(char a, char b) {
        return (long) a << 16 | b;
    }

    /**
     * A set of pairs ({@link #pair}: never negative) in one open-addressed table of longs: the same
     * answers as a {@code HashSet<Long>}, without a boxed Long and a node per pair of a question's
     * characters (four per character).
     */
    static final class PairSet {
        private static final long EMPTY = -1L;
        private final long[] table;
        private final int mask;

        PairSet(int expected) {
            int size = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
            table = new long[size];
            java.util.Arrays.fill(table, EMPTY);
            mask = size - 1;
        }

        private static int slot(long p) {
            long h = p * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 32);
        }

        void add(long p) {
            int i = slot(p) & mask;
            while (table[i] != EMPTY) {
                if (table[i] == p) {
                    return;
                }
                i = i + 1 & mask;
            }
            table[i] = p;
        }

        boolean contains(long p) {
            int i = slot(p) & mask;
            while (table[i] != EMPTY) {
                if (table[i] == p) {
                    return true;
                }
                i = i + 1 & mask;
            }
            return false;
        }
    }

    /**
     * The names of one alternation, longest first as it lists them, each with the pairs of its
     * characters folded as the case-insensitive match folds them.
     */
    private record Alternation(List<String> names, long[][] folded) {
        static Alternation of(Map<String, String> ids) {
            List<String> names = new ArrayList<>(ids.keySet());
            names.sort(Comparator.comparingInt(String::length).reversed());
            long[][] folded = new long[names.size()][];
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i);
                boolean bmp = n.chars().noneMatch(ch -> Character.isSurrogate((char) ch));
                // a name of one character, or with a surrogate, is never ruled out (null: always held)
                if (bmp && n.length() > 1) {
                    folded[i] = new long[n.length() - 1];
                    for (int j = 0; j + 1 < n.length(); j++) {
                        folded[i][j] = pair((char) Character.toLowerCase(Character.toUpperCase((int) n.charAt(j))),
                                (char) Character.toLowerCase(Character.toUpperCase((int) n.charAt(j + 1))));
                    }
                }
            }
            return new Alternation(List.copyOf(names), folded);
        }

        boolean[] mayHold(PairSet pairs) {
            boolean[] out = new boolean[names.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = true;
                if (folded[i] != null) {
                    for (long p : folded[i]) {
                        if (!pairs.contains(p)) {
                            out[i] = false;
                            break;
                        }
                    }
                }
            }
            return out;
        }

        /** The alternation of the names held, in their order; one that matches nothing when none is. */
        String of(boolean[] held) {
            List<String> some = new ArrayList<>();
            for (int i = 0; i < held.length; i++) {
                if (held[i]) {
                    some.add(names.get(i));
                }
            }
            return some.isEmpty() ? "(?<p>(?!))(?![\\p{L}])" : group(some);
        }
    }

    private static void find(String normalized, Map<String, List<Rule>> places, Map<String, String> ids, Map<String, String> out) {
        places.forEach((place, patterns) -> {
            for (Rule p : patterns) {
                Matcher m = p.matcherIfAny(normalized);
                while (m != null && m.find()) {
                    String id = ids.get(m.group("p"));
                    if (id != null) {
                        out.putIfAbsent(id, place);
                    }
                }
            }
        });
    }

    /** Whether the text holds one of the persons' names: a name is looked for only where all its character pairs are. */
    private static boolean namesAnyone(Compiled c, String normalized) {
        long[] pairs = Rule.Pairs.in(normalized);
        for (int i = 0; i < c.names().length; i++) {
            if ((pairs == null || Rule.Pairs.has(pairs, c.namePairs()[i])) && normalized.contains(c.names()[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why the fact cannot answer a question that places people in a line, or null: it does not put
     * each of them in the place the question does (it tells no such line, or the other way round).
     */
    static String refusal(Map<String, String> places, Fact f) {
        Compiled c = compiled;
        for (Map.Entry<String, String> e : places.entrySet()) {
            // a payment judges only the facts that tell one: "why did Meta invest in Scale?" is still
            // answered by the move's motive, which pins no payer
            if (c != null && c.companyPlaces().containsKey(e.getValue())
                    && c.companyPlaces().keySet().stream().noneMatch(f.pins()::containsKey)) {
                continue;
            }
            if (!f.pins().getOrDefault(e.getValue(), List.of()).contains(e.getKey())) {
                return "does not put " + e.getKey() + " where the question does (" + e.getValue() + ")";
            }
        }
        return null;
    }

    private static Compiled compiled(Lexicon lexicon) {
        Compiled c = compiled;
        if (c != null && c.lexicon() == lexicon) {
            return c;
        }
        Map<String, String> ids = forms(lexicon, "person");
        Map<String, String> companies = forms(lexicon, "company");
        Map<String, List<String>> templates = new LinkedHashMap<>();
        ReadingRules.READING.path("lines").fields().forEachRemaining(place -> {
            List<String> out = new ArrayList<>();
            place.getValue().forEach(n -> out.add(n.asText()));
            templates.put(place.getKey(), List.copyOf(out));
        });
        Named all = fill(templates, alternation(ids), alternation(companies));
        String[] keys = ids.keySet().toArray(new String[0]);
        int[][] keyPairs = new int[keys.length][];
        for (int i = 0; i < keys.length; i++) {
            keyPairs[i] = Rule.Pairs.of(keys[i]);
        }
        c = new Compiled(lexicon, all.places(), ids, all.companyPlaces(), companies, keys, keyPairs, templates,
                Alternation.of(ids), Alternation.of(companies), new java.util.concurrent.ConcurrentHashMap<>());
        compiled = c;
        return c;
    }

    /** Each place's patterns with {P} and {C} filled with these alternations of names. */
    private static Named fill(Map<String, List<String>> templates, String person, String company) {
        Map<String, List<Rule>> places = new LinkedHashMap<>();
        Map<String, List<Rule>> companyPlaces = new LinkedHashMap<>();
        templates.forEach((place, patterns) -> {
            // as Rules: each is tried only when the text holds one of its cues (a verb, a name), not
            // scanned at every position of every question
            List<Rule> out = new ArrayList<>();
            List<Rule> ofCompanies = new ArrayList<>();
            patterns.forEach(n -> (n.contains("{C}") ? ofCompanies : out).add(Rule.compile(
                    "(?<![\\p{L}])" + n.replace("{P}", person).replace("{C}", company),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            if (!out.isEmpty()) {
                places.put(place, out);
            }
            if (!ofCompanies.isEmpty()) {
                companyPlaces.put(place, ofCompanies);
            }
        });
        return new Named(places, companyPlaces);
    }

    /** Every form of the lexicon's entities of a type, folded, each to its entity's id. */
    private static Map<String, String> forms(Lexicon lexicon, String type) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Term t : lexicon.terms()) {
            if (t.category() == Term.Category.ENTITY && type.equals(t.type())) {
                for (Language lang : Language.values()) {
                    for (String form : t.forms().getOrDefault(lang, List.of())) {
                        ids.putIfAbsent(ArabicText.fold(form).toLowerCase(Locale.ROOT), t.id());
                    }
                }
            }
        }
        return ids;
    }

    /** The forms as one named group p, longest first, ending a word. */
    private static String alternation(Map<String, String> ids) {
        List<String> names = new ArrayList<>(ids.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        return group(names);
    }

    private static String group(List<String> names) {
        return "(?<p>" + String.join("|", names.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}])";
    }
}
