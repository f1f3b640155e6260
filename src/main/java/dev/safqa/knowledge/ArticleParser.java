package dev.safqa.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns an article as published (page furniture and all) into a headline and numbered paragraphs.
 *
 * <p>Pages carry menus, "close" buttons, "Source:" and "Latest News" lines and often repeat the
 * headline mid-page. A line is a paragraph only if it reads like prose: enough words, or a sentence
 * end. The first short line is the headline; its repeats and the other short lines are furniture.
 */
public final class ArticleParser {
    private ArticleParser() {
    }

    /** Prose has punctuation; a line this long is prose even without any. */
    static final int LONG_LINE_WORDS = 30;
    /** Shorter than this, even a punctuated line is a label ("Source: Reuters."). */
    static final int MIN_PARAGRAPH_WORDS = 6;

    private static final Set<String> FURNITURE = Set.of(
            "menu", "close", "source:", "source", "latest news", "share", "read more", "advertisement",
            "القائمة", "إغلاق", "اغلاق", "المصدر:", "المصدر", "آخر الأخبار", "اخر الاخبار", "أحدث الأخبار",
            "اقرأ أيضا", "اقرأ أيضاً", "شارك", "إعلان");

    public static Article parse(String file, String text) {
        String title = null;
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String line = raw.strip().replace('\u00A0', ' ');
            if (line.isEmpty() || FURNITURE.contains(line.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (line.equals(title)) {
                continue;
            }
            if (isProse(line)) {
                paragraphs.add(new Paragraph(paragraphs.size() + 1, line));
            } else if (title == null && paragraphs.isEmpty()) {
                title = line;
            }
        }
        return new Article(file, title == null ? file : title, paragraphs);
    }

    /** Headlines and buttons carry no sentence punctuation; paragraphs do. */
    private static boolean isProse(String line) {
        int words = line.split("\\s+").length;
        if (words >= LONG_LINE_WORDS) {
            return true;
        }
        return words >= MIN_PARAGRAPH_WORDS && SENTENCE_MARK.matcher(line).find();
    }

    /** A full stop not inside a number (14.8), a comma, or a question or exclamation mark. */
    private static final java.util.regex.Pattern SENTENCE_MARK =
            java.util.regex.Pattern.compile("[،,;؛!?؟]|\\.(?!\\d)");

    /** Sentences of a paragraph, for quoting an article nobody has curated. */
    public static List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        for (String s : paragraph.split("(?<=[.!?؟؛])\\s+")) {
            String t = s.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
