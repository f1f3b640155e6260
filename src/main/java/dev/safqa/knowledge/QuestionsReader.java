package dev.safqa.knowledge;

import static dev.safqa.knowledge.YamlFiles.parse;
import static dev.safqa.knowledge.YamlFiles.unknownKeys;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safqa.text.ArabicText;
import dev.safqa.text.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an alternate-questions file ({@code *.questions.yaml}): for each fact id, the ways people
 * ask for it, per language. They are what question-answering knowledge bases call alternate
 * questions, and they are data an editor grows (by hand or with {@code safqa review}).
 *
 * <pre>
 * article: meta-scale-ai.ar.txt
 * questions:
 *   deal-investment:
 *     en: [How much did Meta pay?, ...]
 *     ar: [كم دفعت ميتا؟, ...]
 * </pre>
 *
 * <p>A question two facts both claim is refused: the index could not tell which one it asks for.
 */
final class QuestionsReader {
    static final String SUFFIX = ".questions.yaml";
    static final int MAX_CHARS = 200;

    private QuestionsReader() {
    }

    /**
     * Adds the file's questions to {@code into} (fact id to language to questions), after checking
     * each against the facts ({@code factIds}) and against every question read so far ({@code seen}:
     * folded question to "fact id", across files).
     */
    static void read(Path file, Set<String> factIds, Map<String, Map<Language, List<String>>> into,
                     Map<String, String> seen, ProblemList problems) {
        String name = file.getFileName().toString();
        JsonNode root = parse(file, problems);
        if (root == null) {
            return;
        }
        if (!root.isObject()) {
            problems.add(name, "", "must be a mapping with 'article' and 'questions'");
            return;
        }
        unknownKeys(root, Set.of("article", "questions"), name, "", problems);
        JsonNode all = root.get("questions");
        if (all == null || !all.isObject()) {
            problems.add(name, "", "'questions' must map fact ids to {en: [...], ar: [...]}");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            if (!factIds.contains(id)) {
                // a fact removed or renamed leaves its questions behind: they ask for nothing now,
                // and must not stop a reload (`safqa check` cannot tell a removal from a typo)
                continue;
            }
            JsonNode byLanguage = e.getValue();
            if (!byLanguage.isObject()) {
                problems.add(name, id, "must be a mapping with 'en' and/or 'ar' lists");
                continue;
            }
            unknownKeys(byLanguage, Set.of("en", "ar"), name, id, problems);
            for (Language language : Language.values()) {
                JsonNode list = byLanguage.get(language.code());
                if (list == null || list.isNull()) {
                    continue;
                }
                if (!list.isArray()) {
                    problems.add(name, id, "'" + language.code() + "' must be a list of questions");
                    continue;
                }
                int n = 0;
                for (JsonNode item : list) {
                    n++;
                    String entry = id + " " + language.code() + " #" + n;
                    String q = item.isContainerNode() || item.isNull() ? "" : item.asText().strip();
                    if (q.isEmpty()) {
                        problems.add(name, entry, "is empty or not text");
                        continue;
                    }
                    if (q.length() > MAX_CHARS) {
                        problems.add(name, entry, "is " + q.length() + " characters; at most " + MAX_CHARS);
                        continue;
                    }
                    boolean arabic = ArabicText.hasArabic(q);
                    if (language == Language.AR && !arabic) {
                        problems.add(name, entry, "is listed under 'ar' but has no Arabic: move it to 'en'");
                        continue;
                    }
                    if (language == Language.EN && arabic) {
                        problems.add(name, entry, "is listed under 'en' but has Arabic letters: move it to 'ar'");
                        continue;
                    }
                    String key = key(q);
                    String owner = seen.putIfAbsent(key, id);
                    if (owner != null && !owner.equals(id)) {
                        problems.add(name, entry, "\"" + q + "\" is also a question of " + owner
                                + ": keep it under the one fact that answers it");
                        continue;
                    }
                    if (owner != null) {
                        continue;      // the same question twice under one fact: harmless, kept once
                    }
                    into.computeIfAbsent(id, k -> new EnumMap<>(Language.class))
                            .computeIfAbsent(language, k -> new ArrayList<>()).add(q);
                }
            }
        }
    }

    /** Two questions are the same when they differ only in case, spelling variants, spacing or punctuation. */
    static String key(String question) {
        StringBuilder out = new StringBuilder();
        for (String w : ArabicText.fold(question).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(w);
            }
        }
        return out.toString();
    }
}
