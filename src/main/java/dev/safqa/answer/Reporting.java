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
 * Who a question puts above whom: "who does Zuckerberg report to?" puts Zuckerberg below someone,
 * "who reports to Wang?" puts Wang above someone, "is Droege Wang's boss?" puts Wang below. Reporting
 * runs one way: the fact that Wang reports to Zuckerberg says nothing of whom Zuckerberg reports to,
 * nor of anyone under Wang, and answering those with it is a wrong answer that names the right people.
 * A fact tells the relation with {@code pins: {above: [...], below: [...]}}; the patterns are data
 * (reading.yaml, reporting), each with {P} where the person goes.
 */
final class Reporting {
    enum Side { ABOVE, BELOW }

    static final String ABOVE_PIN = "above";
    static final String BELOW_PIN = "below";

    private record Compiled(Lexicon lexicon, List<Pattern> above, List<Pattern> below, Map<String, String> ids) {
    }

    private static volatile Compiled compiled;

    private Reporting() {
    }

    /** The people a question places in a reporting line, each with its side; empty when it places nobody. */
    static Map<String, Side> sides(String normalized, Lexicon lexicon) {
        Compiled c = compiled(lexicon);
        Map<String, Side> out = new LinkedHashMap<>();
        if (c.ids().isEmpty()) {
            return out;
        }
        place(c.above(), normalized, Side.ABOVE, c.ids(), out);
        place(c.below(), normalized, Side.BELOW, c.ids(), out);
        return out;
    }

    private static void place(List<Pattern> patterns, String text, Side side, Map<String, String> ids, Map<String, Side> out) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String id = ids.get(m.group("p"));
                if (id != null) {
                    out.putIfAbsent(id, side);
                }
            }
        }
    }

    /**
     * Why the fact cannot answer a question that places people in a reporting line, or null: it tells
     * no reporting line, or places one of them on the other side (or not at all).
     */
    static String refusal(Map<String, Side> sides, Fact f) {
        if (sides.isEmpty()) {
            return null;
        }
        List<String> above = f.pins().getOrDefault(ABOVE_PIN, List.of());
        List<String> below = f.pins().getOrDefault(BELOW_PIN, List.of());
        for (Map.Entry<String, Side> e : sides.entrySet()) {
            boolean told = e.getValue() == Side.ABOVE ? above.contains(e.getKey()) : below.contains(e.getKey());
            if (!told) {
                return "does not tell anyone " + (e.getValue() == Side.ABOVE ? "under " : "above ") + e.getKey();
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
        c = new Compiled(lexicon, patterns("above", person), patterns("below", person), ids);
        compiled = c;
        return c;
    }

    private static List<Pattern> patterns(String side, String person) {
        List<Pattern> out = new ArrayList<>();
        ReadingRules.READING.path("reporting").path(side).forEach(n -> out.add(Pattern.compile(
                "(?<![\\p{L}])" + n.asText().replace("{P}", person), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        return out;
    }
}
