package dev.safqa.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Slack's text conventions, both ways: mrkdwn going out, Slack's markup coming in. */
final class SlackText {
    private SlackText() {
    }

    /** {@code <@U123>}, {@code <#C123|general>}, {@code <https://x|label>}, {@code <!here>}. */
    private static final Pattern MARKUP = Pattern.compile("<([@#!]?)([^<>|]*)(?:\\|([^<>]*))?>");

    /**
     * Escapes the three characters mrkdwn gives a meaning to, so article text and echoed questions
     * can never form a link, a mention or an {@code @channel}.
     */
    static String escape(String text) {
        // & first, or the & of the other two entities would be escaped again
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * What a person typed, from a message or slash-command text: mentions and broadcasts are
     * dropped (the bot's own mention is how the question reached us, not part of it), channel and
     * link markup become their labels, and Slack's entities are decoded last so that a typed
     * "&lt;" is not mistaken for markup.
     */
    static String question(String slackText) {
        if (slackText == null) {
            return "";
        }
        Matcher m = MARKUP.matcher(slackText);
        StringBuilder out = new StringBuilder(slackText.length());
        while (m.find()) {
            String kind = m.group(1);
            String target = m.group(2);
            String label = m.group(3);
            String replacement = switch (kind) {
                case "@", "!" -> "";
                case "#" -> label == null ? "" : "#" + label;
                default -> label == null ? target : label;
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        String plain = out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return plain.replaceAll("\\s+", " ").strip();
    }

    /** At most {@code max} characters, cut at a word boundary when one is near, with an ellipsis. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut < max * 2 / 3) {
            cut = max - 1;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }
}
