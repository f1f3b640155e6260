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

    private Map<String, Term> byId() {
        return terms.stream().collect(Collectors.toMap(Term::id, Function.identity(), (a, b) -> a));
    }
}
