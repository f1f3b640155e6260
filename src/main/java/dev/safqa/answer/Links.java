package dev.safqa.answer;

import java.util.regex.Pattern;

/**
 * Links and e-mail addresses in a message: people paste the story they read beside their question
 * ("how much did Meta pay? https://…"). Safqa opens no link, and a link's words are no names the
 * article fails to mention ("https", "example.com"), so they are dropped before a question is read.
 */
final class Links {
    private Links() {
    }

    /** A web address: a scheme or "www.", or a domain with a path ("reuters.com/technology/…"). */
    private static final Pattern LINK = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)\\S+|\\b[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,}/\\S*");
    private static final Pattern EMAIL = Pattern.compile("(?i)[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    /** The text with each link and e-mail address replaced by a space. */
    static String without(String text) {
        if (text.indexOf('/') < 0 && text.indexOf('@') < 0 && !text.toLowerCase(java.util.Locale.ROOT).contains("www.")) {
            return text;        // most messages have none: no pattern run
        }
        return EMAIL.matcher(LINK.matcher(text).replaceAll(" ")).replaceAll(" ");
    }
}
