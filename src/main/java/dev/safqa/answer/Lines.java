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
                            Map<String, List<Rule>> companyPlaces, Map<String, String> companies,
                            String[] names, int[][] namePairs) {
    }

    private static volatile Compiled compiled;

    private Lines() {
    }

    /** The people a question places in a line, each with its place (a pin's name); empty when it places nobody. */
    static Map<String, String> places(String normalized, Lexicon lexicon) {
        Compiled c = compiled(lexicon);
        Map<String, String> out = new LinkedHashMap<>();
        // a payment runs one way too ({C}: a company): "how much did Scale AI pay Meta?" puts Scale
        // where the payer goes, and Meta's payment to Scale does not answer it. Each pattern is tried
        // only when the text holds its verb (Rule's cues)
        find(normalized, c.companyPlaces(), c.companies(), out);
        // every other line names a person: most questions name none, and then no pattern is scanned
        if (!namesAnyone(c, normalized)) {
            return out;
        }
        find(normalized, c.places(), c.ids(), out);
        return out;
    }

    private static void find(String normalized, Map<String, List<Rule>> places, Map<String, String> ids, Map<String, String> out) {
        places.forEach((place, patterns) -> {
            for (Rule p : patterns) {
                Matcher m = p.matcher(normalized);
                while (m.find()) {
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
        String person = alternation(ids);
        String company = alternation(companies);
        Map<String, List<Rule>> places = new LinkedHashMap<>();
        Map<String, List<Rule>> companyPlaces = new LinkedHashMap<>();
        ReadingRules.READING.path("lines").fields().forEachRemaining(place -> {
            // as Rules: each is tried only when the text holds one of its cues (a verb, a name), not
            // scanned at every position of every question
            List<Rule> out = new ArrayList<>();
            List<Rule> ofCompanies = new ArrayList<>();
            place.getValue().forEach(n -> (n.asText().contains("{C}") ? ofCompanies : out).add(Rule.compile(
                    "(?<![\\p{L}])" + n.asText().replace("{P}", person).replace("{C}", company),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            if (!out.isEmpty()) {
                places.put(place.getKey(), out);
            }
            if (!ofCompanies.isEmpty()) {
                companyPlaces.put(place.getKey(), ofCompanies);
            }
        });
        String[] keys = ids.keySet().toArray(new String[0]);
        int[][] keyPairs = new int[keys.length][];
        for (int i = 0; i < keys.length; i++) {
            keyPairs[i] = Rule.Pairs.of(keys[i]);
        }
        c = new Compiled(lexicon, places, ids, companyPlaces, companies, keys, keyPairs);
        compiled = c;
        return c;
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
        return "(?<p>" + String.join("|", names.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}])";
    }
}
