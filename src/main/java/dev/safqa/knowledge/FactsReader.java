package dev.safqa.knowledge;

import static dev.safqa.knowledge.YamlFiles.parse;
import static dev.safqa.knowledge.YamlFiles.requiredText;
import static dev.safqa.knowledge.YamlFiles.strings;
import static dev.safqa.knowledge.YamlFiles.text;
import static dev.safqa.knowledge.YamlFiles.unknownKeys;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safqa.text.ArabicText;
import dev.safqa.text.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a facts file ({@code *.facts.yaml}) and checks each fact against its article: the source
 * verbatim in its paragraph, every figure of both answers in the source, ids, keys, topics. Also
 * turns an article nobody curated into quotes.
 */
final class FactsReader {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Set<String> FACT_KEYS = Set.of(
            "id", "paragraph", "source", "ar", "en", "figures", "answers", "topics", "ends", "pins", "introduces", "asides", "example");
    private static final Set<String> FIGURE_KEYS = Set.of("value", "unit", "kind", "about", "of");

    private FactsReader() {
    }

    /**
     * @param lexicon the lexicon the topics must name; null when it could not be read whole (then the
     *                topics are not checked: its own problems are already reported, and checking against
     *                what is left of it would report every topic naming a missing term as well)
     */
    static void readFacts(Path file, Map<String, Article> articles, Lexicon lexicon, List<Fact> facts,
                           Set<String> curatedArticles, Set<String> ids, ProblemList problems) {
        String name = file.getFileName().toString();
        JsonNode root = parse(file, problems);
        if (root == null) {
            return;
        }
        if (!root.isObject()) {
            problems.add(name, "", "must be a mapping with 'article' and 'facts'");
            return;
        }
        unknownKeys(root, Set.of("article", "facts"), name, "", problems);
        String articleFile = text(root, "article");
        Article article = articleFile == null ? null : articles.get(articleFile);
        if (articleFile == null) {
            problems.add(name, "", "'article' is missing: name the article file these facts come from");
        } else if (article == null) {
            problems.add(name, "", "article '" + articleFile + "' is not in the knowledge folder");
        } else {
            curatedArticles.add(articleFile);
        }
        JsonNode list = root.get("facts");
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add(name, "", "'facts' must be a non-empty list");
            return;
        }
        Set<String> concepts = lexicon == null ? null : new HashSet<>();
        Map<String, Term> entities = lexicon == null ? null : new java.util.HashMap<>();
        for (Term t : lexicon == null ? List.<Term>of() : lexicon.terms()) {
            if (t.category() == Term.Category.CONCEPT || t.category() == Term.Category.ENTITY) {
                concepts.add(t.id());
            }
            if (t.category() == Term.Category.ENTITY) {
                entities.put(t.id(), t);
            }
        }
        // "who is Alexandr Wang?" is answered by the one fact that introduces him: two would leave it a guess
        Map<String, String> introducedBy = new java.util.HashMap<>();
        int index = 0;
        for (JsonNode node : list) {
            index++;
            Fact fact = readFact(node, index, name, articleFile, article, concepts, entities, problems);
            for (String e : fact == null ? Set.<String>of() : fact.introduces()) {
                String other = introducedBy.putIfAbsent(e, fact.id());
                if (other != null) {
                    problems.add(name, fact.id(), "'introduces' has '" + e + "', which " + other
                            + " introduces already: one fact says who or what each one is");
                }
            }
            if (fact != null) {
                if (!ids.add(fact.id())) {
                    problems.add(name, fact.id(), "duplicate id (ids are unique across all facts files)");
                } else {
                    facts.add(fact);
                }
            }
        }
    }

    private static Fact readFact(JsonNode node, int index, String file, String articleFile, Article article,
                          Set<String> concepts, Map<String, Term> entities, ProblemList problems) {
        if (!node.isObject()) {
            problems.add(file, "fact #" + index, "must be a mapping (id, paragraph, source, ar, en, ...)");
            return null;
        }
        String id = text(node, "id");
        String entry = id == null ? "fact #" + index : id;
        int before = problems.size();
        unknownKeys(node, FACT_KEYS, file, entry, problems);
        if (id == null) {
            problems.add(file, entry, "'id' is missing");
        } else if (!ID.matcher(id).matches()) {
            problems.add(file, entry, "id must be lower-case letters, digits, '-' or '_'");
        }
        String source = requiredText(node, "source", file, entry, problems);
        String ar = requiredText(node, "ar", file, entry, problems);
        String en = requiredText(node, "en", file, entry, problems);
        JsonNode paragraphNode = node.get("paragraph");
        int paragraph = 0;
        if (paragraphNode == null || !paragraphNode.canConvertToInt() || !paragraphNode.isIntegralNumber()) {
            problems.add(file, entry, "'paragraph' must be a paragraph number (see `safqa facts --paragraphs`)");
        } else if (paragraphNode.intValue() < 1) {
            // Paragraphs are numbered from 1; a fact at 0 would cite nothing and skip the verbatim check below.
            problems.add(file, entry, "'paragraph' is " + paragraphNode.intValue()
                    + "; paragraphs are numbered from 1 (see `safqa facts --paragraphs`)");
        } else {
            paragraph = paragraphNode.intValue();
        }

        if (ar != null && !ArabicText.hasArabic(ar)) {
            problems.add(file, entry, "'ar' has no Arabic text");
        }
        if (en != null && ArabicText.hasArabic(en)) {
            problems.add(file, entry, "'en' must be English (it contains Arabic letters)");
        }
        for (var answer : new String[][] {{"ar", ar}, {"en", en}}) {
            if (answer[1] != null && answer[1].length() > KnowledgeLoader.MAX_ANSWER_CHARS) {
                problems.add(file, entry, "'" + answer[0] + "' is " + answer[1].length()
                        + " characters; answers are at most " + KnowledgeLoader.MAX_ANSWER_CHARS + " (the citation carries the rest)");
            }
        }
        if (article != null && paragraphNode != null && paragraph != 0) {
            var p = article.paragraph(paragraph);
            if (p.isEmpty()) {
                problems.add(file, entry, "paragraph " + paragraph + " does not exist: " + articleFile
                        + " has " + article.paragraphs().size() + " paragraphs");
            } else if (source != null && !p.get().text().contains(source)) {
                problems.add(file, entry, "'source' is not verbatim in paragraph " + paragraph
                        + " of " + articleFile + nearMiss(source, article));
            }
        }

        List<Figure> figures = readFigures(node.get("figures"), file, entry, concepts, problems);
        if (source != null && ar != null && en != null) {
            Set<String> sourceNumbers = Numbers.in(source);
            checkFiguresStated(ar, "ar", sourceNumbers, file, entry, problems);
            checkFiguresStated(en, "en", sourceNumbers, file, entry, problems);
            for (Figure f : figures) {
                String v = Numbers.canonical(f.value());
                if (!sourceNumbers.contains(v)) {
                    problems.add(file, entry, "figure " + f.value() + " is not in the source");
                }
                if (!Numbers.in(ar).contains(v)) {
                    problems.add(file, entry, "figure " + f.value() + " is missing from the 'ar' answer");
                }
                if (!Numbers.in(en).contains(v)) {
                    problems.add(file, entry, "figure " + f.value() + " is missing from the 'en' answer");
                }
            }
        }

        Set<QuestionKind> kinds = new LinkedHashSet<>();
        for (String k : strings(node, "answers", file, entry, problems)) {
            QuestionKind.fromKey(k).ifPresentOrElse(kinds::add, () -> problems.add(file, entry,
                    "'answers' has '" + k + "'; allowed: " + QuestionKind.allowed()));
        }
        List<String> topics = strings(node, "topics", file, entry, problems);
        for (String t : topics) {
            if (concepts != null && !concepts.contains(t)) {
                problems.add(file, entry, "topic '" + t + "' is not a concept or entity in " + KnowledgeLoader.LEXICON_FILE);
            }
        }
        // what it says ends for the one it names first, and with whom (ceo, scale_ai): "is Wang still
        // Scale's CEO?" is answered "No" only by such a fact
        Set<String> ends = new LinkedHashSet<>();
        if (node.has("ends")) {
            for (String t : strings(node, "ends", file, entry, problems)) {
                if (concepts != null && !concepts.contains(t)) {
                    problems.add(file, entry, "'ends' has '" + t + "', which is not a concept or entity in " + KnowledgeLoader.LEXICON_FILE);
                }
                ends.add(t);
            }
        }
        // the one value it gives in a place a claim may name another in ("the memo was seen by
        // Bloomberg": outlet): each value a lexicon concept or entity, a role with "@" the company
        Map<String, List<String>> pins = new java.util.LinkedHashMap<>();
        JsonNode pinNode = node.get("pins");
        if (pinNode != null) {
            if (!pinNode.isObject()) {
                problems.add(file, entry, "'pins' must be a mapping of a slot to its values");
            } else {
                pinNode.fieldNames().forEachRemaining(slot -> {
                    List<String> values = strings(pinNode, slot, file, entry, problems);
                    for (String v : values) {
                        for (String part : v.split("@")) {
                            if (concepts != null && !concepts.contains(part)) {
                                problems.add(file, entry, "'pins' has '" + part + "', which is not a concept or entity in "
                                        + KnowledgeLoader.LEXICON_FILE);
                            }
                        }
                    }
                    pins.put(slot, values);
                });
            }
        }
        // whom it says who they are ("who is Alexandr Wang?"): a lexicon entity its answers name
        Set<String> introduces = new LinkedHashSet<>();
        if (node.has("introduces")) {
            for (String e : strings(node, "introduces", file, entry, problems)) {
                Term t = entities == null ? null : entities.get(e);
                if (entities != null && t == null) {
                    problems.add(file, entry, "'introduces' has '" + e + "', which is not an entity in " + KnowledgeLoader.LEXICON_FILE);
                } else if (t != null && !names(t, ar, Language.AR) && !names(t, en, Language.EN)) {
                    problems.add(file, entry, "'introduces' has '" + e + "', which neither answer names: an answer that"
                            + " says who or what it is names it");
                }
                introduces.add(e);
            }
        }
        // what it names only in passing ("models like Gemini, ChatGPT's rival"): no figure of them, nor
        // what nothing in the knowledge speaks of, is asked of it; what it is about is no aside
        Set<String> asides = new LinkedHashSet<>();
        if (node.has("asides")) {
            for (String t : strings(node, "asides", file, entry, problems)) {
                if (concepts != null && !concepts.contains(t)) {
                    problems.add(file, entry, "'asides' has '" + t + "', which is not a concept or entity in " + KnowledgeLoader.LEXICON_FILE);
                } else if (topics.contains(t)) {
                    problems.add(file, entry, "'asides' has '" + t + "', which is one of its topics (what a fact is about is no aside)");
                }
                asides.add(t);
            }
        }
        Map<Language, String> examples = new EnumMap<>(Language.class);
        JsonNode example = node.get("example");
        if (example != null) {
            if (!example.isObject()) {
                problems.add(file, entry, "'example' must be a mapping with 'ar' and/or 'en'");
            } else {
                unknownKeys(example, Set.of("ar", "en"), file, entry + " example", problems);
                for (Language l : Language.values()) {
                    String q = text(example, l.code());
                    if (q != null) {
                        examples.put(l, q);
                    }
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Fact(id, articleFile, paragraph, source, Fact.bilingual(ar, en), figures, kinds, topics,
                examples, true, Map.of(), ends, pins, introduces, asides);
    }

    /** Whether an answer names an entity by one of its lexicon forms (folded, so hamza and case do not matter). */
    private static boolean names(Term entity, String answer, Language language) {
        if (answer == null) {
            return true;        // its own problem is reported
        }
        String folded = ArabicText.fold(answer);
        return entity.forms().getOrDefault(language, List.of()).stream().anyMatch(f -> folded.contains(ArabicText.fold(f)));
    }

    private static void checkFiguresStated(String answer, String lang, Set<String> sourceNumbers,
                                           String file, String entry, ProblemList problems) {
        for (String n : Numbers.in(answer)) {
            if (!sourceNumbers.contains(n)) {
                problems.add(file, entry, "the '" + lang + "' answer states " + n
                        + ", which is not in the source (every figure must come from the cited text)");
            }
        }
    }

    private static List<Figure> readFigures(JsonNode node, String file, String entry, Set<String> concepts,
                                     ProblemList problems) {
        List<Figure> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!node.isArray()) {
            problems.add(file, entry, "'figures' must be a list");
            return out;
        }
        for (JsonNode f : node) {
            if (!f.isObject()) {
                problems.add(file, entry, "each figure must be a mapping (value, unit, kind, about)");
                continue;
            }
            unknownKeys(f, FIGURE_KEYS, file, entry + " figure", problems);
            String value = text(f, "value");
            String unit = text(f, "unit");
            String kind = text(f, "kind");
            String about = text(f, "about");
            if (value == null || !value.matches("[0-9٠-٩]+([.٫][0-9٠-٩]+)?")) {
                problems.add(file, entry, "figure value '" + value + "' must be a number as written in the answers");
                continue;
            }
            var k = kind == null ? java.util.Optional.<FigureKind>empty() : FigureKind.fromKey(kind);
            if (k.isEmpty()) {
                problems.add(file, entry, "figure " + value + " has kind '" + kind
                        + "'; allowed: money, percent, age, count, year, date, version, other");
                continue;
            }
            String of = text(f, "of");
            if (of != null && concepts != null && !concepts.contains(of)) {
                problems.add(file, entry, "figure " + value + " is 'of' '" + of
                        + "', which the lexicon does not name; use an entity id from lexicon.yaml (e.g. scale_ai)");
                of = null;
            }
            out.add(new Figure(value, unit == null ? "" : unit, k.get(), about, of));
        }
        return out;
    }

    /** Says where the source goes wrong, so an editor does not have to diff by eye. */
    private static String nearMiss(String source, Article article) {
        String folded = ArabicText.fold(source);
        for (Paragraph p : article.paragraphs()) {
            if (ArabicText.fold(p.text()).contains(folded)) {
                return "; it differs only in diacritics, hamza or letter forms from paragraph " + p.number()
                        + ": copy the passage exactly as published";
            }
        }
        int best = 0;
        for (Paragraph p : article.paragraphs()) {
            for (int len = source.length() - 1; len > best; len--) {
                if (p.text().contains(source.substring(0, len))) {
                    best = len;
                    break;
                }
            }
        }
        if (best < 8) {
            return "";
        }
        int end = Math.min(source.length(), best + 20);
        return "; it matches up to here: \"…" + source.substring(Math.max(0, best - 20), best)
                + "\" and then differs at \"" + source.substring(best, end) + "…\"";
    }

    // ---- quotes for uncurated articles ----

    static List<Fact> quotes(Article article) {
        List<Fact> out = new ArrayList<>();
        String stem = article.file().substring(0, article.file().length() - KnowledgeLoader.ARTICLE_SUFFIX.length());
        for (Paragraph p : article.paragraphs()) {
            int n = 0;
            for (String sentence : ArticleParser.sentences(p.text())) {
                n++;
                String quote = shorten(sentence, KnowledgeLoader.MAX_ANSWER_CHARS - 40);
                out.add(new Fact(stem + "-p" + p.number() + "-s" + n, article.file(), p.number(), sentence,
                        Fact.bilingual("تقول المقالة: «" + quote + "»", "The article says (in Arabic): «" + quote + "»"),
                        List.of(), Set.of(), List.of(), Map.of(), false));
            }
        }
        return out;
    }

    static String shorten(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        return s.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }
}
