package dev.safqa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.safqa.answer.Answer;
import dev.safqa.answer.Answerer;
import dev.safqa.answer.Citation;
import dev.safqa.knowledge.Numbers;
import dev.safqa.text.ArabicText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores the answerer on a question set in the JSONL format of ../shared/qa (id, scope, lang, q,
 * expect), judging each answer the way score.py does: in scope means answered, in the question's
 * language, short, every expect group matched, and every figure stated present in the citations;
 * out of scope means declined.
 */
public final class Evaluation {
    public record Question(String id, boolean inScope, String lang, String text, List<List<Pattern>> expect) {
    }

    /**
     * @param wrong true for a wrong answer (a wrong or unsupported figure, the wrong language, a trap
     *              answered); false for a decline of a question the article answers
     */
    public record Failure(Question question, String why, String answer, boolean wrong) {
    }

    public record Result(int total, List<Failure> failures) {
        public int passed() {
            return total - failures.size();
        }

        public double score() {
            return total == 0 ? 0 : (double) passed() / total;
        }

        /** Wrong answers: what the bot must never give. */
        public List<Failure> wrong() {
            return failures.stream().filter(Failure::wrong).toList();
        }

        /** Answerable questions declined (or asked back): a lesser failure. */
        public List<Failure> declined() {
            return failures.stream().filter(f -> !f.wrong()).toList();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_CHARS = 300;

    private Evaluation() {
    }

    public static List<Question> read(Path file) throws IOException {
        List<Question> out = new ArrayList<>();
        for (Line l : lines(file)) {
            out.add(question(l.json(), l.json().path("id").asText("line" + l.number()), l.json().path("lang").asText(""),
                    file + " line " + l.number()));
        }
        return out;
    }

    /** One JSON object of a set file, with its line number. */
    record Line(int number, JsonNode json) {
    }

    /** The JSON objects of a set file, one a line; blank lines skipped; a line that is not JSON named. */
    static List<Line> lines(Path file) throws IOException {
        List<Line> out = new ArrayList<>();
        int line = 0;
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            try {
                out.add(new Line(line, JSON.readTree(text)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IOException(file + " line " + line + ": not JSON: " + e.getOriginalMessage(), e);
            }
        }
        return out;
    }

    /** A question from its {@code q}, {@code scope} and {@code expect}; {@code where} names it in an error. */
    static Question question(JsonNode n, String id, String lang, String where) throws IOException {
        if (!n.hasNonNull("q") || !n.hasNonNull("scope")) {
            throw new IOException(where + ": needs at least \"q\" and \"scope\"");
        }
        List<List<Pattern>> expect = new ArrayList<>();
        for (JsonNode group : n.path("expect")) {
            List<Pattern> alternatives = new ArrayList<>();
            for (JsonNode p : group) {
                alternatives.add(Pattern.compile(p.asText(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
            expect.add(alternatives);
        }
        return new Question(id, "in".equals(n.get("scope").asText()), lang, n.get("q").asText(), expect);
    }

    public static Result run(List<Question> questions, Answerer answerer) {
        List<Failure> failures = new ArrayList<>();
        for (Question q : questions) {
            Answer a = answerer.answer(q.text());
            String why = judge(q, a);
            if (why != null) {
                failures.add(new Failure(q, why, a.text(), a.answered()));
            }
        }
        return new Result(questions.size(), failures);
    }

    /** Null if the answer passes; otherwise why not. */
    public static String judge(Question q, Answer a) {
        String answer = norm(a.text());
        if (!q.inScope()) {
            return a.answered() ? "answered an out-of-scope question" : null;
        }
        if (!a.answered()) {
            return a.outcome() == dev.safqa.answer.Outcome.CLARIFY ? "asked which was meant" : "declined";
        }
        if (!q.lang().isEmpty() && !q.lang().equals(a.language().code())) {
            return "language " + a.language().code() + ", expected " + q.lang();
        }
        if (a.text().length() > MAX_CHARS) {
            return "answer is " + a.text().length() + " characters";
        }
        for (List<Pattern> group : q.expect()) {
            if (group.stream().noneMatch(p -> p.matcher(answer).find())) {
                return "none of " + group + " in the answer";
            }
        }
        StringBuilder cited = new StringBuilder();
        for (Citation c : a.citations()) {
            cited.append(c.text()).append(' ');
        }
        if (cited.toString().isBlank()) {
            return "no citation";
        }
        Set<String> missing = new HashSet<>(figures(answer));
        missing.removeAll(figures(norm(cited.toString())));
        return missing.isEmpty() ? null : "figures " + missing + " are not in the cited text";
    }

    /** As score.py: digits folded, "1,000" joined, harakat dropped, ملياري read as 2 مليار. */
    static String norm(String text) {
        String t = ArabicText.foldDigits(text).replaceAll("(?<=\\d),(?=\\d{3})", "");
        t = t.replaceAll("[\\u064B-\\u0652\\u0640]", "");
        return t.replace("ملياري", "2 مليار");
    }

    private static final Pattern FIGURE = Pattern.compile("\\d+(?:\\.\\d+)?");

    static Set<String> figures(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = FIGURE.matcher(text.replaceAll("\\[[^\\]]*\\]|¶\\s*\\d+", " "));
        while (m.find()) {
            out.add(Numbers.canonical(m.group()));
        }
        return out;
    }
}
