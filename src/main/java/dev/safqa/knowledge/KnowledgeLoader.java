package dev.safqa.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.safqa.text.ArabicText;
import dev.safqa.text.Language;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads a knowledge folder and checks it the way an editor needs: every problem found, each with
 * its file, its entry and what is wrong, before anything serves from it.
 *
 * <p>The folder holds articles ({@code *.txt}, as published), facts files ({@code *.facts.yaml},
 * each naming its article) and {@code lexicon.yaml}. An article no facts file names is still
 * served: its sentences become quotes.
 */
public final class KnowledgeLoader {
    public static final String LEXICON_FILE = "lexicon.yaml";
    public static final String FACTS_SUFFIX = ".facts.yaml";
    public static final String ARTICLE_SUFFIX = ".txt";
    /** An answer is read in a chat bubble: anything longer belongs in the citation. */
    public static final int MAX_ANSWER_CHARS = 300;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Set<String> FACT_KEYS = Set.of(
            "id", "paragraph", "source", "ar", "en", "figures", "answers", "topics", "example");
    private static final Set<String> FIGURE_KEYS = Set.of("value", "unit", "kind", "about");
    private static final Set<String> TERM_KEYS = Set.of("id", "kind", "type", "generic", "en", "ar", "name");
    private static final Map<String, Term.Category> LEXICON_SECTIONS = Map.of(
            "entities", Term.Category.ENTITY, "concepts", Term.Category.CONCEPT, "unknowns", Term.Category.UNKNOWN,
            "others", Term.Category.OTHER);

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    public Knowledge load(Path folder) throws KnowledgeException {
        Problems problems = new Problems();
        if (!Files.isDirectory(folder)) {
            problems.add(folder.toString(), "", "is not a folder (set the knowledge path in the config or with --knowledge)");
            throw problems.exception();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            problems.add(folder.toString(), "", "cannot be listed: " + e.getMessage());
            throw problems.exception();
        }

        Map<String, Article> articles = new java.util.LinkedHashMap<>();
        List<Path> factFiles = new ArrayList<>();
        Path lexiconFile = null;
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (name.endsWith(ARTICLE_SUFFIX)) {
                String text = read(file, problems);
                if (text != null) {
                    Article article = ArticleParser.parse(name, text);
                    if (article.paragraphs().isEmpty()) {
                        problems.add(name, "", "has no paragraphs of text (only headings or page furniture)");
                    } else {
                        articles.put(name, article);
                    }
                }
            } else if (name.endsWith(FACTS_SUFFIX)) {
                factFiles.add(file);
            } else if (name.equals(LEXICON_FILE)) {
                lexiconFile = file;
            } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                problems.add(name, "", "is neither " + LEXICON_FILE + " nor a facts file (*" + FACTS_SUFFIX + ")");
            }
        }
        if (articles.isEmpty() && problems.isEmpty()) {
            problems.add(folder.toString(), "", "has no article (*" + ARTICLE_SUFFIX + ")");
        }

        Lexicon lexicon = lexiconFile == null ? Lexicon.EMPTY : readLexicon(lexiconFile, problems);

        List<Fact> facts = new ArrayList<>();
        Set<String> curatedArticles = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Path file : factFiles) {
            readFacts(file, articles, lexicon, facts, curatedArticles, ids, problems);
        }
        for (Article article : articles.values()) {
            if (!curatedArticles.contains(article.file())) {
                facts.addAll(quotes(article));
            }
        }
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        return new Knowledge(folder, List.copyOf(articles.values()), facts, lexicon, digest(files));
    }

    // ---- facts ---------------------------------------------------------------------------------

    private void readFacts(Path file, Map<String, Article> articles, Lexicon lexicon, List<Fact> facts,
                           Set<String> curatedArticles, Set<String> ids, Problems problems) {
        String name = file.getFileName().toString();
        JsonNode root = parseYaml(file, problems);
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
        Set<String> concepts = new HashSet<>();
        for (Term t : lexicon.terms()) {
            if (t.category() == Term.Category.CONCEPT || t.category() == Term.Category.ENTITY) {
                concepts.add(t.id());
            }
        }
        int index = 0;
        for (JsonNode node : list) {
            index++;
            Fact fact = readFact(node, index, name, articleFile, article, concepts, problems);
            if (fact != null) {
                if (!ids.add(fact.id())) {
                    problems.add(name, fact.id(), "duplicate id (ids are unique across all facts files)");
                } else {
                    facts.add(fact);
                }
            }
        }
    }

    private Fact readFact(JsonNode node, int index, String file, String articleFile, Article article,
                          Set<String> concepts, Problems problems) {
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
            if (answer[1] != null && answer[1].length() > MAX_ANSWER_CHARS) {
                problems.add(file, entry, "'" + answer[0] + "' is " + answer[1].length()
                        + " characters; answers are at most " + MAX_ANSWER_CHARS + " (the citation carries the rest)");
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
                    "'answers' has '" + k + "'; allowed: who, what, when, why, how"));
        }
        List<String> topics = strings(node, "topics", file, entry, problems);
        for (String t : topics) {
            if (!concepts.contains(t)) {
                problems.add(file, entry, "topic '" + t + "' is not a concept or entity in " + LEXICON_FILE);
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
                examples, true);
    }

    private static void checkFiguresStated(String answer, String lang, Set<String> sourceNumbers,
                                           String file, String entry, Problems problems) {
        for (String n : Numbers.in(answer)) {
            if (!sourceNumbers.contains(n)) {
                problems.add(file, entry, "the '" + lang + "' answer states " + n
                        + ", which is not in the source (every figure must come from the cited text)");
            }
        }
    }

    private List<Figure> readFigures(JsonNode node, String file, String entry, Set<String> concepts,
                                     Problems problems) {
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
            out.add(new Figure(value, unit == null ? "" : unit, k.get(), about));
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

    // ---- quotes for uncurated articles -----------------------------------------------------------

    private static List<Fact> quotes(Article article) {
        List<Fact> out = new ArrayList<>();
        String stem = article.file().substring(0, article.file().length() - ARTICLE_SUFFIX.length());
        for (Paragraph p : article.paragraphs()) {
            int n = 0;
            for (String sentence : ArticleParser.sentences(p.text())) {
                n++;
                String quote = shorten(sentence, MAX_ANSWER_CHARS - 40);
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

    // ---- lexicon -------------------------------------------------------------------------------

    private Lexicon readLexicon(Path file, Problems problems) {
        String name = file.getFileName().toString();
        JsonNode root = parseYaml(file, problems);
        if (root == null) {
            return Lexicon.EMPTY;
        }
        if (!root.isObject()) {
            problems.add(name, "", "must be a mapping with entities, concepts and unknowns");
            return Lexicon.EMPTY;
        }
        unknownKeys(root, LEXICON_SECTIONS.keySet(), name, "", problems);
        List<Term> terms = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String section : List.of("entities", "concepts", "unknowns", "others")) {
            JsonNode list = root.get(section);
            if (list == null) {
                continue;
            }
            if (!list.isArray()) {
                problems.add(name, section, "must be a list");
                continue;
            }
            int index = 0;
            for (JsonNode node : list) {
                index++;
                Term t = readTerm(node, LEXICON_SECTIONS.get(section), section + " #" + index, name, problems);
                if (t != null && !ids.add(t.id())) {
                    problems.add(name, t.id(), "duplicate id");
                } else if (t != null) {
                    terms.add(t);
                }
            }
        }
        return new Lexicon(terms);
    }

    private Term readTerm(JsonNode node, Term.Category category, String where, String file, Problems problems) {
        if (!node.isObject()) {
            problems.add(file, where, "must be a mapping (id, en, ar)");
            return null;
        }
        String id = text(node, "id");
        String entry = id == null ? where : id;
        int before = problems.size();
        unknownKeys(node, TERM_KEYS, file, entry, problems);
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(file, entry, "'id' is missing or not lower-case letters, digits, '-' or '_'");
        }
        FigureKind kind = null;
        String kindText = text(node, "kind");
        if (kindText != null) {
            kind = FigureKind.fromKey(kindText).orElse(null);
            if (kind == null) {
                problems.add(file, entry, "kind '" + kindText + "' is not one of money, percent, age, count, year, date");
            }
        }
        String type = text(node, "type");
        if (type != null && !Term.TYPES.contains(type)) {
            problems.add(file, entry, "type '" + type + "' is not one of person, company, product, media");
        }
        Map<Language, List<String>> forms = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            List<String> words = strings(node, l.code(), file, entry, problems);
            if (!words.isEmpty()) {
                forms.put(l, words);
            }
        }
        if (forms.isEmpty()) {
            problems.add(file, entry, "has no words: give 'en' and/or 'ar' forms");
        }
        Map<Language, String> names = new EnumMap<>(Language.class);
        JsonNode nameNode = node.get("name");
        if (nameNode != null) {
            if (!nameNode.isObject()) {
                problems.add(file, entry, "'name' must be a mapping with 'en' and 'ar'");
            } else {
                for (Language l : Language.values()) {
                    String n = text(nameNode, l.code());
                    if (n != null) {
                        names.put(l, n);
                    }
                }
            }
        }
        JsonNode genericNode = node.get("generic");
        if (genericNode != null && !genericNode.isBoolean()) {
            problems.add(file, entry, "'generic' must be true or false");
        }
        boolean generic = genericNode != null && genericNode.asBoolean();
        return problems.size() > before ? null : new Term(id, category, kind, type, generic, forms, names);
    }

    // ---- YAML helpers ----------------------------------------------------------------------------

    private JsonNode parseYaml(Path file, Problems problems) {
        String name = file.getFileName().toString();
        String text = read(file, problems);
        if (text == null) {
            return null;
        }
        try {
            JsonNode node = yaml.readTree(text);
            if (node == null || node.isMissingNode()) {
                problems.add(name, "", "is empty");
                return null;
            }
            return node;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            problems.add(name, loc == null ? "" : "line " + loc.getLineNr(),
                    "is not valid YAML: " + e.getOriginalMessage());
            return null;
        }
    }

    private static String read(Path file, Problems problems) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString()
                    .replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            problems.add(file.getFileName().toString(), "", "is not UTF-8 text");
        } catch (IOException e) {
            problems.add(file.getFileName().toString(), "", "cannot be read: " + e.getMessage());
        }
        return null;
    }

    private static void unknownKeys(JsonNode node, Set<String> allowed, String file, String entry, Problems problems) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                problems.add(file, entry, "unknown key '" + key + "'; allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String requiredText(JsonNode node, String key, String file, String entry, Problems problems) {
        JsonNode v = node.get(key);
        if (v != null && v.isContainerNode()) {
            problems.add(file, entry, "'" + key + "' must be text");
            return null;
        }
        String s = text(node, key);
        if (s == null) {
            problems.add(file, entry, "'" + key + "' is missing or empty");
        }
        return s;
    }

    private static List<String> strings(JsonNode node, String key, String file, String entry, Problems problems) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            problems.add(file, entry, "'" + key + "' must be a list, e.g. [a, b]");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (item.isContainerNode() || item.asText().isBlank()) {
                problems.add(file, entry, "'" + key + "' has an empty or nested item");
            } else {
                out.add(item.asText().strip());
            }
        }
        return out;
    }

    private static String digest(List<Path> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                sha.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                try {
                    sha.update(Files.readAllBytes(f));
                } catch (IOException e) {
                    sha.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Problems found so far, in the order found. */
    private static final class Problems {
        private final List<KnowledgeProblem> list = new ArrayList<>();

        void add(String file, String entry, String reason) {
            list.add(new KnowledgeProblem(file, entry, reason));
        }

        int size() {
            return list.size();
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        KnowledgeException exception() {
            return new KnowledgeException(list);
        }
    }
}
