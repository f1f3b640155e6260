package dev.safqa.knowledge;

import dev.safqa.text.Language;
import java.util.Collections;
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
 * @param ends    what it says ends for the one it names first, and with whom, as lexicon concepts and
 *                entities ("Wang is leaving": ceo, role, scale_ai): a question whether that still
 *                holds is answered "No" with it
 * @param introduces the lexicon entities it says who or what they are ("Alexandr Wang, Scale AI's
 *                   founder and CEO, is leaving to join Meta": wang): a question that asks only who
 *                   or what one of them is ("who is Alexandr Wang?") is answered with it
 * @param asides  what it names only in passing, as lexicon entities ("models like Gemini, ChatGPT's
 *                rival"): of them it tells only what it says there, never a figure it does not give of them
 * @param examples a question it answers, per language, offered as a suggestion (may be empty)
 * @param questions the ways people ask for it ("alternate questions"), per language, from a
 *                  {@code *.questions.yaml} file: matched as well as the fact's own text
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
        boolean curated,
        Map<Language, List<String>> questions,
        Set<String> ends,
        Map<String, List<String>> pins,
        Set<String> introduces,
        Set<String> asides) {

    public Fact {
        answers = Map.copyOf(answers);
        figures = List.copyOf(figures);
        kinds = Set.copyOf(kinds);
        topics = List.copyOf(topics);
        examples = Map.copyOf(examples);
        Map<Language, List<String>> q = new EnumMap<>(Language.class);
        questions.forEach((l, list) -> q.put(l, List.copyOf(list)));
        questions = Collections.unmodifiableMap(q);
        ends = Set.copyOf(ends);
        Map<String, List<String>> pinned = new java.util.LinkedHashMap<>();
        pins.forEach((slot, values) -> pinned.put(slot, List.copyOf(values)));
        pins = Collections.unmodifiableMap(pinned);
        introduces = Set.copyOf(introduces);
        asides = Set.copyOf(asides);
    }

    public Fact(String id, String article, int paragraph, String source, Map<Language, String> answers,
                List<Figure> figures, Set<QuestionKind> kinds, List<String> topics, Map<Language, String> examples,
                boolean curated, Map<Language, List<String>> questions, Set<String> ends, Map<String, List<String>> pins) {
        this(id, article, paragraph, source, answers, figures, kinds, topics, examples, curated, questions, ends, pins, Set.of(), Set.of());
    }

    public Fact(String id, String article, int paragraph, String source, Map<Language, String> answers,
                List<Figure> figures, Set<QuestionKind> kinds, List<String> topics, Map<Language, String> examples,
                boolean curated, Map<Language, List<String>> questions, Set<String> ends) {
        this(id, article, paragraph, source, answers, figures, kinds, topics, examples, curated, questions, ends, Map.of());
    }

    public Fact(String id, String article, int paragraph, String source, Map<Language, String> answers,
                List<Figure> figures, Set<QuestionKind> kinds, List<String> topics, Map<Language, String> examples,
                boolean curated, Map<Language, List<String>> questions) {
        this(id, article, paragraph, source, answers, figures, kinds, topics, examples, curated, questions, Set.of());
    }

    public Fact(String id, String article, int paragraph, String source, Map<Language, String> answers,
                List<Figure> figures, Set<QuestionKind> kinds, List<String> topics, Map<Language, String> examples,
                boolean curated) {
        this(id, article, paragraph, source, answers, figures, kinds, topics, examples, curated, Map.of());
    }

    /** The same fact asked for in these ways. */
    public Fact withQuestions(Map<Language, List<String>> asked) {
        return new Fact(id, article, paragraph, source, answers, figures, kinds, topics, examples, curated, asked, ends, pins, introduces, asides);
    }

    /** Its alternate questions in one language (empty if none). */
    public List<String> questions(Language language) {
        return questions.getOrDefault(language, List.of());
    }

    public String answer(Language language) {
        return answers.get(language);
    }

    /** A question it answers, to offer: the editor's example, else its first alternate question. */
    public Optional<String> example(Language language) {
        String e = examples.get(language);
        if (e == null && !questions(language).isEmpty()) {
            e = questions(language).get(0);
        }
        return Optional.ofNullable(e);
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
