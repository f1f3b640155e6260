package dev.safqa.telegram;

import dev.safqa.answer.Answer;
import dev.safqa.answer.Citation;
import dev.safqa.answer.Guide;
import dev.safqa.answer.Replies;
import dev.safqa.knowledge.Article;
import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Paragraph;
import dev.safqa.text.Bidi;
import dev.safqa.text.Language;
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
 * Turns the core's answers and guide texts into Telegram HTML. Every piece of text goes through
 * {@link #text}: bidi isolation first (on the plain text, so an escape such as {@code &amp;} can
 * never be taken for a Latin word), then HTML escaping. Only the tags written here are markup.
 */
final class TelegramRenderer {
    /** Telegram refuses messages over 4096 characters; a quoted paragraph is cut well before. */
    static final int MAX_QUOTE_CHARS = 3000;
    /** An inline result's description is shown on one or two lines. */
    static final int MAX_DESCRIPTION_CHARS = 200;
    /** A callback query's alert holds at most 200 characters. */
    static final int MAX_ALERT_CHARS = 200;

    /** A message ready to send: HTML text and, for answers, the buttons under it. */
    record Reply(String html, InlineKeyboardMarkup keyboard) {
        Reply(String html) {
            this(html, null);
        }
    }

    Reply answer(Answer a) {
        Language l = a.language();
        StringBuilder out = new StringBuilder(text(a.text()));
        for (Citation c : a.citations()) {
            out.append("\n\n").append(quote(c.text()))
                    .append("\n<i>").append(text(Replies.sourceLabel(l, c.paragraph()))).append("</i>");
        }
        if (!a.suggestions().isEmpty()) {
            out.append("\n\n").append(text(Replies.tryAsking(l)));
            for (String s : a.suggestions()) {
                out.append("\n• ").append(text(s));
            }
        }
        return new Reply(out.toString(), a.answered() && !a.facts().isEmpty() ? keyboard(l, a.facts().get(0)) : null);
    }

    /** Source, 👍, 👎 under an answer; a button whose data would not fit in 64 bytes is left out. */
    InlineKeyboardMarkup keyboard(Language l, String factId) {
        InlineKeyboardRow row = new InlineKeyboardRow();
        button(TelegramTexts.sourceButton(l), new CallbackData(CallbackData.Action.SOURCE, l, factId)).ifPresent(row::add);
        button("👍", new CallbackData(CallbackData.Action.UP, l, factId)).ifPresent(row::add);
        button("👎", new CallbackData(CallbackData.Action.DOWN, l, factId)).ifPresent(row::add);
        return row.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboardRow(row).build();
    }

    private static Optional<InlineKeyboardButton> button(String label, CallbackData data) {
        return data.encode().map(d -> InlineKeyboardButton.builder().text(label).callbackData(d).build());
    }

    String paragraph(Paragraph p, Language l) {
        return "<b>" + text(Replies.sourceLabel(l, p.number())) + "</b>\n" + quote(p.text());
    }

    /** The plain paragraph for a callback alert (inline messages have no chat to send it to). */
    String paragraphAlert(Paragraph p, Language l) {
        return clip(Replies.sourceLabel(l, p.number()) + ": " + p.text(), MAX_ALERT_CHARS);
    }

    String sourceIndex(Article article, Language l) {
        return "<b>" + text(article.title()) + "</b>\n"
                + text(TelegramTexts.paragraphsHint(l, article.paragraphs().size()));
    }

    String keyFacts(List<Fact> facts, Language l) {
        StringBuilder out = new StringBuilder("<b>").append(text(Replies.keyFactsTitle(l) + ":")).append("</b>");
        for (Fact f : facts) {
            out.append("\n• ").append(text(f.answer(l))).append(" <i>(¶").append(f.paragraph()).append(")</i>");
        }
        return out.toString();
    }

    /** The intro and the command list; /start and /help and any unknown command get it. */
    String help(Language l) {
        StringBuilder out = new StringBuilder(text(Guide.intro(l))).append('\n');
        for (Guide.Command c : Guide.COMMANDS) {
            String usage = "/" + c.name() + (c.args().isEmpty() ? "" : " " + c.args());
            out.append('\n');
            if (l == Language.AR) {
                // description first, so the line reads right to left; the LRM keeps "/cmd" in one piece
                out.append("• ").append(text(c.description(l))).append(": \u200E").append(Html.escape(usage));
            } else {
                out.append(Html.escape(usage)).append(" — ").append(text(c.description(l)));
            }
        }
        return out.toString();
    }

    /** The answer as an article, then up to two related facts; declines give one article. */
    List<InlineQueryResult> inline(Answer a) {
        Language l = a.language();
        List<InlineQueryResult> out = new ArrayList<>();
        out.add(article("answer", TelegramTexts.inlineTitle(l), a.text(), answer(a).html()));
        int n = 0;
        for (Answer.Related r : a.related()) {
            if (n == 2) {
                break;
            }
            n++;
            String html = text(r.text()) + "\n\n" + quote(r.citation().text()) + "\n<i>"
                    + text(Replies.sourceLabel(l, r.citation().paragraph())) + "</i>";
            out.add(article("related-" + n, TelegramTexts.inlineRelatedTitle(l), r.text(), html));
        }
        return out;
    }

    private static InlineQueryResultArticle article(String id, String title, String description, String html) {
        return InlineQueryResultArticle.builder().id(id).title(title)
                .description(clip(description, MAX_DESCRIPTION_CHARS))
                .inputMessageContent(InputTextMessageContent.builder().messageText(html).parseMode(ParseMode.HTML).build())
                .build();
    }

    private static String quote(String plain) {
        return "<blockquote>" + text(clip(plain, MAX_QUOTE_CHARS)) + "</blockquote>";
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
