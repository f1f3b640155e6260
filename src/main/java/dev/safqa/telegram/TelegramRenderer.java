package dev.safqa.telegram;

import dev.safqa.answer.Answer;
import dev.safqa.conversation.Reply;
import dev.safqa.text.Bidi;
import dev.safqa.text.Language;
import dev.safqa.text.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * A {@link Reply} as Telegram HTML and an inline keyboard. Every text is escaped, so only the tags
 * written here are markup. In Arabic, Latin runs are isolated ({@link Bidi}) before escaping (on the
 * plain text, so an escape such as {@code &amp;} can never be taken for a Latin word), except in two
 * places where an isolate would change what is shown: a {@link Reply.Quote} is the article's passage
 * verbatim, and a {@link Reply.Usage} is a command as typed, sent as one left-to-right piece.
 */
final class TelegramRenderer {
    /** Telegram refuses messages over 4096 characters; a quoted paragraph is cut well before. */
    static final int MAX_QUOTE_CHARS = 3000;
    /** An inline result's description is shown on one or two lines. */
    static final int MAX_DESCRIPTION_CHARS = 200;
    /** A callback query's answer holds at most 200 characters. */
    static final int MAX_ALERT_CHARS = 200;
    /** Left-to-right isolate, closed by {@link #PDI}: a command stays one piece inside Arabic. */
    private static final char LRI = '\u2066';
    private static final char PDI = '\u2069';

    /** A message ready to send: HTML text and the buttons under it (null for none). */
    record Rendered(String html, InlineKeyboardMarkup keyboard) {
    }

    Rendered render(Reply r) {
        return new Rendered(html(r, false), keyboard(r));
    }

    /** The parts, in order; {@code choicesAsLines}: where buttons cannot be tapped, the choices are listed. */
    private static String html(Reply r, boolean choicesAsLines) {
        List<Reply.Part> parts = new ArrayList<>(r.parts());
        if (choicesAsLines) {
            r.choices().forEach(c -> parts.add(new Reply.Item(c.label(), null)));
        }
        boolean arabic = r.language() == Language.AR;
        StringBuilder out = new StringBuilder();
        Reply.Part previous = null;
        for (Reply.Part p : parts) {
            if (previous != null) {
                out.append(separator(previous, p));
            }
            out.append(part(p, arabic));
            previous = p;
        }
        return out.toString();
    }

    /** A list sits under its heading or lead-in; the command list and everything else are paragraphs. */
    private static String separator(Reply.Part previous, Reply.Part next) {
        boolean listed = next instanceof Reply.Item || (next instanceof Reply.Usage && previous instanceof Reply.Usage);
        return listed || previous instanceof Reply.Title ? "\n" : "\n\n";
    }

    private static String part(Reply.Part p, boolean arabic) {
        if (p instanceof Reply.Text t) {
            return text(t.text());
        } else if (p instanceof Reply.Title t) {
            return "<b>" + text(t.text()) + "</b>";
        } else if (p instanceof Reply.Quote q) {
            // the passage verbatim: escaped, never isolated
            return "<blockquote>" + Html.escape(clip(q.text(), MAX_QUOTE_CHARS)) + "</blockquote>\n<i>" + text(q.label()) + "</i>";
        } else if (p instanceof Reply.Item i) {
            return "• " + text(i.text()) + (i.note() == null ? "" : " <i>(" + text(i.note()) + ")</i>");
        } else if (p instanceof Reply.Usage u) {
            if (arabic) {
                // description first, so the line reads right to left; the command one LTR piece after it
                return "• " + text(u.description()) + ": " + LRI + Html.escape(u.syntax()) + PDI;
            }
            return Html.escape(u.syntax()) + " — " + text(u.description());
        }
        throw new IllegalArgumentException("unknown part " + p);
    }

    /**
     * Source, 👍, 👎 under an answer, and one row per choice; a button whose data would not fit in
     * 64 bytes is left out. Null when there is no button.
     */
    InlineKeyboardMarkup keyboard(Reply r) {
        Language l = r.language();
        List<InlineKeyboardRow> rows = new ArrayList<>();
        if (r.factId() != null) {
            InlineKeyboardRow row = new InlineKeyboardRow();
            button(Wording.say(l, "button.source"), new CallbackData(CallbackData.Action.SOURCE, l, r.factId())).ifPresent(row::add);
            button("👍", new CallbackData(CallbackData.Action.UP, l, r.factId())).ifPresent(row::add);
            button("👎", new CallbackData(CallbackData.Action.DOWN, l, r.factId())).ifPresent(row::add);
            if (!row.isEmpty()) {
                rows.add(row);
            }
        }
        for (Reply.Choice c : r.choices()) {
            button(c.label(), new CallbackData(CallbackData.Action.CHOOSE, l, c.factId()))
                    .ifPresent(b -> rows.add(new InlineKeyboardRow(List.of(b))));
        }
        return rows.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private static Optional<InlineKeyboardButton> button(String label, CallbackData data) {
        return data.encode().map(d -> InlineKeyboardButton.builder().text(label).callbackData(d).build());
    }

    /** A reply as a callback query's answer: plain text, clipped (a toast, or an alert where no chat can be written). */
    static String alert(Reply r) {
        return clip(r.plain(), MAX_ALERT_CHARS);
    }

    /** The answer as an article, then up to two related facts; a decline gives one article, its choices listed. */
    List<InlineQueryResult> inline(Reply r) {
        Language l = r.language();
        Answer a = r.answer();
        List<InlineQueryResult> out = new ArrayList<>();
        out.add(article("answer", Wording.say(l, "inline.title"), a.text(), html(r, true)));
        int n = 0;
        for (Answer.Related related : a.related()) {
            if (n == 2) {
                break;
            }
            n++;
            Reply one = new Reply(l, List.of(new Reply.Text(related.text()), new Reply.Quote(related.citation().text(),
                    Wording.say(l, "source.label", related.citation().paragraph()))), List.of(), null, false, false, false, null);
            out.add(article("related-" + n, Wording.say(l, "inline.related-title"), related.text(), html(one, false)));
        }
        return out;
    }

    private static InlineQueryResultArticle article(String id, String title, String description, String html) {
        return InlineQueryResultArticle.builder().id(id).title(title)
                .description(clip(description, MAX_DESCRIPTION_CHARS))
                .inputMessageContent(InputTextMessageContent.builder().messageText(html).parseMode(ParseMode.HTML).build())
                .build();
    }

    /** Plain text to HTML: isolate Latin runs inside Arabic, then escape. The order matters (see class doc). */
    static String text(String plain) {
        return Html.escape(Bidi.isolate(plain));
    }

    static String clip(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;  // do not cut an emoji in half
        }
        return s.substring(0, end) + "…";
    }
}
