package dev.safqa.knowledge;

import dev.safqa.text.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One claim of an article with a short answer in each language and its verbatim Arabic source.
 *
 * <p>Curated facts come from a facts file. An article without one is still answerable: each of its
 * sentences becomes an uncurated fact whose answer is the quote itself ({@code curated == false}).
 *
 * @param answers the short answer in each language; both are present
 * @param kinds   the question kinds it answers beyond its figures (who, why...)
 * @param topics  lexicon concept ids it is about
 * @param examples a question it answers, per language, offered as a suggestion (may be empty)
 */
public record Fact(
        String id,
        String article,
        int paragraph,
        String source,
        Map<Language, String> answers,
        List<Figure> figures,
        Set<QuestionKind> kinds,
        List<String> topics,
        Map<Language, String> examples,
        boolean curated) {

    public Fact {
        answers = Map.copyOf(answers);
        figures = List.copyOf(figures);
        kinds = Set.copyOf(kinds);
        topics = List.copyOf(topics);
        examples = Map.copyOf(examples);
    }

    public String answer(Language language) {
        return answers.get(language);
    }

    public Optional<String> example(Language language) {
        return Optional.ofNullable(examples.get(language));
    }

    /** Everything a reader could compare to decide whether a fact changed between two loads. */
    public boolean sameContentAs(Fact other) {
        return article.equals(other.article) && paragraph == other.paragraph && source.equals(other.source)
                && answers.equals(other.answers) && figures.equals(other.figures);
    }

    static Map<Language, String> bilingual(String ar, String en) {
        Map<Language, String> m = new EnumMap<>(Language.class);
        m.put(Language.AR, ar);
        m.put(Language.EN, en);
        return m;
    }
}
