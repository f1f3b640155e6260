package dev.safqa.answer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one JSON shape of an answer (../shared/qa/README.md), on one line. */
public final class AnswerJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerJson() {
    }

    public static ObjectNode toNode(Answer a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("question", a.question());
        o.put("language", a.language().code());
        o.put("answered", a.answered());
        o.put("outcome", a.outcome().name().toLowerCase(java.util.Locale.ROOT));
        o.put("answer", a.text());
        ArrayNode cites = o.putArray("citations");
        for (Citation c : a.citations()) {
            cites.addObject().put("paragraph", c.paragraph()).put("text", c.text()).put("article", c.article());
        }
        ArrayNode facts = o.putArray("facts");
        a.facts().forEach(facts::add);
        ArrayNode suggestions = o.putArray("suggestions");
        a.suggestions().forEach(suggestions::add);
        ArrayNode options = o.putArray("options");
        a.options().forEach(op -> options.addObject().put("fact", op.factId()).put("question", op.question()));
        return o;
    }

    public static String toLine(Answer a) {
        try {
            return JSON.writeValueAsString(toNode(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }
}
