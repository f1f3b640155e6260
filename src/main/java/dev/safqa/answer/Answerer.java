package dev.safqa.answer;

import dev.safqa.index.FactIndex;
import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Figure;
import dev.safqa.knowledge.FigureKind;
import dev.safqa.knowledge.QuestionKind;
import dev.safqa.knowledge.Term;
import dev.safqa.text.Language;
import dev.safqa.text.LanguageDetector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Question in, short cited answer out: the core every chat platform calls.
 *
 * <p>A fact is only stated when it covers the question: it names every entity the question names,
 * contains every figure the question mentions, can answer the kind of question asked (an amount
 * needs an amount, "when" needs a date), and accounts for most of what the question is about.
 * Otherwise the answer is a polite "the article doesn't say" with questions it can answer, because
 * a wrong figure with a citation is worse than none.
 *
 * <p>Thread-safe; the index comes from a supplier read once per question, so a knowledge reload
 * swaps it between questions, never during one.
 */
public final class Answerer {
    /** Longer than this is not a question: refuse it before any work. */
    public static final int MAX_QUESTION_CHARS = 500;
    /** Below this share of the question accounted for, the article does not answer it. */
    static final double MIN_COVERAGE = Double.parseDouble(System.getProperty("safqa.min", "0.5"));
    static final int CANDIDATES = 20;
    static final int SUGGESTIONS = 3;

    private final Supplier<FactIndex> index;
    private final Language defaultLanguage;

    public Answerer(Supplier<FactIndex> index, Language defaultLanguage) {
        this.index = index;
        this.defaultLanguage = defaultLanguage;
    }

    public Answerer(FactIndex index) {
        this(() -> index, Language.EN);
    }

    /** Answers in the question's language. */
    public Answer answer(String question) {
        return answer(question, null);
    }

    /**
     * @param language the language to answer in (a chat's /lang setting), or null for the
     *                 question's own
     */
    public Answer answer(String question, Language language) {
        String q = question == null ? "" : question.strip();
        Language asked = LanguageDetector.detectLetters(q).orElse(language == null ? defaultLanguage : language);
        Language lang = language == null ? asked : language;
        FactIndex idx = index.get();
        if (q.isEmpty()) {
            return Answer.decline(q, lang, Outcome.EMPTY, Replies.empty(lang), suggestions(idx, List.of(), lang, q));
        }
        if (q.length() > MAX_QUESTION_CHARS) {
            return Answer.decline(q, lang, Outcome.TOO_LONG, Replies.tooLong(lang, MAX_QUESTION_CHARS), List.of());
        }
        ParsedQuestion pq = new QuestionReader(idx).read(q, asked);

        if (pq.smallTalk()) {
            return Answer.decline(q, lang, Outcome.SMALL_TALK, Replies.greeting(lang), suggestions(idx, List.of(), lang, q));
        }
        List<Term> notCovered = pq.notCovered();
        if (!notCovered.isEmpty()) {
            Term t = notCovered.get(0);
            String text = t.category() == Term.Category.OTHER ? Replies.notAbout(lang, t.name(lang))
                    : Replies.notCovered(lang, t.name(lang));
            return Answer.decline(q, lang, Outcome.NOT_IN_ARTICLE, text, suggestions(idx, List.of(), lang, q));
        }
        if (!pq.namesSomething() && pq.slots().stream().noneMatch(s -> s.type() == Slot.Type.WORD)) {
            return Answer.decline(q, lang, Outcome.OFF_TOPIC, Replies.offTopic(lang), suggestions(idx, List.of(), lang, q));
        }

        List<Set<String>> words = new ArrayList<>();
        pq.slots().forEach(s -> words.add(s.forms()));
        List<FactIndex.Hit> hits = idx.search(words, pq.ids(Slot.Type.ENTITY), pq.ids(Slot.Type.CONCEPT), CANDIDATES);
        List<Scored> fits = new ArrayList<>();
        float top = hits.isEmpty() ? 1f : hits.get(0).score();
        for (FactIndex.Hit hit : hits) {
            Scored s = judge(pq, hit, top, idx.entityTypes());
            if (s != null) {
                fits.add(s);
            }
        }
        fits.sort(Comparator.comparingDouble(Scored::score).reversed());
        Outcome decline = pq.namesSomething() ? Outcome.NOT_IN_ARTICLE : Outcome.OFF_TOPIC;
        if (!pq.unknownNames().isEmpty() || fits.isEmpty() || fits.get(0).coverage() < MIN_COVERAGE) {
            String text = decline == Outcome.OFF_TOPIC ? Replies.offTopic(lang) : Replies.notInArticle(lang);
            List<Fact> near = hits.stream().map(h -> h.profile().fact()).toList();
            return Answer.decline(q, lang, decline, text, suggestions(idx, near, lang, q));
        }
        Fact best = fits.get(0).fact();
        List<Answer.Related> related = new ArrayList<>();
        for (Scored s : fits.subList(1, fits.size())) {
            if (related.size() == 2) {
                break;
            }
            if (s.coverage() >= MIN_COVERAGE && !s.fact().answer(lang).equals(best.answer(lang))) {
                related.add(new Answer.Related(s.fact().id(), s.fact().answer(lang), citation(s.fact())));
            }
        }
        return new Answer(q, lang, Outcome.ANSWERED, best.answer(lang), List.of(citation(best)),
                List.of(best.id()), related, List.of());
    }

