package dev.safqa.answer;

import dev.safqa.index.AlternateQuestions;
import dev.safqa.index.FactIndex;
import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Figure;
import dev.safqa.knowledge.FigureKind;
import dev.safqa.knowledge.Numbers;
import dev.safqa.knowledge.Term;
import dev.safqa.text.Language;
import dev.safqa.text.LanguageDetector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Question in, short cited answer out: the core every chat platform calls.
 *
 * <p>One pipeline: read the question (language, dialect, typos, intent, entities, its form: a
 * claim, an instruction, several questions in one); retrieve candidate facts (their text and
 * their alternate questions); refuse those that cannot answer it at all (a missing entity, year or
 * kind of figure); weigh the rest with the fitted {@link Scoring} model; then answer, ask which of
 * two close readings was meant, or decline. A claim's figures are checked against the fact's, so
 * "Did Meta pay $29B?" is answered "No: ... $14.8 billion". A wrong figure with a citation is
 * worse than none: the threshold is chosen so that held-out questions get no wrong answer.
 *
 * <p>Thread-safe; the index comes from a supplier read once per question, so a knowledge reload
 * swaps it between questions, never during one.
 */
public final class Answerer {
    /** Longer than this is not a question: refuse it before any work. */
    public static final int MAX_QUESTION_CHARS = 500;
    static final int CANDIDATES = 20;
    static final int SUGGESTIONS = 3;
    static final int MAX_PARTS = 3;

    private final Supplier<FactIndex> index;
    private final Language defaultLanguage;
    private final Scoring scoring;

    public Answerer(Supplier<FactIndex> index, Language defaultLanguage, Scoring scoring) {
        this.index = index;
        this.defaultLanguage = defaultLanguage;
        this.scoring = scoring;
    }

    public Answerer(Supplier<FactIndex> index, Language defaultLanguage) {
        this(index, defaultLanguage, Scoring.standard());
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
        return run(question, language, null, List.of(), Trace.OFF);
    }

    /**
     * A question asked in a conversation: when it leans on the one before ("and the valuation?",
     * "who replaced him?", "وكم عمره؟"), it is read with that question as its scene, so its intent
     * and names carry over; a full question of its own ("How much did Meta pay?") starts afresh.
     * {@link Answer#context()} says which earlier question it was read with, if any.
     *
     * @param previous the conversation's previous question as it was understood (its own
     *                 {@link Answer#context()} and text), or null
     */
    public Answer answer(String question, Language language, String previous) {
        return answer(question, language, previous, List.of());
    }

    /**
     * @param previousFacts the facts the previous answer stated: "how old is he?" after an answer
     *                      that named Jason Droege asks about Droege, not whoever the question before named
     */
    public Answer answer(String question, Language language, String previous, List<String> previousFacts) {
        return run(question, language, previous, previousFacts, Trace.OFF);
    }

    /**
     * The trace of {@link #answer}: how the question was read, each candidate fact with its
     * features and probability or why it was refused, and the decision. For editors tuning the
     * knowledge ({@code safqa ask --explain}), not for chat users.
     */
    public String explain(String question) {
        Trace trace = new Trace();
        Answer a = run(question, null, null, List.of(), trace);
        trace.line("decision: " + a.outcome().name().toLowerCase(Locale.ROOT) + " " + a.facts());
        return trace.toString();
    }

    /**
     * Every candidate fact the model weighs for a question, each with the text it would be
     * answered with (a claim's verdict included): what {@link dev.safqa.eval.Trainer} fits the
     * model on. Empty when the question is declined before any weighing, or asks several things.
     *
     * @param leaveOut an alternate question not to compare with (the question itself), or null
     */
    public List<Labelled> candidates(String question, String leaveOut) {
        String q = question == null ? "" : question.strip();
        FactIndex idx = index.get();
        Language lang = LanguageDetector.detectLetters(q).orElse(defaultLanguage);
        if (q.isEmpty() || q.length() > MAX_QUESTION_CHARS || asksSeveral(q)) {
            return List.of();
        }
        ParsedQuestion pq = new QuestionReader(idx, scoring).read(q, lang);
        if (beforeRanking(q, lang, pq, idx) != null) {
            return List.of();
        }
        List<Candidate> ranked = rank(pq, idx, Trace.OFF, leaveOut);
        List<Labelled> out = new ArrayList<>();
        for (Candidate c : ranked) {
            Answer a = state(q, lang, pq, c.fact(), ranked, idx, Outcome.NOT_IN_ARTICLE, "", Trace.OFF);
            out.add(new Labelled(c, a));
        }
        return out;
    }

