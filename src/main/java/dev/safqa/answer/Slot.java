package dev.safqa.answer;

import dev.safqa.knowledge.Term;
import java.util.Set;

/**
 * One meaningful part of a question: a named entity, a concept, something the articles are known
 * not to cover, an ordinary word of the knowledge, or a word the knowledge has never seen.
 *
 * @param forms  the analysed forms of the word(s)
 * @param terms  the lexicon terms it names (empty for words)
 * @param weight how much the question rests on it, for judging how well a fact covers the question
 * @param context true if it only sets the scene ("after Meta's investment", "بعد الصفقة")
 */
record Slot(Type type, Set<String> forms, Set<Term> terms, double weight, boolean context) {
    enum Type { ENTITY, CONCEPT, NOT_COVERED, WORD, UNKNOWN_WORD }

    Slot {
        forms = Set.copyOf(forms);
        terms = Set.copyOf(terms);
    }
}
