package dev.safqa.answer;

import dev.safqa.knowledge.Term;
import dev.safqa.text.Language;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A question read for answering: its language, what it asks for, and its parts.
 *
 * @param normalized  the question after folding, dialect mapping and spelling correction
 * @param unknownNames Latin names that nothing in the knowledge mentions ("Microsoft", "Activision")
 * @param numbers     the figures it mentions
 * @param versions    numbers that follow a name ("Llama 4"): part of the name
 */
record ParsedQuestion(String text, String normalized, Language language, Intent intent, List<Slot> slots,
                      List<String> unknownNames, Set<String> numbers, Set<String> versions, boolean smallTalk,
                      Set<String> excluded, Set<String> alternatives) {

    /** Entities a fact must name: all the question names, but those excluded or offered as alternatives. */
    Set<String> requiredEntities() {
        Set<String> out = new LinkedHashSet<>(ids(Slot.Type.ENTITY));
        out.removeAll(excluded);
        out.removeAll(alternatives);
        return out;
    }

    /** Numbers that read as years (1900-2100). */
    Set<String> years() {
        Set<String> out = new LinkedHashSet<>();
        for (String n : numbers) {
            if (n.matches("(19|20)\\d\\d")) {
                out.add(n);
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern PLURAL = java.util.regex.Pattern.compile(
            "\\b(companies|firms|labs|customers|clients|rivals|who are|which ones)\\b"
            + "|(الشركات|شركات|المختبرات|مختبرات|العملاء|عملاء|الجهات|من هم)",
            java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    /** The question asks for several ("which companies", "ما هي الشركات"). */
    boolean plural() {
        return PLURAL.matcher(normalized).find();
    }

    ParsedQuestion {
        slots = List.copyOf(slots);
        unknownNames = List.copyOf(unknownNames);
        numbers = Set.copyOf(numbers);
        versions = Set.copyOf(versions);
        excluded = Set.copyOf(excluded);
        alternatives = Set.copyOf(alternatives);
    }

    Set<String> ids(Slot.Type type) {
        Set<String> out = new LinkedHashSet<>();
        for (Slot s : slots) {
            if (s.type() == type) {
                s.terms().forEach(t -> out.add(t.id()));
            }
        }
        return out;
    }

    List<Term> notCovered() {
        return slots.stream().filter(s -> s.type() == Slot.Type.NOT_COVERED)
                .flatMap(s -> s.terms().stream()).distinct().toList();
    }

    boolean namesSomething() {
        return slots.stream().anyMatch(s -> s.type() == Slot.Type.ENTITY || s.type() == Slot.Type.CONCEPT);
    }
}
