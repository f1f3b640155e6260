package dev.safqa.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.safqa.knowledge.FigureKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The forms of a question that are not its subject: claims, instructions, wholes, the joints
 * between two questions in one message, and the units that say what a figure is. The patterns
 * are data ({@code reading.yaml} beside this class), compiled once.
 */
record ReadingRules(Pattern yesNo, Pattern tag, Pattern instruction, Pattern whole, Pattern parts,
                    Map<FigureKind, Pattern> unitsAfter, Pattern moneyBefore, Pattern opinion,
                    Map<String, Pattern> periods) {
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE;
    static final ReadingRules STANDARD = load();

    private static ReadingRules load() {
        try (InputStream in = ReadingRules.class.getResourceAsStream("reading.yaml")) {
            if (in == null) {
                throw new IllegalStateException("reading.yaml is part of the jar");
            }
            JsonNode n = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<FigureKind, Pattern> units = new EnumMap<>(FigureKind.class);
            units.put(FigureKind.MONEY, Pattern.compile(n.path("units").path("money").asText(), FLAGS));
            units.put(FigureKind.PERCENT, Pattern.compile(n.path("units").path("percent").asText(), FLAGS));
            units.put(FigureKind.AGE, Pattern.compile(n.path("units").path("age").asText(), FLAGS));
            Map<String, Pattern> periods = new java.util.LinkedHashMap<>();
            n.path("periods").fieldNames().forEachRemaining(k -> periods.put(k, any(n.path("periods"), k)));
            return new ReadingRules(any(n, "yes-no"), any(n, "tag"), any(n, "instruction"), any(n, "whole"),
                    any(n, "parts"), units, Pattern.compile(n.path("units").path("money-before").asText(), FLAGS),
                    any(n, "opinion"), Map.copyOf(periods));
        } catch (IOException e) {
            throw new UncheckedIOException("reading.yaml is part of the jar", e);
        }
    }

    /** The periods (future, before...) a folded text speaks of. */
    java.util.Set<String> periodsIn(String folded) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        periods.forEach((name, p) -> {
            if (p.matcher(folded).find()) {
                out.add(name);
            }
        });
        return out;
    }

    private static Pattern any(JsonNode n, String key) {
        List<String> alternatives = new ArrayList<>();
        n.path(key).forEach(p -> alternatives.add("(?:" + p.asText() + ")"));
        if (alternatives.isEmpty()) {
            throw new IllegalStateException("reading.yaml has no '" + key + "'");
        }
        return Pattern.compile(String.join("|", alternatives), FLAGS);
    }
}