    private record Scored(Fact fact, double coverage, double score) {
    }

    /**
     * How a question is read and why each candidate fact was taken or refused: for editors tuning
     * the lexicon ({@code safqa ask --explain}), not for chat users.
     */
    public String explain(String question) {
        String q = question == null ? "" : question.strip();
        FactIndex idx = index.get();
        Language asked = LanguageDetector.detectLetters(q).orElse(defaultLanguage);
        ParsedQuestion pq = new QuestionReader(idx).read(q, asked);
        StringBuilder out = new StringBuilder();
        out.append("language: ").append(asked.code()).append("\nnormalized: ").append(pq.normalized())
                .append("\nintent: ").append(pq.intent()).append("\nnumbers: ").append(pq.numbers())
                .append("\nunknown names: ").append(pq.unknownNames()).append("\nslots:\n");
        for (Slot s : pq.slots()) {
            out.append(String.format("  %-12s %-30s %s w=%.2f%n", s.type(), s.forms(),
                    s.terms().stream().map(Term::id).toList(), s.weight()));
        }
        List<Set<String>> words = new ArrayList<>();
        pq.slots().forEach(s -> words.add(s.forms()));
        List<FactIndex.Hit> hits = idx.search(words, pq.ids(Slot.Type.ENTITY), pq.ids(Slot.Type.CONCEPT), CANDIDATES);
        float top = hits.isEmpty() ? 1f : hits.get(0).score();
        out.append("candidates:\n");
        for (FactIndex.Hit h : hits) {
            Scored sc = judge(pq, h, top, idx.entityTypes());
            FactIndex.Profile p = h.profile();
            String why = sc != null ? String.format("coverage=%.2f score=%.2f", sc.coverage(), sc.score())
                    : !namesWhatIsAsked(pq, p) ? "refused: misses an entity " + p.entities()
                    : !satisfiesNumbers(pq, p) ? "refused: misses a year or version"
                    : "refused: cannot answer " + pq.intent();
            out.append(String.format("  %-30s lucene=%.2f %s%n", p.fact().id(), h.score(), why));
        }
        return out.toString();
    }

    /** Null if the fact cannot answer the question; otherwise how well it does. */
    private static Scored judge(ParsedQuestion q, FactIndex.Hit hit, float topScore, java.util.Map<String, String> entityTypes) {
        FactIndex.Profile p = hit.profile();
        Fact f = p.fact();
        if (!namesWhatIsAsked(q, p) || !satisfiesNumbers(q, p)) {
            return null;
        }
        Set<String> concepts = q.ids(Slot.Type.CONCEPT);
        if (!answersKind(q, f)) {
            return null;
        }
        Set<FigureKind> kinds = EnumSet.noneOf(FigureKind.class);
        f.figures().forEach(fig -> kinds.add(fig.kind()));
        double total = 0;
        double covered = 0;
        for (Slot s : q.slots()) {
            total += s.weight();
            boolean hasIt = switch (s.type()) {
                case ENTITY -> true;
                case CONCEPT -> s.terms().stream().anyMatch(t -> t.generic() ? kinds.contains(t.kind()) : p.concepts().contains(t.id()));
                case WORD -> s.forms().stream().anyMatch(p.words()::contains);
                default -> false;
            };
            if (hasIt) {
                covered += s.weight();
            } else if (s.type() == Slot.Type.CONCEPT && f.curated() && !s.context()
                    && s.terms().stream().allMatch(t -> t.kind() != null && !t.generic())) {
                // what the question measures ("pay", "stake") must be what the fact is about
                return null;
            }
        }
        double coverage = total == 0 ? 0 : covered / total;

        double score = 4 * coverage + hit.score() / topScore;
        for (Slot s : q.slots()) {
            // the editor said the fact is about this: worth more than a word its text happens to contain
            if (s.type() == Slot.Type.CONCEPT && s.terms().stream().anyMatch(t -> f.topics().contains(t.id()))) {
                score += s.weight();
            }
        }
        // a fact about someone the question did not ask about is probably about something else...
        Set<String> asked = q.ids(Slot.Type.ENTITY);
        if (p.entities().stream().anyMatch(q.excluded()::contains)) {
            score -= 1.5;
        }
        List<String> others = p.entities().stream().filter(e -> !asked.contains(e)).toList();
        long otherActors = others.stream().filter(e -> isActor(entityTypes.get(e))).count();
        score -= Math.min(0.5, 0.25 * otherActors);
        // ...unless the question asks "who": then the answer names someone it did not, and "which
        // companies" wants all of them
        if (q.intent() == Intent.WHO && !q.ids(Slot.Type.CONCEPT).isEmpty()) {   // "who is Wang?" is about Wang
            boolean person = others.stream().anyMatch(e -> "person".equals(entityTypes.get(e)));
            score += person ? 1.5 : otherActors > 0 ? 0.5 : 0;
            if (q.plural()) {
                score += 0.5 * Math.max(0, otherActors - 1);
            }
        }
        if (declares(f, q.intent())) {
            score += 1;
        }
        for (int i = 0; i < f.figures().size(); i++) {
            Figure fig = f.figures().get(i);
            if (fig.about() != null && concepts.contains(fig.about())) {
                score += i == 0 ? 1 : 0.5;
            }
            if (q.numbers().contains(dev.safqa.knowledge.Numbers.canonical(fig.value()))) {
                score += 1.5;   // the question quotes this figure ("is it $29 billion?")
            }
        }
        if (!f.curated()) {
            score -= 0.5;
        }
        return new Scored(f, coverage, score);
    }

