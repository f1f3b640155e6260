package dev.safqa.text;

/**
 * Tells Arabic from English by counting the words of each script.
 *
 * <p>Names cross scripts in both directions ("كم استثمرت ميتا في Scale AI؟", "Alexandr Wang كم
 * عمره؟", "How much did ميتا pay?"), so the majority of words decides, not the first one or the
 * letters (a long Latin name outweighs a short Arabic question). A capitalised Latin word is most
 * likely a name and counts half; a tie goes to Arabic, whose questions carry more Latin names than
 * the other way round.
 */
public final class LanguageDetector {
    private LanguageDetector() {
    }

    public static Language detect(String text) {
        double arabic = 0;
        double latin = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (ArabicText.isArabicLetter(c)) {
                arabic++;
                while (i < text.length() && (ArabicText.isArabicLetter(text.charAt(i)) || ArabicText.isDiacritic(text.charAt(i)))) {
                    i++;
                }
            } else if (ArabicText.isLatinLetter(c)) {
                latin += Character.isUpperCase(c) ? 0.5 : 1;
                while (i < text.length() && ArabicText.isLatinLetter(text.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
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
