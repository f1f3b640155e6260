package dev.safqa.conversation;

import dev.safqa.answer.Answer;
import dev.safqa.text.Language;
import java.util.List;
import java.util.Objects;

/**
 * What the bot says back, platform-neutral: parts to render in order, choices to offer as buttons
 * (numbered in the console), and what the adapters hang under an answer (the fact for Source and
 * 👍/👎). Every text is plain: each renderer escapes it and isolates Latin runs in Arabic, except in a
 * {@link Quote}, which is the article's passage verbatim.
 *
 * @param factId    the fact an answer states (for Source and 👍/👎), or null
 * @param ephemeral only the asker should see it (Slack's slash commands)
 * @param replace   it answers a tap on a choice: shown in place of the message the choice was under
 * @param toast     a short acknowledgement of a tap (a vote): a callback toast, not a message
 * @param answer    the core's answer behind it, or null (inline results and logs use it)
 */
public record Reply(Language language, List<Part> parts, List<Choice> choices, String factId, boolean ephemeral,
                    boolean replace, boolean toast, Answer answer) {

    /** Nothing to send: a message not for us, or a second "slow down" within a minute. */
    public static final Reply NONE = new Reply(Language.EN, List.of(), List.of(), null, false, false, false, null);

    public sealed interface Part {
    }

    /** Sentences in the bot's words or the fact's answer. */
    public record Text(String text) implements Part {
    }

    /** A heading. */
    public record Title(String text) implements Part {
    }

    /** A passage of the article, verbatim, with where it is ("Source: paragraph 1"). */
    public record Quote(String text, String label) implements Part {
    }

    /** One line of a list, with an optional note ("¶1"). */
    public record Item(String text, String note) implements Part {
    }

    /** A command as typed on this surface ("/source [n]", "/safqa facts") and what it does. */
    public record Usage(String syntax, String description) implements Part {
    }

    /**
     * A choice to tap: one reading of a question that could mean two things, or a question it can
     * answer, offered with a decline. Tapping it is a {@link Turn.Choose} of {@code factId}.
     */
    public record Choice(String label, String factId) {
        public Choice {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(factId, "factId");
        }
    }

    public Reply {
        Objects.requireNonNull(language, "language");
        parts = List.copyOf(parts);
        choices = List.copyOf(choices);
    }

    public static Reply text(Language l, String text) {
        return new Reply(l, List.of(new Text(text)), List.of(), null, false, false, false, null);
    }

    public boolean isNone() {
        return parts.isEmpty() && choices.isEmpty();
    }

    public Reply asEphemeral() {
        return new Reply(language, parts, choices, factId, true, replace, toast, answer);
    }

    public Reply asReplacement() {
        return new Reply(language, parts, choices, factId, ephemeral, true, toast, answer);
    }

    public Reply asToast() {
        return new Reply(language, parts, choices, factId, ephemeral, replace, true, answer);
    }

    /** The parts as plain text, one per line (logs, tests, and the console's base). */
    public String plain() {
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (p instanceof Text t) {
                out.append(t.text());
            } else if (p instanceof Title t) {
                out.append(t.text());
            } else if (p instanceof Quote q) {
                out.append("  — ").append(q.label()).append(": «").append(q.text()).append('»');
            } else if (p instanceof Item i) {
                out.append("  • ").append(i.text()).append(i.note() == null ? "" : "  " + i.note());
            } else if (p instanceof Usage u) {
                out.append("  ").append(u.syntax()).append("  ").append(u.description());
            }
        }
        return out.toString();
    }
}
