package dev.safqa.knowledge;

import dev.safqa.text.Language;
import java.util.List;
import java.util.Map;

/**
 * A lexicon entry: one thing (an entity, a concept, or something the articles do not cover) and
 * the words for it in each language.
 *
 * @param kind  for concepts: the kind of figure that answers "how much" about it, or null
 * @param type  for entities: person, company, product or media, or null
 * @param generic for concepts: only says what kind of figure is wanted ("money"), so any fact with
 *                such a figure covers it
 * @param names the display name per language (entities and unknowns), may be empty
 */
public record Term(String id, Category category, FigureKind kind, String type, boolean generic,
                   Map<Language, List<String>> forms, Map<Language, String> names) {

    public static final java.util.Set<String> TYPES = java.util.Set.of("person", "company", "product", "media");

    public boolean isPerson() {
        return "person".equals(type);
    }

    /**
     * ENTITY and CONCEPT are what the articles talk about; UNKNOWN is what people ask that they
     * do not say; OTHER is a company or product they do not cover at all.
     */
    public enum Category { ENTITY, CONCEPT, UNKNOWN, OTHER }

    public Term {
        forms = Map.copyOf(forms);
        names = Map.copyOf(names);
    }

    public String name(Language language) {
        return names.getOrDefault(language, id);
    }

    /**
     * By its id alone: equal terms have equal ids, so this keeps the contract of {@link #equals}. The
     * record's own hash went through every form in both languages, and the lexicon matcher and the
     * slots hash a term for each match on every question. (No term set's order depends on it: they
     * are insertion-ordered, or {@code Set.copyOf}, whose order changes from run to run anyway.)
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
