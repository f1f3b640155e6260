package dev.safqa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safqa.conversation.Conversation;
import dev.safqa.conversation.Reply;
import dev.safqa.conversation.Turn;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Scores conversations: each a few turns in one private chat, later turns leaning on earlier ones
 * ("and the valuation?"). Every turn is asked through a real {@link Conversation} and judged as
 * {@link Evaluation#judge} judges a single question. One JSON object a line:
 * {@code {"id": "c1", "turns": [{"q": "...", "scope": "in", "expect": [["29"]]}, ...]}}.
 */
public final class ConversationEvaluation {
    /** One conversation: its id and its turns, each judged like a question of a set. */
    public record Dialogue(String id, List<Evaluation.Question> turns) {
    }

    private ConversationEvaluation() {
    }

    /** Whether a set file holds conversations (its first object has "turns") rather than questions. */
    public static boolean isConversations(Path file) throws IOException {
        List<Evaluation.Line> lines = Evaluation.lines(file);
        return !lines.isEmpty() && lines.get(0).json().has("turns");
    }

    public static List<Dialogue> read(Path file) throws IOException {
        List<Dialogue> out = new ArrayList<>();
        for (Evaluation.Line l : Evaluation.lines(file)) {
            JsonNode n = l.json();
            if (!n.path("turns").isArray() || n.path("turns").isEmpty()) {
                throw new IOException(file + " line " + l.number() + ": needs \"turns\", a list of {\"q\", \"scope\", \"expect\"}");
            }
            String id = n.path("id").asText("line" + l.number());
            List<Evaluation.Question> turns = new ArrayList<>();
            for (JsonNode t : n.path("turns")) {
                String q = t.path("q").asText("");
                // a conversation may switch language: a turn is judged in its own letters' language
                String lang = t.has("lang") ? t.get("lang").asText()
                        : languageOf(q, n.path("lang").asText(""), turns.isEmpty() ? null : turns.get(turns.size() - 1).lang());
                turns.add(Evaluation.question(t, id + "." + (turns.size() + 1), lang,
                        file + " line " + l.number() + ", turn " + (turns.size() + 1)));
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

    /**
     * The language a turn's answer is expected in: that of its letters, but a turn in Arabic typed
     * in Latin letters ("w 5adet kam fel miya?") within a conversation its writer declared Arabic is
     * Arabic, as Safqa answers Arabizi (README, "Reading a question"); a turn of a letter or two is in
     * the language of the turn before it.
     */
    static String languageOf(String q, String declared, String previous) {
        if (previous != null && !previous.isEmpty() && q.codePoints().filter(Character::isLetter).count() <= 2) {
            return previous;        // "w f 2025?": a letter or two tell no language; the turn before does
        }
        String letters = dev.safqa.text.LanguageDetector.detectLetters(q).map(dev.safqa.text.Language::code).orElse(declared);
        if ("ar".equals(declared) && "en".equals(letters) && dev.safqa.text.Arabizi.toArabic(q, w -> false).isPresent()) {
            return "ar";
        }
        return letters;
    }
}
