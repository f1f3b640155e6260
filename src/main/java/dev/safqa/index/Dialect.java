package dev.safqa.index;

import dev.safqa.text.ArabicText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Spoken Arabic question words and filler mapped to their standard forms (قديش -> كم, مين -> من,
 * شو -> ما, ليش -> لماذا, علاش -> لماذا, اللي -> الذي), so one set of rules reads Levantine, Gulf,
 * Egyptian and Maghrebi questions. The table is {@code dialect-ar.txt}, beside this class.
 */
public final class Dialect {
    private Dialect() {
    }

    private static final Map<String, String> WORDS = new HashMap<>();
    private static final Map<String, String> PHRASES = new HashMap<>();
    /** The standard forms the table maps to ({@link #knows}: a set, not a walk over the table per word). */
    private static final java.util.Set<String> STANDARD;

    static {
        try (InputStream in = Dialect.class.getResourceAsStream("dialect-ar.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int eq = line.indexOf('=');
                if (line.isBlank() || line.startsWith("#") || eq < 0) {
                    continue;
                }
                String from = ArabicText.fold(line.substring(0, eq).strip());
                String to = ArabicText.fold(line.substring(eq + 1).strip());
                (from.contains(" ") ? PHRASES : WORDS).put(from, to);
            }
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException("dialect-ar.txt is part of the jar", e instanceof IOException io ? io : new IOException(e));
        }
        STANDARD = java.util.Set.copyOf(WORDS.values());
    }

    /** Whether a folded word is a spoken form the table reads, or the standard form it reads it as. */
    public static boolean knows(String folded) {
        return WORDS.containsKey(folded) || folded != null && (STANDARD.contains(folded) || withObject(folded) != null);
    }

    /** The object suffixes a spoken verb takes: them (not ـه nor ـها: "sabha", سابها, read as تركها is a person leaving, not the customer that left the company). */
    private static final java.util.List<String> OBJECT_SUFFIXES = java.util.List.of("هما", "هم");

    /**
     * A spoken verb of the table with an object suffix, read as its standard form with the suffix:
     * "سابتهم" (she left them) is "تركتهم", as "سابت" is "تركت"; null when it is none.
     */
    private static String withObject(String folded) {
        for (String suffix : OBJECT_SUFFIXES) {
            if (folded.length() >= suffix.length() + 3 && folded.endsWith(suffix)) {
                String standard = WORDS.get(folded.substring(0, folded.length() - suffix.length()));
                if (standard != null && !standard.isEmpty() && !standard.contains(" ")) {
                    return standard + suffix;
                }
            }
        }
        return null;
    }

    /** Words in either script, numbers with their decimals, and the two symbols that carry meaning. */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile(
            "[\\p{IsArabic}&&\\p{L}]+|\\p{IsLatin}+(?:['’]\\p{IsLatin}+)?|\\d+(?:[.,]\\d+)*|[%$]");

    /**
     * The words of folded text with spoken forms mapped to standard ones; pure filler dropped.
     * Questions and alternate questions are both read this way, so that they compare.
     */
    public static java.util.List<String> words(String folded) {
        java.util.List<String> raw = new java.util.ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(folded);
        while (m.find()) {
            raw.add(m.group());
        }
        java.util.List<String> out = new java.util.ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String phrase = i + 1 < raw.size() ? phrase(raw.get(i), raw.get(i + 1)) : null;
            if (phrase != null) {
                out.add(phrase);
                i++;
                continue;
            }
            // a marker of the future or the progressive between the two ("شنو غادي يدير وانغ؟", "شو رح
            // يسوي"): the phrase is read across it, the marker being filler
            String across = i + 2 < raw.size() && "".equals(WORDS.get(raw.get(i + 1))) ? phrase(raw.get(i), raw.get(i + 2)) : null;
            if (across != null) {
                out.add(across);
                i += 2;
                continue;
            }
            String next = i + 1 < raw.size() ? raw.get(i + 1) : "";
            // Gulf and Iraqi progressive in the feminine: "الشركات قاعدة تترك سكيل" (are leaving): only
            // before a verb in the present; alone قاعدة is a base, a rule
            if (PROGRESSIVE.contains(raw.get(i)) && PRESENT_VERB.matcher(next).matches()) {
                continue;
            }
            // the article glued to a figure ("بالـ200 مليون", "الـ49%"): the figure is what is named,
            // ال before it no word of its own
            if (ARTICLE_ONLY.matcher(raw.get(i)).matches() && !next.isEmpty() && Character.isDigit(next.charAt(0))) {
                String proclitic = raw.get(i).substring(0, raw.get(i).length() - 2);
                if (!proclitic.isEmpty() && !proclitic.equals("ل")) {
                    out.add(proclitic);
                }
                continue;
            }
            String w = word(raw.get(i));
            if (w.startsWith("هال") && w.length() > 5) {
                out.add("هذه");      // Levantine هالسنة = هذه السنة
                w = "ال" + w.substring(3);
            } else if (w.length() > 6 && "بلوف".indexOf(w.charAt(0)) >= 0 && w.startsWith("هال", 1)) {
                out.add("هذه");      // with a proclitic: بهالقصة = في هذه القصة, لهالشركة = لهذه الشركة
                w = "ال" + w.substring(4);
            }
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The feminine progressive, folded (قاعدة); the masculine and plural forms are filler in the table. */
    private static final java.util.Set<String> PROGRESSIVE = java.util.Set.of("قاعده", "قاعدات");
    /** A verb in the present: its prefix (ي ت ن, with the spoken ب or ك before it), then at least two letters. */
    private static final java.util.regex.Pattern PRESENT_VERB = java.util.regex.Pattern.compile("[بك]?[يتن]\\p{L}{2,}");
    /** The article alone, with a proclitic at most: what is left of "بالـ200" once the figure is apart. */
    private static final java.util.regex.Pattern ARTICLE_ONLY = java.util.regex.Pattern.compile("[وبفكل]{0,2}ال|لل|ولل");

    /** The standard form of two folded words read as one ("قد ايش" -> "كم"), or null. */
    static String phrase(String first, String second) {
        String standard = PHRASES.get(first + " " + second);
        if (standard == null && first.length() > 2 && first.charAt(0) == 'و') {
            // "and" glued to the phrase's first word: "وشنو راح يسوي؟" is "و" + "ما يعمل", as ومين is "و" + "من"
            String rest = PHRASES.get(first.substring(1) + " " + second);
            return rest != null && !rest.isEmpty() ? "و" + rest : null;
        }
        return standard;
    }

    /** The standard form of a folded word, "" for pure filler, or the word itself. */
    static String word(String folded) {
        String standard = WORDS.get(folded);
        if (standard != null) {
            return standard;
        }
        // "and" glued to a spoken word: ومين -> ومن, وامتى -> ومتى, وليش -> ولماذا
        if (folded.length() > 2 && folded.charAt(0) == 'و') {
            String rest = WORDS.get(folded.substring(1));
            if (rest != null && !rest.isEmpty() && !rest.contains(" ")) {
                return "و" + rest;
            }
        }
        String withObject = withObject(folded);
        return withObject != null ? withObject : folded;
    }
}
