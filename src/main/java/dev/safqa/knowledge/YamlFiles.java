package dev.safqa.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reading the human-edited files of the knowledge folder: strictly UTF-8, YAML into a tree, and the
 * checks every entry needs (unknown keys, text, lists), each failure added to the problem list with
 * the file and the entry rather than thrown.
 */
final class YamlFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private YamlFiles() {
    }

    static JsonNode parse(Path file, ProblemList problems) {
        String name = file.getFileName().toString();
        String text = read(file, problems);
        if (text == null) {
            return null;
        }
        try {
            JsonNode node = YAML.readTree(text);
            if (node == null || node.isMissingNode()) {
                problems.add(name, "", "is empty");
                return null;
            }
            return node;
        } catch (JsonProcessingException e) {
            YamlMistake m = YamlMistake.of(e);
            problems.add(name, m.where(), "is not valid YAML: " + m.what());
            return null;
        }
    }

    /**
     * A YAML syntax error told in one line, at the place to edit. SnakeYAML's own message spans
     * several lines and names two places ("while parsing a flow sequence in line 22 ... expected ','
     * or ']' in line 23"), the second being where it gave up, not where the mistake is.
     */
    record YamlMistake(String where, String what) {
        static YamlMistake of(JsonProcessingException e) {
            org.yaml.snakeyaml.error.MarkedYAMLException marked = null;
            for (Throwable c = e; c != null && marked == null; c = c.getCause() == c ? null : c.getCause()) {
                if (c instanceof org.yaml.snakeyaml.error.MarkedYAMLException m) {
                    marked = m;
                }
            }
            if (marked == null || marked.getProblemMark() == null) {
                var loc = e.getLocation();
                String first = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
                return new YamlMistake(loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr(), first);
            }
            String context = marked.getContext() == null ? "" : marked.getContext();
            String problem = marked.getProblem() == null ? "" : marked.getProblem();
            var at = marked.getProblemMark();
            var opened = marked.getContextMark();
            if (opened != null && context.contains("flow sequence")) {
                return new YamlMistake(place(opened), "the list opened with '[' on line " + (opened.getLine() + 1)
                        + " is not closed: end it with ']'");
            }
            if (opened != null && context.contains("flow mapping")) {
                return new YamlMistake(place(opened), "the mapping opened with '{' on line " + (opened.getLine() + 1)
                        + " is not closed: end it with '}'");
            }
            if (opened != null && context.contains("quoted scalar")) {
                return new YamlMistake(place(opened), "the quote opened on line " + (opened.getLine() + 1)
                        + " is not closed: end the text with the same quote");
            }
            if (problem.contains("expected <block end>") || problem.contains("mapping values are not allowed")
                    && context.isEmpty()) {
                return new YamlMistake(place(at), problem.contains("mapping values")
                        ? "a ':' where YAML does not expect one: put text that holds ': ' in quotes"
                        : "this line is not indented like the lines of its entry: line it up with the keys above it");
            }
            if (problem.contains("'\\t'") || problem.contains("\\t")) {
                return new YamlMistake(place(at), "a tab: YAML indents with spaces only");
            }
            return new YamlMistake(place(at), problem.isEmpty() ? context : problem);
        }

        private static String place(org.yaml.snakeyaml.error.Mark mark) {
            return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
        }
    }

    static String read(Path file, ProblemList problems) {
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

    static void unknownKeys(JsonNode node, Set<String> allowed, String file, String entry, ProblemList problems) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                problems.add(file, entry, "unknown key '" + key + "'; allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }

    static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    static String requiredText(JsonNode node, String key, String file, String entry, ProblemList problems) {
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

    static List<String> strings(JsonNode node, String key, String file, String entry, ProblemList problems) {
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
}
