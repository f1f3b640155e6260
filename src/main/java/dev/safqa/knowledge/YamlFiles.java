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
            var loc = e.getLocation();
            problems.add(name, loc == null ? "" : "line " + loc.getLineNr(),
                    "is not valid YAML: " + e.getOriginalMessage());
            return null;
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
