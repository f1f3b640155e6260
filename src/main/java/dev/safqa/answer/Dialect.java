package dev.safqa.answer;

import java.util.Map;

/**
 * Spoken Arabic question words and filler mapped to their standard forms (قديش -> كم, مين -> من,
 * شو -> ما, ليش -> لماذا, اللي -> الذي), so one set of rules reads Levantine, Gulf and Egyptian
 * questions. Works on folded words (see {@code ArabicText.fold}).
 */
final class Dialect {
    private Dialect() {
    }

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("قديش", "كم"), Map.entry("اديش", "كم"), Map.entry("قديه", "كم"), Map.entry("كام", "كم"),
            Map.entry("بكام", "بكم"), Map.entry("بقديش", "بكم"),
            Map.entry("مين", "من"), Map.entry("منو", "من"), Map.entry("مينو", "من"),
            Map.entry("شو", "ما"), Map.entry("ايش", "ما"), Map.entry("شنو", "ما"), Map.entry("شنهو", "ما"),
            Map.entry("ايه", "ما"), Map.entry("وشو", "وما"),
            Map.entry("ليش", "لماذا"), Map.entry("ليه", "لماذا"), Map.entry("علاش", "لماذا"), Map.entry("ليشو", "لماذا"),
            Map.entry("وين", "اين"), Map.entry("فين", "اين"),
            Map.entry("امتي", "متي"), Map.entry("ايمتي", "متي"), Map.entry("متين", "متي"), Map.entry("امته", "متي"),
            Map.entry("اللي", "الذي"), Map.entry("يلي", "الذي"), Map.entry("الليي", "الذي"),
            Map.entry("هلق", "الان"), Map.entry("هلا", "الان"), Map.entry("دلوقتي", "الان"), Map.entry("دحين", "الان"),
            Map.entry("بدي", "اريد"), Map.entry("عايز", "اريد"), Map.entry("عاوز", "اريد"), Map.entry("ابغي", "اريد"),
            Map.entry("كتير", "كثير"), Map.entry("عشان", "لان"), Map.entry("علشان", "لان"), Map.entry("مشان", "لان"),
            Map.entry("هاد", "هذا"), Map.entry("هادا", "هذا"), Map.entry("هيدا", "هذا"), Map.entry("ده", "هذا"),
            Map.entry("دي", "هذه"), Map.entry("هاي", "هذه"), Map.entry("زي", "مثل"),
            Map.entry("رح", ""), Map.entry("راح", ""), Map.entry("حا", ""), Map.entry("بيدفع", "يدفع"),
            Map.entry("دفعتها", "دفعت"), Map.entry("عم", ""), Map.entry("بالزبط", "بالضبط"),
            Map.entry("اخد", "اخذ"), Map.entry("اخدت", "اخذت"), Map.entry("اخدتها", "اخذت"));

    /** Two-word forms, matched before single words. */
    private static final Map<String, String> PHRASES = Map.of(
            "قد ايش", "كم", "قد اي", "كم", "ليش انو", "لماذا", "شو هو", "ما هو", "شو هي", "ما هي",
            "ايش هو", "ما هو", "مين هو", "من هو", "مين هي", "من هي");

    static String phrase(String first, String second) {
        return PHRASES.get(first + " " + second);
    }

    /** The standard form of a folded word, "" for pure filler, or the word itself. */
    static String word(String folded) {
        return WORDS.getOrDefault(folded, folded);
    }
}
