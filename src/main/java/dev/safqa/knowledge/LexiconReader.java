package dev.safqa.knowledge;

import static dev.safqa.knowledge.YamlFiles.parse;
import static dev.safqa.knowledge.YamlFiles.strings;
import static dev.safqa.knowledge.YamlFiles.text;
import static dev.safqa.knowledge.YamlFiles.unknownKeys;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safqa.text.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code lexicon.yaml}: entities, concepts, unknowns and others, each term checked. */
final class LexiconReader {
    private static final Set<String> TERM_KEYS = Set.of("id", "kind", "type", "generic", "en", "ar", "name");
    private static final Map<String, Term.Category> SECTIONS = Map.of(
            "entities", Term.Category.ENTITY, "concepts", Term.Category.CONCEPT, "unknowns", Term.Category.UNKNOWN,
            "others", Term.Category.OTHER);

    private LexiconReader() {
    }

    static Lexicon readLexicon(Path file, ProblemList problems) {
        String name = file.getFileName().toString();
        JsonNode root = parse(file, problems);
        if (root == null) {
            return Lexicon.EMPTY;
        }
        if (!root.isObject()) {
            problems.add(name, "", "must be a mapping with entities, concepts and unknowns");
            return Lexicon.EMPTY;
        }
        unknownKeys(root, SECTIONS.keySet(), name, "", problems);
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
                Term t = readTerm(node, SECTIONS.get(section), section + " #" + index, name, problems);
                if (t != null && !ids.add(t.id())) {
                    problems.add(name, t.id(), "duplicate id");
                } else if (t != null) {
                    terms.add(t);
                }
            }
        }
        return new Lexicon(terms);
    }

    private static Term readTerm(JsonNode node, Term.Category category, String where, String file, ProblemList problems) {
        if (!node.isObject()) {
            problems.add(file, where, "must be a mapping (id, en, ar)");
            return null;
        }
        String id = text(node, "id");
        String entry = id == null ? where : id;
        int before = problems.size();
        unknownKeys(node, TERM_KEYS, file, entry, problems);
        if (id == null || !FactsReader.ID.matcher(id).matches()) {
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
}
