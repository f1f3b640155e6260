package dev.safqa.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The bilingual lexicon: entities, concepts, and the things the articles are known not to say. */
public record Lexicon(List<Term> terms) {
    public static final Lexicon EMPTY = new Lexicon(List.of());

    public Lexicon {
        terms = List.copyOf(terms);
    }

    public List<Term> of(Term.Category category) {
        List<Term> out = new ArrayList<>();
        for (Term t : terms) {
            if (t.category() == category) {
                out.add(t);
            }
        }
        return out;
    }

    public Optional<Term> term(String id) {
        return Optional.ofNullable(byId().get(id));
    }

    /** The last lexicon's terms by id (a record keeps no field of its own beside its components). */
    private record ById(List<Term> terms, Map<String, Term> byId) {
    }

    private static volatile ById last;

    /**
     * Its terms by id, the first of each id. Built once per lexicon, not per call: the answerer looks
     * terms up by id many times a question, and rebuilding the map was most of a lookup. One lexicon
     * is in use at a time (a reload builds a new one), so the last one's map is kept, recognised by
     * its very list of terms, which the record never changes.
     */
    private Map<String, Term> byId() {
        ById b = last;
        if (b == null || b.terms() != terms) {
            b = new ById(terms, terms.stream().collect(Collectors.toMap(Term::id, Function.identity(), (x, y) -> x)));
            last = b;
        }
        return b.byId();
    }
}