    /** Whether a message asks several questions, each answered on its own. */
    public boolean asksSeveral(String question) {
        if (question == null) {
            return false;
        }
        String q = question.strip();
        List<String> parts = Parts.split(q, ReadingRules.STANDARD, MAX_PARTS);
        return parts.size() > 1 && standsAlone(parts, LanguageDetector.detectLetters(q).orElse(defaultLanguage), index.get());
    }

    /** A fact weighed against a question. */
    public record Candidate(Fact fact, double[] features, double probability, String nearest) {
    }

    /** A candidate and the reply it would make. */
    public record Labelled(Candidate candidate, Answer answer) {
    }

    private Answer run(String question, Language language, String previous, List<String> previousFacts, Trace trace) {
        String q = question == null ? "" : question.strip();
        Language asked = LanguageDetector.detectLetters(q).orElse(language == null ? defaultLanguage : language);
        Language lang = language == null ? asked : language;
        FactIndex idx = index.get();
        trace.line("language: " + asked.code() + (lang != asked ? " (answering in " + lang.code() + ")" : ""));
        if (q.isEmpty()) {
            return Answer.decline(q, lang, Outcome.EMPTY, Replies.empty(lang), suggestions(idx, List.of(), lang, q));
        }
        if (q.length() > MAX_QUESTION_CHARS) {
            return Answer.decline(q, lang, Outcome.TOO_LONG, Replies.tooLong(lang, MAX_QUESTION_CHARS), List.of());
        }
        if (previous != null && !previous.isBlank()
                && FollowUp.STANDARD.leans(new QuestionReader(idx, scoring).read(q, asked))) {
            trace.line("follows up: " + previous);
            return single(q, q, new Scene(previous, previousFacts), asked, lang, idx, trace).withContext(previous.strip());
        }
        List<String> parts = Parts.split(q, ReadingRules.STANDARD, MAX_PARTS);
        if (parts.size() > 1 && !standsAlone(parts, asked, idx)) {
            parts = List.of(q);
        }
        if (parts.size() == 1) {
            return single(q, q, null, asked, lang, idx, trace);
        }
        trace.line("parts: " + parts);
        List<Answer> each = new ArrayList<>();
        for (String part : parts) {
            trace.line("-- part: " + part);
            each.add(single(q, part, null, asked, lang, idx, trace));
        }
        return combine(q, lang, each);
    }

