package dev.safqa.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps mixed Arabic and Latin text readable in right-to-left chat bubbles: each run of Latin words
 * and figures inside Arabic text is wrapped in a first-strong isolate (U+2068 ... U+2069), so
 * "Scale AI" and "14.8 مليار" do not get their pieces reordered by the bidi algorithm.
 */
public final class Bidi {
    private Bidi() {
    }

    private static final char FSI = '\u2068';
    private static final char PDI = '\u2069';
    /**
     * A run of Latin words, digits and the punctuation between them ("Scale AI", "14.8", "49%", "Llama 4"),
     * a command or a handle with its slash or at sign ("/source 3", "@Safqa"): an isolate never lands
     * between the slash and the command's name, where it would stop being a command.
     */
    private static final Pattern LTR_RUN = Pattern.compile(
            "[/@]?[\\p{IsLatin}\\d$][\\p{IsLatin}\\d$%.,'’:/\\-]*(?:\\s+[\\p{IsLatin}\\d$][\\p{IsLatin}\\d$%.,'’:/\\-]*)*");
    /** Sentence punctuation after a run belongs to the Arabic sentence, outside the isolate. */
    private static final Pattern TRAILING = Pattern.compile("[.,:]+$");

    /** Isolates the left-to-right runs of an Arabic text; other text is returned as it is. */
    public static String isolate(String text) {
        if (text == null || !ArabicText.hasArabic(text)) {
            return text;
        }
        Matcher m = LTR_RUN.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            String run = m.group();
            Matcher t = TRAILING.matcher(run);
            String tail = t.find() ? t.group() : "";
            run = run.substring(0, run.length() - tail.length());
            m.appendReplacement(out, Matcher.quoteReplacement(FSI + run + PDI + tail));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Removes the isolates again (for comparing text in tests and logs). */
    public static String strip(String text) {
        return text.replace(String.valueOf(FSI), "").replace(String.valueOf(PDI), "");
    }
}
