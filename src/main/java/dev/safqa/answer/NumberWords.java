package dev.safqa.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English numbers written in words, as digits: "forty-nine percent" is 49%, "half a billion dollars"
 * is 500 million, so a claim in words is checked like one in digits ("is the stake forty-nine
 * percent or fifty-one?"). A word alone below twenty ("two companies", "one of the biggest") is a
 * count or a pronoun, not a figure, unless a unit follows it ("two billion"). A unit cut to its
 * letters and joined to the figure is written in full ("$20b" is "$20 billion"). The words are data
 * ({@code number-words} in {@code reading.yaml}).
 */
final class NumberWords {
    private NumberWords() {
    }

    private static final Map<String, Integer> VALUES = new HashMap<>();
    private static final Pattern RUN;
    private static final Pattern UNIT_AFTER;
    private static final Pattern HALF;
    private static final Pattern ABBREVIATED;
    /**
     * Strings one of which, in lower case, every match of {@link #HALF} or of {@link #RUN} holds in
     * lower case (the number words; "half" as read from its pattern by {@link Rule#cues}), or null
     * when that is not known: the patterns are case-insensitive over every position of the text, and
     * most questions hold none of the words.
     */
    private static final String[] HALF_CUES;
    private static final String[] RUN_CUES;
    private static final Map<String, String> UNITS = new HashMap<>();

    static {
        JsonNode n = ReadingRules.READING.path("number-words");
        n.path("values").fields().forEachRemaining(e -> VALUES.put(e.getKey(), e.getValue().asInt()));
        String word = "(?:" + String.join("|", VALUES.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) + ")";
        RUN = Pattern.compile("\\b" + word + "(?:[- ]" + word + ")*\\b", Pattern.CASE_INSENSITIVE);
        UNIT_AFTER = Pattern.compile(n.path("unit-after").asText(), Pattern.CASE_INSENSITIVE);
        HALF = Pattern.compile(n.path("half").asText(), Pattern.CASE_INSENSITIVE);
        HALF_CUES = lowerCues(Rule.cues(n.path("half").asText()));
        RUN_CUES = lowerCues(VALUES.keySet());
        ABBREVIATED = Pattern.compile(n.path("abbreviated").path("pattern").asText(), Pattern.CASE_INSENSITIVE);
        n.path("abbreviated").path("units").fields().forEachRemaining(e -> UNITS.put(e.getKey(), e.getValue().asText()));
    }

    private static final Set<String> SCALES = Set.of("hundred");

    private static String[] lowerCues(java.util.Collection<String> cues) {
        if (cues == null) {
            return null;
        }
        // a cue that must start a word is looked for anywhere: a weaker test, never a wrong one
        return cues.stream().map(c -> c.startsWith(Rule.WORD_START) ? c.substring(Rule.WORD_START.length()) : c)
                .map(c -> c.toLowerCase(java.util.Locale.ROOT)).distinct().toArray(String[]::new);
    }

    /**
     * False only when the pattern cannot match: the text holds none of its cues, in lower case (the
     * patterns fold ASCII letters only, so a match's cue is there in the lower-cased text) or as written.
     */
    private static boolean mayHold(String text, String lower, String[] cues) {
        if (cues == null) {
            return true;
        }
        for (String c : cues) {
            if (lower.contains(c) || text.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** The text with its numbers in words written in digits; the rest unchanged. */
    static String digits(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // most questions hold no number word nor "half": those patterns are run only on a text that
        // may (RUN_CUES, HALF_CUES); a pattern that cannot match leaves the text as it is
        String original = text;
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        StringBuilder out;
        // "half a billion" is 500 million, "half a million" 500 thousand
        if (mayHold(text, lower, HALF_CUES)) {
            Matcher h = HALF.matcher(text);
            out = new StringBuilder();
            while (h.find()) {
                h.appendReplacement(out, "500 " + (h.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("b") ? "million" : "thousand"));
            }
            h.appendTail(out);
            text = out.toString();
        }
        // "$20b" is "$20 billion": the letter alone is a word nothing knows, which weighs against every fact
        Matcher u = ABBREVIATED.matcher(text);
        out = new StringBuilder();
        while (u.find()) {
            u.appendReplacement(out, " " + UNITS.get(u.group(1).toLowerCase(java.util.Locale.ROOT)));
        }
        u.appendTail(out);
        text = out.toString();
        if (!mayHold(text, text.equals(original) ? lower : text.toLowerCase(java.util.Locale.ROOT), RUN_CUES)) {
            return text;
        }
        Matcher m = RUN.matcher(text);
        out = new StringBuilder();
        while (m.find()) {
            String[] words = m.group().toLowerCase(java.util.Locale.ROOT).split("[- ]+");
            // groups of up to two digits: "forty-nine" is one, "twenty twenty-four" two, said as a year
            List<Long> groups = new ArrayList<>();
            boolean tens = false;
            boolean open = false;       // the last group is a tens word still open to a unit ("forty" + "nine")
            boolean scaled = false;     // the last group ends in "hundred", open to what follows ("two hundred fifty")
            for (String w : words) {
                int v = VALUES.get(w);
                if (SCALES.contains(w)) {
                    int last = groups.size() - 1;
                    if (last < 0) {
                        groups.add((long) v);
                    } else {
                        groups.set(last, groups.get(last) * v);
                    }
                    open = false;
                    scaled = true;
                } else if (scaled) {
                    groups.set(groups.size() - 1, groups.get(groups.size() - 1) + v);
                    open = v >= 20;
                    scaled = false;
                } else if (open && v < 10) {
                    groups.set(groups.size() - 1, groups.get(groups.size() - 1) + v);
                    open = false;
                } else {
                    groups.add((long) v);
                    open = v >= 20;
                }
                tens |= v >= 20;
            }
            long value = groups.get(0);
            if (groups.size() == 2 && groups.get(0) >= 10 && groups.get(0) < 100 && groups.get(1) < 100) {
                value = groups.get(0) * 100 + groups.get(1);      // "twenty twenty-four", "nineteen ninety"
            } else if (groups.size() > 1) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));      // no number we can read
                continue;
            }
            boolean composed = words.length > 1;
            // a word alone below twenty is a figure only before a unit: "two billion", not "two companies"
            boolean figure = composed || tens || UNIT_AFTER.matcher(text.substring(m.end())).lookingAt();
            if (figure) {
                m.appendReplacement(out, Long.toString(value));
            } else {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
            }
        }
        m.appendTail(out);
        return out.toString();
    }
}
