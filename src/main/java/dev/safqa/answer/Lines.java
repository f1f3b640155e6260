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
    /** @param names the persons' names (the keys of {@code ids}), with their character pairs ({@link Rule.Pairs}) */
    private record Compiled(Lexicon lexicon, Map<String, List<Rule>> places, Map<String, String> ids,
                            String[] names, int[][] namePairs) {
    }

    private static volatile Compiled compiled;

    private Lines() {
    }

    /** The people a question places in a line, each with its place (a pin's name); empty when it places nobody. */
    static Map<String, String> places(String normalized, Lexicon lexicon) {
        Compiled c = compiled(lexicon);
        Map<String, String> out = new LinkedHashMap<>();
        // every line names a person: most questions name none, and then no pattern is scanned
        if (!namesAnyone(c, normalized)) {
            return out;
        }
        c.places().forEach((place, patterns) -> {
            for (Rule p : patterns) {
                Matcher m = p.matcher(normalized);
                while (m.find()) {
                    String id = c.ids().get(m.group("p"));
                    if (id != null) {
                        out.putIfAbsent(id, place);
                    }
                }
            }
        });
        return out;
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
        for (Map.Entry<String, String> e : places.entrySet()) {
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
        Map<String, String> ids = new LinkedHashMap<>();
        for (Term t : lexicon.terms()) {
            if (t.category() == Term.Category.ENTITY && t.isPerson()) {
                for (Language lang : Language.values()) {
                    for (String form : t.forms().getOrDefault(lang, List.of())) {
                        ids.putIfAbsent(ArabicText.fold(form).toLowerCase(Locale.ROOT), t.id());
                    }
                }
            }
        }
        List<String> names = new ArrayList<>(ids.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        String person = "(?<p>" + String.join("|", names.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}])";
        Map<String, List<Rule>> places = new LinkedHashMap<>();
        ReadingRules.READING.path("lines").fields().forEachRemaining(place -> {
            // as Rules: each is tried only when the text holds one of its cues (a verb, a name), not
            // scanned at every position of every question
            List<Rule> out = new ArrayList<>();
            place.getValue().forEach(n -> out.add(Rule.compile(
                    "(?<![\\p{L}])" + n.asText().replace("{P}", person), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            places.put(place.getKey(), out);
        });
        String[] keys = ids.keySet().toArray(new String[0]);
        int[][] keyPairs = new int[keys.length][];
        for (int i = 0; i < keys.length; i++) {
            keyPairs[i] = Rule.Pairs.of(keys[i]);
        }
        c = new Compiled(lexicon, places, ids, keys, keyPairs);
        compiled = c;
        return c;
    }
}
