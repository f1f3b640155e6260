package dev.safqa.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.safqa.answer.Answer;
import dev.safqa.answer.AnswerJson;
import dev.safqa.answer.Citation;
import dev.safqa.answer.Replies;
import dev.safqa.conversation.Reply;
import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Figure;
import dev.safqa.text.Language;
import dev.safqa.text.Wording;
import java.util.List;

/** Rendering for a terminal: the answer, then where it comes from; or one JSON line per turn. */
final class ConsoleFormat {
    private static final ObjectMapper JSON = new ObjectMapper();
    private ConsoleFormat() {
    }

    static String answer(Answer a) {
        StringBuilder out = new StringBuilder(a.text());
        for (Citation c : a.citations()) {
            out.append("\n  — ").append(Replies.sourceLabel(a.language(), c.paragraph())).append(": «")
                    .append(c.text()).append("»");
        }
        if (!a.suggestions().isEmpty()) {
            out.append("\n").append(Replies.tryAsking(a.language()));
            for (String s : a.suggestions()) {
                out.append("\n  • ").append(s);
            }
        }
        return out.toString();
    }

    /**
     * A conversation's reply as plain text: its parts (a quote verbatim), then its choices numbered
     * from 1, which the next line can pick by typing the number.
     */
    static String reply(Reply r) {
        StringBuilder out = new StringBuilder(r.plain());
        List<Reply.Choice> choices = r.choices();
        for (int i = 0; i < choices.size(); i++) {
            out.append(out.length() == 0 ? "" : "\n").append("  ").append(i + 1).append(") ").append(choices.get(i).label());
        }
        if (!choices.isEmpty()) {
            out.append('\n').append(Wording.say(r.language(), "console.choose"));
        }
        return out.toString();
    }

    /**
     * One turn of {@code chat --json}: the {@code ask --json} object of the answer behind the reply
     * (with its {@code options} when it asks which reading was meant), or, for a command, the same
     * fields with {@code answered:false}, {@code outcome:"command"} and the reply's text as
     * {@code answer}; plus {@code input}, the line as read, {@code choices}, what a number on the next
     * line picks, and {@code context}, the earlier question a follow-up was read with.
     */
    static String json(String input, Reply r) {
        Answer a = r.answer();
        ObjectNode o;
        if (a != null) {
            o = AnswerJson.toNode(a);
            if (!a.context().isEmpty()) {
                o.put("context", a.context());
            }
        } else {
            o = JSON.createObjectNode();
            o.put("question", input);
            o.put("language", r.language().code());
            o.put("answered", false);
            o.put("outcome", input.startsWith("/") ? "command" : "notice");
            o.put("answer", r.plain());
            for (String empty : List.of("citations", "facts", "suggestions", "options")) {
                o.putArray(empty);
            }
        }
        o.put("input", input);
        ArrayNode choices = o.putArray("choices");
        r.choices().forEach(c -> choices.addObject().put("fact", c.factId()).put("question", c.label()));
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    static String keyFacts(List<Fact> facts, Language l) {
        StringBuilder out = new StringBuilder();
        for (Fact f : facts) {
            Figure fig = f.figures().get(0);
            out.append(String.format("%-18s %s  [¶%d]%n", dev.safqa.answer.Guide.figureLabel(fig), f.answer(l), f.paragraph()));
        }
        return out.toString().stripTrailing();
    }
}
