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
 * @param numbers     the figures it mentions (a year, a version): a fact must contain them all
 */
record ParsedQuestion(String text, String normalized, Language language, Intent intent, List<Slot> slots,
                      List<String> unknownNames, Set<String> numbers, boolean smallTalk) {

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
