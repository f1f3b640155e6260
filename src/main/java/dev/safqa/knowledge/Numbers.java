package dev.safqa.knowledge;

import dev.safqa.text.ArabicText;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a text states, as canonical decimal strings ("14.8", "49", "2"): what the "no figure
 * without a source" rule compares.
 *
 * <p>Digits in any script count, "1,000" is one thousand, and Arabic dual number words count as the
 * number they mean: "ملياري دولار" states 2 (billion), as "$2 billion" does.
 */
public final class Numbers {
    private Numbers() {
    }

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:,\\d{3})*(?:\\.\\d+)?");

    /** Dual forms, after {@link ArabicText#fold}: "two billion", "two million", "two thousand". */
    private static final Map<String, String> DUAL_WORDS = Map.of(
            "مليارا", "2", "مليارين", "2", "ملياري", "2",
            "مليونا", "2", "مليوني", "2", "مليونين", "2",
            "الفي", "2", "الفين", "2");

    public static Set<String> in(String text) {
        String folded = ArabicText.fold(text);
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(folded);
        while (m.find()) {
            out.add(canonical(m.group()));
        }
        for (String word : NON_LETTERS.split(folded)) {
            String w = stripProclitic(word);
            String n = DUAL_WORDS.get(w);
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    /** "1,000" -> "1000", "14.80" -> "14.8", "007" -> "7". */
    public static String canonical(String number) {
        String plain = ArabicText.foldDigits(number).replace(",", "");
        try {
            return new BigDecimal(plain).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return plain;
        }
    }

    private static String stripProclitic(String w) {
        // "بملياري" / "وملياري": one conjunction or preposition letter may precede the number word
        if (w.length() > 5 && "وبلفك".indexOf(w.charAt(0)) >= 0) {
            String rest = w.substring(1);
            if (DUAL_WORDS.containsKey(rest)) {
                return rest;
            }
        }
        return w;
    }
}
