package dev.safqa.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.safqa.conversation.Reply;
import dev.safqa.text.Bidi;
import dev.safqa.text.Language;
import dev.safqa.text.Wording;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A {@link Reply} as Block Kit. Each text part starts a section, and the lines of a title, a list or
 * the commands join it; the passage an answer cites goes in a context block under the answer; then
 * the choices, one button each, and the 👍/👎 (and "Share in channel") buttons under an answer.
 *
 * <p>Every piece of text is mrkdwn-escaped; only the markup built here (bold, code, a mention of a
 * known user id) is live. Latin runs inside Arabic text are bidi-isolated, except in the article's
 * passage, which is quoted verbatim, and in a command's syntax, which must stay typeable.
 */
final class SlackRenderer {
    static final String VOTE_UP = "safqa_vote_up";
    static final String VOTE_DOWN = "safqa_vote_down";
    static final String SHARE = "safqa_share";
    /** Slack wants action ids unique within a block: the choices are safqa_choose_0, safqa_choose_1... */
    static final String CHOOSE = "safqa_choose";
    static final Pattern CHOOSE_ANY = Pattern.compile("^" + CHOOSE + "_\\d+$");

    /** Slack allows 3000 characters in a section; quotes are cut well before to stay readable. */
    static final int QUOTE_CHARS = 300;
    static final int SECTION_CHARS = 2900;
    /** Slack allows 75 characters on a button. */
    static final int BUTTON_CHARS = 75;
    /** Slack allows 25 elements in an actions block. */
    private static final int MAX_CHOICES = 25;

    private SlackRenderer() {
    }

    /** How a reply is shown beyond its parts. */
    record Options(boolean shareable, String sharedBy) {
        static final Options PLAIN = new Options(false, null);
    }

    /** The reply as it is posted where it was asked. An ephemeral answer gets "Share in channel". */
    static SlackMessage render(Reply r) {
        return render(r, new Options(r.ephemeral(), null));
    }

    /**
     * @param o {@code shareable}: add "Share in channel" under an answer, its value the language and the
     *          question, so the shared copy is answered afresh; {@code sharedBy}: a user id, said under
     *          an answer re-posted for the channel
     */
    static SlackMessage render(Reply r, Options o) {
        Language l = r.language();
        List<LayoutBlock> blocks = new ArrayList<>();
        StringBuilder section = new StringBuilder();
        List<String> fallback = new ArrayList<>();
        boolean cites = r.answer() != null;
        for (Reply.Part p : r.parts()) {
            if (p instanceof Reply.Text t) {
                flush(blocks, section);
                section.append(show(t.text()));
                fallback.add(t.text());
            } else if (p instanceof Reply.Title t) {
                flush(blocks, section);
                section.append('*').append(show(t.text())).append('*');
                fallback.add(t.text());
            } else if (p instanceof Reply.Item i) {
                line(blocks, section, "• " + show(i.text()) + (i.note() == null ? "" : "  _" + show(i.note()) + "_"));
                fallback.add("• " + i.text());
            } else if (p instanceof Reply.Usage u) {
                // the syntax as typed: no isolate may land inside a command
                line(blocks, section, "• `" + SlackText.escape(u.syntax()) + "`  " + show(u.description()));
                fallback.add(u.syntax() + "  " + u.description());
            } else if (p instanceof Reply.Quote q) {
                if (cites) {
                    // an answer's citation: the paragraph and a short verbatim quote under it
                    flush(blocks, section);
                    String quote = SlackText.shorten(q.text().strip(), QUOTE_CHARS);
                    blocks.add(context(List.<ContextBlockElement>of(
                            markdownText(m -> m.text("*" + show(q.label()) + "*").verbatim(true)),
                            markdownText(m -> m.text("“" + SlackText.escape(quote) + "”").verbatim(true)))));
                } else {
                    // a paragraph shown on its own: all of it, verbatim
                    line(blocks, section, SlackText.escape(SlackText.shorten(q.text().strip(), SECTION_CHARS - 100)));
                }
                fallback.add(q.label());
            }
        }
        flush(blocks, section);
        if (!r.choices().isEmpty()) {
            List<BlockElement> buttons = new ArrayList<>();
            for (Reply.Choice c : r.choices().subList(0, Math.min(MAX_CHOICES, r.choices().size()))) {
                String id = CHOOSE + "_" + buttons.size();
                String value = new ButtonValue(l, c.factId()).encode();
                String label = SlackText.shorten(Bidi.isolate(c.label()), BUTTON_CHARS);
                buttons.add(button(b -> b.actionId(id).text(plainText(label)).value(value)));
            }
            blocks.add(actions("safqa_choices", buttons));
        }
        if (r.factId() != null) {
            List<BlockElement> buttons = new ArrayList<>();
            String vote = new ButtonValue(l, r.factId()).encode();
            buttons.add(button(b -> b.actionId(VOTE_UP).text(plainText(Wording.say(l, "button.helpful"))).value(vote)));
            buttons.add(button(b -> b.actionId(VOTE_DOWN).text(plainText(Wording.say(l, "button.not-helpful"))).value(vote)));
            if (o.shareable() && r.answer() != null) {
                String value = new ButtonValue(l, r.answer().question()).encode();
                buttons.add(button(b -> b.actionId(SHARE).text(plainText(Wording.say(l, "button.share")))
                        .style("primary").value(value)));
            }
            blocks.add(actions("safqa_answer_actions", buttons));
        }
        if (o.sharedBy() != null && o.sharedBy().matches("[A-Z0-9]+")) {
            blocks.add(context(List.<ContextBlockElement>of(markdownText(Wording.say(l, "shared-by", "<@" + o.sharedBy() + ">")))));
        }
        return new SlackMessage(blocks, SlackText.escape(String.join("\n", fallback)));
    }