    /**
     * Whether a fact can answer this kind of question at all. An amount must be an amount of what
     * was asked about: "how much did Google invest" is not answered by what Google planned to pay,
     * so the fact's topics must include the measured concept ("investment") and a figure of its kind.
     */
    private static boolean answersKind(ParsedQuestion q, Fact f) {
        Set<FigureKind> has = EnumSet.noneOf(FigureKind.class);
        f.figures().forEach(fig -> has.add(fig.kind()));
        if (!f.curated()) {
            return switch (q.intent()) {
                case AMOUNT, PERCENT, AGE, COUNT, WHEN -> f.source().chars().anyMatch(Character::isDigit);
                default -> true;
            };
        }
        return switch (q.intent()) {
            case AMOUNT -> answersAmount(q, f, has);
            case PERCENT -> has.contains(FigureKind.PERCENT);
            case AGE -> has.contains(FigureKind.AGE);
            case COUNT -> has.contains(FigureKind.COUNT);
            case WHEN -> has.stream().anyMatch(FigureKind::isTime) || f.kinds().contains(QuestionKind.WHEN);
            default -> true;
        };
    }

    private static boolean answersAmount(ParsedQuestion q, Fact f, Set<FigureKind> has) {
        boolean anyConcept = false;
        for (Slot s : q.slots()) {
            if (s.type() != Slot.Type.CONCEPT) {
                continue;
            }
            anyConcept = true;
            for (Term t : s.terms()) {
                if (t.kind() != null && has.contains(t.kind()) && (t.generic() || f.topics().contains(t.id()))) {
                    return true;
                }
            }
        }
        // "How much is Scale AI?": nothing says what is measured, any amount of the named things will do
        return !anyConcept && has.stream().anyMatch(FigureKind::isAmount);
    }

    /** Every entity the question asks about, and one of any "X or Y" it offers. */
    private static boolean namesWhatIsAsked(ParsedQuestion q, FactIndex.Profile p) {
        return p.entities().containsAll(q.requiredEntities())
                && (q.alternatives().isEmpty() || q.alternatives().stream().anyMatch(p.entities()::contains));
    }

    /**
     * Years and versions in a question qualify it ("revenue in 2022", "Llama 5"): the fact must
     * contain one of them. Other figures are claims to check ("did Meta pay $15 billion?"), which
     * the right figure answers.
     */
    private static boolean satisfiesNumbers(ParsedQuestion q, FactIndex.Profile p) {
        if (!p.numbers().containsAll(q.versions())) {
            return false;
        }
        Set<String> years = q.years();
        return years.isEmpty() || years.stream().anyMatch(p.numbers()::contains);
    }

    private static boolean isActor(String type) {
        return "person".equals(type) || "company".equals(type);
    }

    /** Whether the editor said the fact answers this kind of question (who, why...). */
    private static boolean declares(Fact f, Intent intent) {
        return switch (intent) {
            case WHO -> f.kinds().contains(QuestionKind.WHO);
            case WHY -> f.kinds().contains(QuestionKind.WHY);
            case WHAT -> f.kinds().contains(QuestionKind.WHAT);
            case HOW -> f.kinds().contains(QuestionKind.HOW) || f.kinds().contains(QuestionKind.WHAT);
            case WHEN -> f.kinds().contains(QuestionKind.WHEN);
            default -> false;
        };
    }

    static Citation citation(Fact f) {
        return new Citation(f.article(), f.paragraph(), f.source());
    }

    /** Questions it can answer: first about what the asker seemed to want, then the best known. */
    private static List<String> suggestions(FactIndex idx, List<Fact> near, Language lang, String asked) {
        Set<String> out = new LinkedHashSet<>();
        for (List<Fact> source : List.of(near, idx.knowledge().facts())) {
            for (Fact f : source) {
                if (out.size() == SUGGESTIONS) {
                    return List.copyOf(out);
                }
                f.example(lang).filter(e -> !e.equalsIgnoreCase(asked)).ifPresent(out::add);
            }
        }
        return List.copyOf(out);
    }
}
