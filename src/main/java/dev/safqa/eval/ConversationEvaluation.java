package dev.safqa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.safqa.conversation.Conversation;
import dev.safqa.conversation.Reply;
import dev.safqa.conversation.Turn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Scores conversations: each a few turns in one private chat, later turns leaning on earlier ones
 * ("and the valuation?"). Every turn is asked through a real {@link Conversation} and judged as
 * {@link Evaluation#judge} judges a single question. One JSON object a line:
 * {@code {"id": "c1", "turns": [{"q": "...", "scope": "in", "expect": [["29"]]}, ...]}}.
 */
public final class ConversationEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One conversation: its id and its turns, each judged like a question of a set. */
    public record Dialogue(String id, List<Evaluation.Question> turns) {
    }

    private ConversationEvaluation() {
    }

    /** Whether a set file holds conversations (its first line has "turns") rather than questions. */
    public static boolean isConversations(Path file) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                return JSON.readTree(line).has("turns");
            }
        }
        return false;
    }

    public static List<Dialogue> read(Path file) throws IOException {
        List<Dialogue> out = new ArrayList<>();
        int line = 0;
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            JsonNode n;
            try {
                n = JSON.readTree(text);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IOException(file + " line " + line + ": not JSON: " + e.getOriginalMessage(), e);
            }
            if (!n.path("turns").isArray() || n.path("turns").isEmpty()) {
                throw new IOException(file + " line " + line + ": needs \"turns\", a list of {\"q\", \"scope\", \"expect\"}");
            }
            String id = n.path("id").asText("line" + line);
            List<Evaluation.Question> turns = new ArrayList<>();
            int i = 0;
            for (JsonNode t : n.path("turns")) {
                i++;
                if (!t.hasNonNull("q") || !t.hasNonNull("scope")) {
                    throw new IOException(file + " line " + line + ", turn " + i + ": needs at least \"q\" and \"scope\"");
                }
                List<List<Pattern>> expect = new ArrayList<>();
                for (JsonNode group : t.path("expect")) {
                    List<Pattern> alternatives = new ArrayList<>();
                    group.forEach(p -> alternatives.add(Pattern.compile(p.asText(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
                    expect.add(alternatives);
                }
                String q = t.get("q").asText();
                String lang = t.has("lang") ? t.get("lang").asText() : languageOf(q, n.path("lang").asText(""));
                turns.add(new Evaluation.Question(id + "." + i, "in".equals(t.get("scope").asText()), lang, q, expect));
            }
            out.add(new Dialogue(id, turns));
        }
        return out;
    }

    /**
     * Runs every conversation in a chat of its own, built fresh by {@code conversations} so that no
     * conversation leans on another.
     */
    public static Evaluation.Result run(List<Dialogue> dialogues, Supplier<Conversation> conversations) {
        List<Evaluation.Failure> failures = new ArrayList<>();
        int total = 0;
        for (Dialogue d : dialogues) {
            Conversation c = conversations.get();
            for (Evaluation.Question q : d.turns()) {
                total++;
                Reply r = c.handle(Turn.privateMessage("eval", d.id(), q.text()));
                if (r.answer() == null) {
                    failures.add(new Evaluation.Failure(q, "not read as a question: " + r.plain(), r.plain(), false));
                    continue;
                }
                String why = Evaluation.judge(q, r.answer());
                if (why != null) {
                    failures.add(new Evaluation.Failure(q, why, r.answer().text(), r.answer().answered()));
                }
            }
        }
        return new Evaluation.Result(total, failures);
    }

    /** A conversation may switch language: a turn is judged in its own letters' language. */
    private static String languageOf(String q, String fallback) {
        return dev.safqa.text.LanguageDetector.detectLetters(q).map(dev.safqa.text.Language::code).orElse(fallback);
    }
}
