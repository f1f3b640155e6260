package dev.safqa.text;

/**
 * Tells Arabic from English by counting letters of each script.
 *
 * <p>Names cross scripts in both directions ("كم استثمرت ميتا في Scale AI؟", "How much did ميتا
 * pay?"), so the majority of letters decides, not the first word; a tie goes to Arabic, whose
 * questions carry more Latin names than the other way round.
 */
public final class LanguageDetector {
    private LanguageDetector() {
    }

    public static Language detect(String text) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ArabicText.isArabicLetter(c)) {
                arabic++;
            } else if (ArabicText.isLatinLetter(c)) {
                latin++;
            }
        }
        if (arabic == 0 && latin == 0) {
            return Language.AR;
        }
        return arabic >= latin ? Language.AR : Language.EN;
    }

    /** As {@link #detect}, but empty when the text has no letters at all (emoji, digits only). */
    public static java.util.Optional<Language> detectLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ArabicText.isArabicLetter(c) || ArabicText.isLatinLetter(c)) {
                return java.util.Optional.of(detect(text));
            }
        }
        return java.util.Optional.empty();
    }
}
