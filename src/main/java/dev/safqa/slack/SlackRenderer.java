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
import dev.safqa.answer.Answer;
import dev.safqa.answer.Citation;
import dev.safqa.answer.Guide;
import dev.safqa.answer.Replies;
import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Paragraph;
import dev.safqa.text.Bidi;
import dev.safqa.text.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Answers and guide texts as Block Kit: the answer in a section, its citation (paragraph and quote)
 * in a context block under it, then the buttons. Every piece of text is mrkdwn-escaped and, when
 * Arabic, bidi-isolated; only the markup built here (bold, mentions of known user ids) is live.
 */
final class SlackRenderer {
    static final String VOTE_UP = "safqa_vote_up";
    static final String VOTE_DOWN = "safqa_vote_down";
    static final String SHARE = "safqa_share";

    /** Slack allows 3000 characters in a section; quotes are cut well before to stay readable. */
    static final int QUOTE_CHARS = 300;
    static final int SECTION_CHARS = 2900;
    private static final int MAX_FACTS = 20;

    private SlackRenderer() {
    }

    /**
     * @param shareable add "Share in channel" (for an ephemeral slash-command answer); its value
     *                  carries the language and question so the shared copy is answered afresh
     */
    static SlackMessage answer(Answer a, boolean shareable) {
        Language l = a.language();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(mrkdwnSection(show(a.text())));
        StringBuilder fallback = new StringBuilder(a.text());
        if (a.answered() && !a.citations().isEmpty()) {
            Citation c = a.citations().get(0);
            String label = Replies.sourceLabel(l, c.paragraph());
            String quote = SlackText.shorten(c.text().strip(), QUOTE_CHARS);
            blocks.add(context(List.<ContextBlockElement>of(
                    markdownText(m -> m.text("*" + SlackText.escape(label) + "*").verbatim(true)),
                    markdownText(m -> m.text("“" + show(quote) + "”").verbatim(true)))));
            fallback.append("\n").append(label);
        }
        if (!a.suggestions().isEmpty()) {
            StringBuilder s = new StringBuilder(SlackText.escape(Replies.tryAsking(l)));
            a.suggestions().forEach(q -> s.append("\n• ").append(show(q)));
            blocks.add(mrkdwnSection(s.toString()));
        }
        List<BlockElement> buttons = new ArrayList<>();
        if (a.answered() && !a.facts().isEmpty()) {
            String vote = new ButtonValue(l, a.facts().get(0)).encode();
            buttons.add(button(b -> b.actionId(VOTE_UP).text(plainText(Wording.helpful(l))).value(vote)));
            buttons.add(button(b -> b.actionId(VOTE_DOWN).text(plainText(Wording.notHelpful(l))).value(vote)));
            if (shareable) {
                String value = new ButtonValue(l, a.question()).encode();
                buttons.add(button(b -> b.actionId(SHARE).text(plainText(Wording.share(l))).style("primary").value(value)));
            }
        }
        if (!buttons.isEmpty()) {
            blocks.add(actions("safqa_answer_actions", buttons));
        }
        return new SlackMessage(blocks, SlackText.escape(fallback.toString()));
    }

    /** The answer as re-posted for the whole channel: no share button, and who shared it. */
    static SlackMessage shared(Answer a, String userId) {
        SlackMessage m = answer(a, false);
        List<LayoutBlock> blocks = new ArrayList<>(m.blocks());
        if (userId != null && userId.matches("[A-Z0-9]+")) {
            blocks.add(context(List.<ContextBlockElement>of(markdownText(Wording.sharedBy(a.language(), userId)))));
        }
        return new SlackMessage(blocks, m.text());
    }

    /** What Safqa is and its commands: in the chat's language, or in both when it has none. */
    static SlackMessage help(Language chatLanguageOrNull) {
        List<Language> languages = chatLanguageOrNull == null
                ? List.of(Language.EN, Language.AR) : List.of(chatLanguageOrNull);
        List<LayoutBlock> blocks = new ArrayList<>();
        StringBuilder fallback = new StringBuilder();
        for (Language l : languages) {
            StringBuilder s = new StringBuilder(show(Guide.intro(l))).append("\n");
            for (Guide.Command c : Guide.COMMANDS) {
                s.append("\n").append(Wording.commandLine(c, l));
            }
            blocks.add(mrkdwnSection(s.toString()));
            fallback.append(fallback.length() == 0 ? "" : "\n\n").append(Guide.intro(l));
        }
        return new SlackMessage(blocks, SlackText.escape(fallback.toString()));
    }

    /** The key figures, one line each with its paragraph. */
    static SlackMessage facts(List<Fact> facts, Language l) {
        StringBuilder s = new StringBuilder("*" + SlackText.escape(Replies.keyFactsTitle(l)) + "*");
        for (Fact f : facts.subList(0, Math.min(MAX_FACTS, facts.size()))) {
            String line = "\n• " + show(f.answer(l)) + "  _(" + SlackText.escape(Replies.sourceLabel(l, f.paragraph())) + ")_";
            if (s.length() + line.length() > SECTION_CHARS) {
                break;
            }
            s.append(line);
        }
        return new SlackMessage(List.of(mrkdwnSection(s.toString())), Replies.keyFactsTitle(l));
    }

    /** One paragraph of the article, verbatim, or the valid range when there is no such number. */
    static SlackMessage paragraph(Optional<Paragraph> p, int count, Language l) {
        if (p.isEmpty()) {
            return text(Guide.noSuchParagraph(l, count));
        }
        String heading = Wording.paragraphHeading(l, p.get().number());
        String body = SlackText.shorten(p.get().text().strip(), SECTION_CHARS - 100);
        return new SlackMessage(List.of(mrkdwnSection("*" + SlackText.escape(heading) + "*\n" + show(body))),
                SlackText.escape(heading));
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

    private static void flush(List<LayoutBlock> blocks, StringBuilder section) {
        if (section.length() > 0) {
            blocks.add(mrkdwnSection(section.toString()));
            section.setLength(0);
        }
    }

    /** A short notice (a refusal, a confirmation, an apology). */
    static SlackMessage text(String text) {
        return new SlackMessage(List.of(mrkdwnSection(show(text))), SlackText.escape(text));
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
