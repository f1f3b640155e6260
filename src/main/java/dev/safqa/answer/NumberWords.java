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
 * Numbers written in words, English and Arabic, as digits: "forty-nine percent" is 49%, "half a billion dollars"
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

    /** Arabic number words, folded (reading.yaml, number-words.arabic). */
    private static final Map<String, Integer> AR_UNITS = new HashMap<>();
    private static final Map<String, Integer> AR_TEENS = new HashMap<>();
    private static final Map<String, Integer> AR_TENS = new HashMap<>();
    private static final Map<String, Integer> AR_HUNDREDS = new HashMap<>();
    private static final Map<String, String> AR_DUAL = new HashMap<>();
    private static final Set<String> AR_TEEN = new java.util.HashSet<>();
    private static final Set<String> AR_POINT = new java.util.HashSet<>();
    private static final Pattern AR_UNIT_AFTER;
    /** A word of Arabic letters and their marks. */
    private static final Pattern AR_WORD = Pattern.compile("[\\p{IsArabic}&&\\p{L}](?:[\\p{IsArabic}&&\\p{L}]|\\p{Mn})*");
    /** What may be joined before a number's first word: "وتسعة", "بخمسة وستين مليار". */
    private static final List<String> AR_PREFIXES = List.of("وب", "و", "ب", "ل", "ف");

    static {
        JsonNode a = ReadingRules.READING.path("number-words").path("arabic");
        a.path("units").fields().forEachRemaining(e -> AR_UNITS.put(e.getKey(), e.getValue().asInt()));
        a.path("teens").fields().forEachRemaining(e -> AR_TEENS.put(e.getKey(), e.getValue().asInt()));
        a.path("tens").fields().forEachRemaining(e -> AR_TENS.put(e.getKey(), e.getValue().asInt()));
        a.path("hundreds").fields().forEachRemaining(e -> AR_HUNDREDS.put(e.getKey(), e.getValue().asInt()));
        a.path("dual").fields().forEachRemaining(e -> AR_DUAL.put(e.getKey(), e.getValue().asText()));
        a.path("teen").forEach(w -> AR_TEEN.add(w.asText()));
        a.path("point").forEach(w -> AR_POINT.add(w.asText()));
        AR_UNIT_AFTER = Pattern.compile(a.path("unit-after").asText());
        if (AR_UNITS.isEmpty() || AR_TENS.isEmpty() || AR_HUNDREDS.isEmpty()) {
            throw new IllegalStateException("reading.yaml: number-words.arabic lacks its units, tens or hundreds");
        }
    }

    private static boolean arabicNumberWord(String folded) {
        return AR_UNITS.containsKey(folded) || AR_TEENS.containsKey(folded) || AR_TENS.containsKey(folded)
                || AR_HUNDREDS.containsKey(folded) || AR_DUAL.containsKey(folded);
    }

    /**
     * Arabic numbers in words, as digits: "هل الحصة تسعة وأربعون بالمئة؟" claims 49%, "أربعة عشر فاصل
     * ثمانية مليار" is 14.8 billion, "ملياري دولار" two billion dollars. The words are the parts of one
     * number joined by و (hundreds, a unit or a teen, tens: at most one of each), a decimal after
     * فاصل. A part alone below twenty, or a hundred alone, is a figure only before a unit of measure
     * ("سبع سنين", not "ست" a lady or "واحد من" one of).
     */
    static String arabic(String text) {
        if (text.chars().noneMatch(c -> c >= 0x0600 && c <= 0x06FF)) {
            return text;
        }
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = AR_WORD.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            words.add(dev.safqa.text.ArabicText.fold(m.group()));
        }
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int i = 0; i < words.size(); i++) {
            String prefix = "";
            String first = words.get(i);
            if (!arabicNumberWord(first)) {
                for (String p : AR_PREFIXES) {
                    if (first.startsWith(p) && arabicNumberWord(first.substring(p.length()))) {
                        prefix = p;
                        first = first.substring(p.length());
                        break;
                    }
                }
            }
            if (!arabicNumberWord(first)) {
                continue;
            }
            String value;
            int end = i + 1;                    // the first word after the number
            boolean figure;
            if (AR_DUAL.containsKey(first)) {
                value = AR_DUAL.get(first);
                figure = true;
            } else {
                int hundreds = -1;
                int unit = -1;
                int tens = -1;
                boolean teen = false;
                int parts = 0;
                for (int j = i; j < words.size(); j++) {
                    String w = j == i ? first : words.get(j);
                    if (j > i) {
                        if (!w.startsWith("و") || w.length() < 2) {
                            break;
                        }
                        w = w.substring(1);
                    }
                    if (AR_HUNDREDS.containsKey(w) && hundreds < 0) {
                        hundreds = AR_HUNDREDS.get(w);
                    } else if (AR_TENS.containsKey(w) && tens < 0 && !teen) {
                        tens = AR_TENS.get(w);
                    } else if (AR_TEENS.containsKey(w) && unit < 0 && tens < 0) {
                        unit = AR_TEENS.get(w);
                        teen = true;
                    } else if (AR_UNITS.containsKey(w) && unit < 0) {
                        unit = AR_UNITS.get(w);
                        // "أربعة عشر": a unit then عشر is a teen
                        if (unit < 10 && j + 1 < words.size() && AR_TEEN.contains(words.get(j + 1)) && tens < 0) {
                            unit += 10;
                            teen = true;
                            j++;
                            parts++;
                        }
                    } else {
                        break;
                    }
                    parts++;
                    end = j + 1;
                }
                long whole = Math.max(0, hundreds) + Math.max(0, unit) + Math.max(0, tens);
                value = Long.toString(whole);
                // "أربعة عشر فاصل ثمانية": the decimal is one unit after فاصل
                if (end < words.size() && AR_POINT.contains(words.get(end))) {
                    if (end + 1 >= words.size() || AR_UNITS.getOrDefault(words.get(end + 1), 10) >= 10) {
                        continue;       // "أربعة عشر فاصل كم؟": the figure is asked, not given
                    }
                    value += "." + AR_UNITS.get(words.get(end + 1));
                    end += 2;
                    parts++;
                }
                figure = parts > 1 || teen || tens > 0 && hundreds < 0 && unit < 0;
            }
            int after = spans.get(end - 1)[1];
            if (!figure && !AR_UNIT_AFTER.matcher(dev.safqa.text.ArabicText.fold(text.substring(after))).lookingAt()) {
                continue;
            }
            out.append(text, copied, spans.get(i)[0]).append(prefix).append(value);
            copied = after;
            i = end - 1;
        }
        // "أربعتاشر مليار وتمنمية مليون": a billion and millions are one sum, 14.8 billion
        Matcher sum = AR_BILLION_AND_MILLIONS.matcher(out.append(text.substring(copied)));
        StringBuilder summed = new StringBuilder();
        while (sum.find()) {
            java.math.BigDecimal b = new java.math.BigDecimal(sum.group(1)).add(new java.math.BigDecimal(sum.group(3)).movePointLeft(3));
            sum.appendReplacement(summed, b.stripTrailingZeros().toPlainString() + " " + sum.group(2));
        }
        return sum.appendTail(summed).toString();
    }

    /** "14 مليار و800 مليون", as the words above leave it (the scales as written, the ة folded or not). */
    private static final Pattern AR_BILLION_AND_MILLIONS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(مليار)\\s+و\\s*(\\d{1,3})\\s*مليون");

    /** The text with its numbers in words written in digits; the rest unchanged. */
    static String digits(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        text = arabic(text);
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