    /**
     * Whether each part after the first names what it asks about: "Is Google a shareholder? With
     * what stake?" leans on its first part, and is read as one question.
     */
    private boolean standsAlone(List<String> parts, Language asked, FactIndex idx) {
        QuestionReader reader = new QuestionReader(idx, scoring);
        Set<String> named = new LinkedHashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            Set<String> entities = reader.read(parts.get(i), asked).ids(Slot.Type.ENTITY);
            // a part naming nobody, after one that named someone the article is not about (Google),
            // asks about that someone: it is one question with its first part
            if (i > 0 && entities.isEmpty() && named.stream().anyMatch(e -> !idx.isSubject(e))) {
                return false;
            }
            named.addAll(entities);
        }
        return true;
    }

    /**
     * One question (or one part of several) answered, clarified or declined.
     *
     * @param scene the earlier questions and answer a follow-up is read with, or null
     */
    private Answer single(String whole, String q, Scene scene, Language asked, Language lang, FactIndex idx, Trace trace) {
        QuestionReader reader = new QuestionReader(idx, scoring);
        ParsedQuestion pq = reader.read(q, asked);
        if (scene != null) {
            ParsedQuestion earlier = understood(reader, scene.questions());
            pq = pq.following(earlier, FollowUp.STANDARD.referent(pq, introduced(reader, earlier, scene.facts(), idx)));
            trace.line("borrowed: " + pq.ids(Slot.Type.ENTITY) + " " + pq.intent());
            if (FollowUp.STANDARD.asksAboutSomeone(pq) && pq.ids(Slot.Type.ENTITY).stream().noneMatch(e -> "person".equals(idx.entityTypes().get(e)))) {
                // "how old is he?" with nobody named before: whoever a fact names would be a guess
                return Answer.decline(whole, lang, Outcome.NOT_IN_ARTICLE, Replies.notInArticle(lang),
                        suggestions(idx, List.of(), lang, whole));
            }
        }
        trace.reading(pq);
        Answer early = beforeRanking(whole, lang, pq, idx);
        if (early != null) {
            return early;
        }
        List<Candidate> ranked = rank(pq, idx, trace, null);
        Outcome decline = pq.namesSomething() ? Outcome.NOT_IN_ARTICLE : Outcome.OFF_TOPIC;
        String declineText = decline == Outcome.OFF_TOPIC ? Replies.offTopic(lang) : Replies.notInArticle(lang);
        List<Fact> near = ranked.stream().map(Candidate::fact).toList();
        if (ranked.isEmpty() || ranked.get(0).probability() < scoring.answer()) {
            return Answer.decline(whole, lang, decline, declineText, suggestions(idx, near, lang, whole));
        }
        Candidate best = ranked.get(0);
        List<Candidate> close = new ArrayList<>(List.of(best));
        for (Candidate c : ranked.subList(1, ranked.size())) {
            if (c.probability() >= scoring.answer() && logit(best.probability()) - logit(c.probability()) < scoring.clarify()
                    && close.stream().noneMatch(o -> sameAnswer(o.fact(), c.fact(), lang)) && close.size() < 3) {
                close.add(c);
            }
        }
        if (close.size() > 1 && !pq.claim()) {
            List<Answer.Option> options = new ArrayList<>();
            for (Candidate c : close) {
                c.fact().example(lang).ifPresent(e -> options.add(new Answer.Option(c.fact().id(), e)));
            }
            if (options.size() > 1) {
                return new Answer(whole, lang, Outcome.CLARIFY, Replies.clarify(lang), List.of(), List.of(), List.of(),
                        options.stream().map(Answer.Option::question).toList(), options);
            }
        }
        return state(whole, lang, pq, best.fact(), ranked, idx, decline, declineText, trace);
    }

    /** What a follow-up leans on: the earlier questions, and the facts the last answer stated. */
    private record Scene(String questions, List<String> facts) {
    }

    /**
     * The names the last answer brought in that its question did not name, in the order the answer
     * says them ("Jason Droege ... succeeding Wang" after "who is Scale's new CEO?": Droege, Wang).
     */
    private static List<Slot> introduced(QuestionReader reader, ParsedQuestion earlier, List<String> facts, FactIndex idx) {
        List<Slot> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(earlier.ids(Slot.Type.ENTITY));
        for (String id : facts) {
            idx.knowledge().fact(id).ifPresent(f -> {
                for (Slot s : reader.read(f.answer(Language.EN), Language.EN).slots()) {
                    if (s.type() == Slot.Type.ENTITY && s.terms().size() == 1 && seen.add(s.terms().iterator().next().id())) {
                        out.add(new Slot(Slot.Type.ENTITY, s.forms(), s.terms(), 1.0, false));
                    }
                }
            });
        }
        return out;
    }

    /**
     * The earlier questions of a conversation read in order, each follow-up leaning on what came
     * before it: "How old is Wang?", "and why is he leaving?" reads as a why-question about Wang.
     */
    private static ParsedQuestion understood(QuestionReader reader, String earlier) {
        ParsedQuestion out = null;
        for (String line : earlier.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            ParsedQuestion pq = reader.read(line.strip(), LanguageDetector.detectLetters(line).orElse(Language.EN));
            out = out != null && FollowUp.STANDARD.leans(pq) ? pq.following(out, null) : pq;
        }
        return out;
    }

    /** Log-odds: 0.99 and 0.95 are further apart than 0.55 and 0.51. */
    public static double logit(double p) {
        double q = Math.min(1 - 1e-9, Math.max(1e-9, p));
        return Math.log(q / (1 - q));
    }

    /** Two facts answer alike when they state the same figures (or, without figures, the same text). */
    private static boolean sameAnswer(Fact a, Fact b, Language lang) {
        if (a.figures().isEmpty() && b.figures().isEmpty()) {
            return a.answer(lang).equals(b.answer(lang));
        }
        return values(a).equals(values(b));
    }

    private static Set<String> values(Fact f) {
        Set<String> out = new java.util.TreeSet<>();
        f.figures().forEach(fig -> out.add(Numbers.canonical(fig.value())));
        return out;
    }

    /** The reply to a question that needs no ranking: small talk, or something the article never covers. */
    private static Answer beforeRanking(String whole, Language lang, ParsedQuestion pq, FactIndex idx) {
        if (pq.smallTalk()) {
            return Answer.decline(whole, lang, Outcome.SMALL_TALK, Replies.greeting(lang), suggestions(idx, List.of(), lang, whole));
        }
        List<Term> notCovered = pq.notCovered();
        if (!notCovered.isEmpty()) {
            Term t = notCovered.get(0);
            String text = t.category() == Term.Category.OTHER ? Replies.notAbout(lang, t.name(lang))
                    : Replies.notCovered(lang, t.name(lang));
            return Answer.decline(whole, lang, Outcome.NOT_IN_ARTICLE, text, suggestions(idx, List.of(), lang, whole));
        }
        if (pq.form().opinion()) {
            return Answer.decline(whole, lang, Outcome.NOT_IN_ARTICLE, Replies.noOpinion(lang), suggestions(idx, List.of(), lang, whole));
        }
        if (!pq.unknownNames().isEmpty()) {
            // a name the article never mentions: whatever else matches is about something else
            return Answer.decline(whole, lang, Outcome.NOT_IN_ARTICLE, Replies.notMentioned(lang, pq.unknownNames().get(0)),
                    suggestions(idx, List.of(), lang, whole));
        }
        if (!pq.namesSomething() && pq.slots().stream().noneMatch(s -> s.type() == Slot.Type.WORD)
                && pq.terms().stream().noneMatch(idx::knowsAnywhere)) {
            return Answer.decline(whole, lang, Outcome.OFF_TOPIC, Replies.offTopic(lang), suggestions(idx, List.of(), lang, whole));
        }
        return null;
    }

    /** The best fact said, with a claim's verdict in front when the question made one. */
    private Answer state(String whole, Language lang, ParsedQuestion pq, Fact best, List<Candidate> ranked,
                         FactIndex idx, Outcome decline, String declineText, Trace trace) {
        String text = best.answer(lang);
        List<Citation> citations = new ArrayList<>(List.of(citation(best)));
        List<String> facts = new ArrayList<>(List.of(best.id()));
        Verdict verdict = pq.claim() ? verdict(pq, best) : Verdict.NONE;
        trace.line("claim: " + verdict.name().toLowerCase(Locale.ROOT) + " " + pq.form().claimed());
        switch (verdict) {
            case CONTRADICTS -> {
                text = Replies.no(lang) + text;
                // "$29 billion is the valuation": the fact that has the claimed figure, if one does
                Fact other = factWithClaimedFigure(pq, best, ranked, idx);
                if (other != null && text.length() + other.answer(lang).length() < 300) {
                    text = text + " " + other.answer(lang);
                    citations.add(citation(other));
                    facts.add(other.id());
                }
            }
            case AGREES -> {
                if (!pq.form().instruction()) {
                    text = Replies.yes(lang) + text;
                }
            }
            case UNRELATED -> {
                if (pq.form().instruction()) {
                    // told to say a figure the article cannot confirm or correct: say nothing of it
                    return Answer.decline(whole, lang, decline, declineText, suggestions(idx, List.of(best), lang, whole));
                }
            }
            default -> {
            }
        }
        List<Answer.Related> related = new ArrayList<>();
        for (Candidate c : ranked.subList(1, ranked.size())) {
            if (related.size() == 2) {
                break;
            }
            if (c.probability() >= scoring.answer() && !facts.contains(c.fact().id())
                    && !c.fact().answer(lang).equals(best.answer(lang))) {
                related.add(new Answer.Related(c.fact().id(), c.fact().answer(lang), citation(c.fact())));
            }
        }
        return new Answer(whole, lang, Outcome.ANSWERED, text, citations, facts, related, List.of());
    }

    /** What a claim's figures say against a fact's. */
    enum Verdict { NONE, AGREES, CONTRADICTS, UNRELATED }

    /**
     * Each claimed figure agrees when the fact states it (of the same kind, when its unit says the
     * kind), contradicts when the fact states another figure of that kind, and is unrelated when
     * the fact has no figure to compare it with. One contradiction decides.
     */
    static Verdict verdict(ParsedQuestion q, Fact f) {
        Map<String, FigureKind> claimed = q.form().claimed();
        if (claimed.isEmpty()) {
            return Verdict.NONE;
        }
        boolean agrees = false;
        boolean unrelated = false;
        for (Map.Entry<String, FigureKind> c : claimed.entrySet()) {
            FigureKind kind = c.getValue();
            List<Figure> comparable = f.figures().stream().filter(fig -> compatible(kind, fig.kind())).toList();
            if (comparable.stream().anyMatch(fig -> Numbers.canonical(fig.value()).equals(c.getKey()))) {
                agrees = true;
            } else if (!comparable.isEmpty()) {
                return Verdict.CONTRADICTS;
            } else {
                unrelated = true;
            }
        }
        return unrelated ? Verdict.UNRELATED : agrees ? Verdict.AGREES : Verdict.NONE;
    }

    private static boolean compatible(FigureKind claimed, FigureKind stated) {
        if (claimed == null) {
            return stated != FigureKind.VERSION && stated != FigureKind.OTHER;
        }
        if (claimed.isTime()) {
            return stated.isTime();
        }
        return claimed == stated;
    }

    private static Fact factWithClaimedFigure(ParsedQuestion q, Fact best, List<Candidate> ranked, FactIndex idx) {
        List<Fact> pool = new ArrayList<>();
        ranked.forEach(c -> pool.add(c.fact()));
        pool.addAll(idx.knowledge().curatedFacts());
        for (Map.Entry<String, FigureKind> c : q.form().claimed().entrySet()) {
            if (best.figures().stream().anyMatch(fig -> Numbers.canonical(fig.value()).equals(c.getKey()))) {
                continue;
            }
            for (Fact f : pool) {
                if (f != best && f.figures().stream().anyMatch(fig -> compatible(c.getValue(), fig.kind())
                        && Numbers.canonical(fig.value()).equals(c.getKey()))) {
                    return f;
                }
            }
        }
        return null;
    }

    /** Candidate facts that can answer, most probable first; refusals go to the trace. */
    private List<Candidate> rank(ParsedQuestion pq, FactIndex idx, Trace trace, String leaveOut) {
        List<Set<String>> words = new ArrayList<>();
        pq.slots().forEach(s -> words.add(s.forms()));
        Set<String> grams = new LinkedHashSet<>();
        for (Slot s : pq.slots()) {
            if (s.type() == Slot.Type.UNKNOWN_WORD) {
                for (String form : s.forms()) {
                    grams.addAll(AlternateQuestions.grams(form));
                }
            }
        }
        List<FactIndex.Hit> hits = idx.search(words, grams, pq.ids(Slot.Type.ENTITY), pq.ids(Slot.Type.CONCEPT), CANDIDATES);
        float top = hits.isEmpty() ? 1f : hits.get(0).score();
        List<double[]> xs = new ArrayList<>();
        List<FactIndex.Hit> kept = new ArrayList<>();
        List<AlternateQuestions.Nearest> nearest = new ArrayList<>();
        double[] lucene = new double[hits.size()];
        double[] cosine = new double[hits.size()];
        int[] hitIndex = new int[hits.size()];
        AlternateQuestions.Prepared prepared = idx.alternates().prepare(pq.terms(), pq.grams());
        for (int h = 0; h < hits.size(); h++) {
            FactIndex.Hit hit = hits.get(h);
            AlternateQuestions.Nearest n = idx.alternates().nearest(hit.profile().fact().id(), prepared, leaveOut);
            lucene[h] = hit.score() / top;
            cosine[h] = n.cosine();
            double[] x = Features.of(pq, hit, top, idx, n);
            if (x == null) {
                trace.line(String.format(Locale.ROOT, "  %-30s lucene=%.2f refused: %s", hit.profile().fact().id(), lucene[h],
                        Features.refusal(pq, hit.profile(), idx)));
                continue;
            }
            hitIndex[xs.size()] = h;
            xs.add(x);
            kept.add(hit);
            nearest.add(n);
        }
        Features.margins(xs, lucene, cosine, hitIndex);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            out.add(new Candidate(kept.get(i).profile().fact(), xs.get(i), scoring.probability(xs.get(i)), nearest.get(i).text()));
        }
        out.sort(Comparator.comparingDouble(Candidate::probability).reversed());
        for (Candidate c : out) {
            trace.candidate(c);
        }
        return out;
    }

    /** Several answers in one reply: each part's, then a word on the parts the article does not answer. */
    private static Answer combine(String question, Language lang, List<Answer> parts) {
        List<String> texts = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        boolean unanswered = false;
        for (Answer a : parts) {
            if (!a.answered()) {
                unanswered = true;
                continue;
            }
            if (facts.containsAll(a.facts())) {
                continue;       // two parts the same fact answers ("how much and for what stake?")
            }
            texts.add(a.text());
            for (Citation c : a.citations()) {
                if (!citations.contains(c)) {
                    citations.add(c);
                }
            }
            a.facts().stream().filter(f -> !facts.contains(f)).forEach(facts::add);
        }
        if (texts.isEmpty()) {
            Answer first = parts.get(0);
            return new Answer(question, lang, first.outcome(), first.text(), List.of(), List.of(), List.of(),
                    first.suggestions(), first.options());
        }
        if (unanswered) {
            texts.add(Replies.partNotAnswered(lang));
        }
        return new Answer(question, lang, Outcome.ANSWERED, String.join(" ", texts), citations, facts, List.of(), List.of());
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

    /** What {@link #explain} prints; {@link #OFF} costs nothing on the answer path. */
    static class Trace {
        static final Trace OFF = new Trace() {
            @Override
            void line(String s) {
            }

            @Override
            void reading(ParsedQuestion pq) {
            }

            @Override
            void candidate(Candidate c) {
            }
        };

        private final StringBuilder out = new StringBuilder();

        void line(String s) {
            out.append(s).append('\n');
        }

        void reading(ParsedQuestion pq) {
            line("normalized: " + pq.normalized());
            line("intent: " + pq.intent() + (pq.claim() ? " (claim" + (pq.form().instruction() ? ", instruction" : "")
                    + ": " + pq.form().claimed() + ")" : ""));
            line("numbers: " + pq.numbers() + (pq.form().periods().isEmpty() ? "" : "  periods: " + pq.form().periods())
                    + (pq.form().opinion() ? "  (asks an opinion)" : ""));
            line("unknown names: " + pq.unknownNames());
            line("slots:");
            for (Slot s : pq.slots()) {
                line(String.format(Locale.ROOT, "  %-12s %-30s %s w=%.2f", s.type(), s.forms(),
                        s.terms().stream().map(Term::id).toList(), s.weight()));
            }
            line("candidates:");
        }

        void candidate(Candidate c) {
            StringBuilder f = new StringBuilder();
            for (int i = 0; i < c.features().length; i++) {
                if (c.features()[i] != 0) {
                    f.append(String.format(Locale.ROOT, " %s=%.2f", Features.NAMES.get(i), c.features()[i]));
                }
            }
            line(String.format(Locale.ROOT, "  %-30s p=%.3f%s", c.fact().id(), c.probability(), f));
            if (!c.nearest().isEmpty()) {
                line("      nearest: " + c.nearest());
            }
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