    /** A short text of Safqa's own (a placeholder, an apology). */
    static SlackMessage text(String text) {
        return new SlackMessage(List.of(mrkdwnSection(show(text))), SlackText.escape(text));
    }

    /**
     * A notification: the note as it was written, in as many sections as it needs (a section holds
     * 3,000 characters; a note or an announcement may be longer), split between paragraphs.
     */
    static SlackMessage notice(String text) {
        List<LayoutBlock> blocks = new ArrayList<>();
        StringBuilder section = new StringBuilder();
        for (String paragraph : text.strip().split("\n\n")) {
            String shown = showLines(paragraph);
            while (shown.length() > SECTION_CHARS) { // one very long paragraph: cut it between words
                flush(blocks, section);
                int cut = shown.lastIndexOf(' ', SECTION_CHARS);
                cut = cut < SECTION_CHARS / 2 ? SECTION_CHARS : cut;
                blocks.add(mrkdwnSection(shown.substring(0, cut)));
                shown = shown.substring(cut).stripLeading();
            }
            if (section.length() > 0 && section.length() + 2 + shown.length() > SECTION_CHARS) {
                flush(blocks, section);
            }
            section.append(section.length() == 0 ? "" : "\n\n").append(shown);
        }
        flush(blocks, section);
        return new SlackMessage(blocks, showLines(text.strip()));
    }

    /** As {@link #show}, line by line: an English note quoting Arabic gets isolates only on the mixed lines. */
    private static String showLines(String text) {
        return Arrays.stream(text.split("\n", -1)).map(SlackRenderer::show).collect(Collectors.joining("\n"));
    }

    /** Adds a line to the section, starting a new section when it would pass Slack's limit. */
    private static void line(List<LayoutBlock> blocks, StringBuilder section, String line) {
        if (section.length() > 0 && section.length() + 1 + line.length() > SECTION_CHARS) {
            flush(blocks, section);
        }
        section.append(section.length() == 0 ? "" : "\n").append(line);
    }

    private static void flush(List<LayoutBlock> blocks, StringBuilder section) {
        if (section.length() > 0) {
            blocks.add(mrkdwnSection(section.toString()));
            section.setLength(0);
        }
    }

    /** Text as displayed: Latin runs isolated inside Arabic, then escaped for mrkdwn. */
    private static String show(String text) {
        return SlackText.escape(Bidi.isolate(text));
    }

    private static LayoutBlock mrkdwnSection(String mrkdwn) {
        String text = mrkdwn.length() > SECTION_CHARS ? mrkdwn.substring(0, SECTION_CHARS) + "…" : mrkdwn;
        return section(s -> s.text(markdownText(m -> m.text(text).verbatim(true))));
    }
}
