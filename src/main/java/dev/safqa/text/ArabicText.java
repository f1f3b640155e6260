package dev.safqa.text;

/**
 * Character-level folding of Arabic (and digits) so that spellings people actually type compare
 * equal: the same folding the index applies, done on plain strings.
 *
 * <p>Lucene's {@code ArabicNormalizer} folds letter forms but leaves the Arabic decimal and
 * thousands separators (٫ ٬) inside numbers, so "١٤٫٨" would never meet "14.8"; this class maps
 * both, and the analyzer runs it as a char filter before tokenizing.
 */
public final class ArabicText {
    private ArabicText() {
    }

    public static final char TATWEEL = '\u0640';
    public static final char DECIMAL_SEPARATOR = '\u066B';
    public static final char THOUSANDS_SEPARATOR = '\u066C';

    /** Digits and separators only: what a figure comparison needs. Keeps letters as typed. */
    public static String foldDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(foldDigit(s.charAt(i)));
        }
        return out.toString();
    }

    static char foldDigit(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (c == DECIMAL_SEPARATOR) {
            return '.';
        }
        if (c == THOUSANDS_SEPARATOR) {
            return ',';
        }
        if (c == '\u066A') {
            return '%';         // the Arabic percent sign ٪
        }
        return c;
    }

    /**
     * Full folding for matching: digits and separators, diacritics and tatweel removed, alef and
     * hamza forms to bare alef, ى to ي, ة to ه, the letters of Persian and Maghrebi spelling to
     * their Arabic ones (گ to ج), Latin lower-cased.
     */
    public static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = foldDigit(s.charAt(i));
            if (isDiacritic(c) || c == TATWEEL) {
                continue;
            }
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> out.append('ا');
                case 'ى' -> out.append('ي');
                case 'ة' -> out.append('ه');
                // letters of the Persian keyboard and of Maghrebi spelling for sounds Arabic letters
                // lack: گ and ڭ are a hard g ("گوگل" is جوجل, as Egypt writes it), ڤ a v; ک and ی are
                // the Persian kaf and yeh typed for ك and ي
                case 'گ', 'ڭ' -> out.append('ج');
                case 'ڤ' -> out.append('ف');
                case 'ک' -> out.append('ك');
                case 'ی' -> out.append('ي');
                default -> out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** Harakat, tanween, shadda, sukun and the superscript alef. */
    public static boolean isDiacritic(char c) {
        return (c >= '\u064B' && c <= '\u0652') || c == '\u0670';
    }

    public static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5';
    }

    public static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    /** True if the string has at least one Arabic letter. */
    public static boolean hasArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isArabicLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
