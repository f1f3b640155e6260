package dev.safqa.answer;

import dev.safqa.index.AlternateQuestions;
import dev.safqa.index.FactIndex;
import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Figure;
import dev.safqa.knowledge.FigureKind;
import dev.safqa.knowledge.Numbers;
import dev.safqa.knowledge.QuestionKind;
import dev.safqa.knowledge.Term;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is measured of a candidate fact against a question, for {@link Scoring} to weigh. Each
 * feature is a number in about [0, 1] (margins in [-1, 1]), named so that a trace and the fitted
 * weights can be read side by side.
 *
 * <p>Before features, the gates: a fact that misses an entity the question names, a year or a
 * version it asks about, or cannot answer its kind at all (an amount of something else) is not a
 * candidate. Gates are what the article makes certain; features are what a reader weighs.
 */
final class Features {
    static final List<String> NAMES = List.of(
            "lucene",          // the fact's retrieval score over the best one's
            "coverage",        // share of the question's weight that the fact accounts for
            "topic",           // the concepts asked about are among the fact's topics
            "figure_about",    // its figure measures what was asked about
            "declares",        // the editor said it answers this kind of question (who, why...)
            "excluded",        // it names an entity the question set aside ("apart from Google")
            "other_actors",    // people and companies it names that the question did not
            "who_person",      // a who-question, and the fact names a person the question did not
            "quotes_figure",   // the question quotes one of its figures (not in a claim)
            "uncurated",       // a quote from an article nobody curated
            "alt_cosine",      // similarity to the nearest of its alternate questions
            "alt_cover",       // how much of that alternate question the question contains
            "alt_grams",       // character trigram overlap with it (typos)
            "alt_margin",      // alt_cosine minus the best alt_cosine of the other candidates
            "lucene_margin",   // lucene minus the best lucene of the other candidates
            "unknown_words",   // words of the question no fact, question or article knows
            "intent_any",      // no question word: a fragment ("Scale AI valuation")
            "has_alternates",  // the fact has alternate questions at all
            "fit",             // coverage x alt_cosine: the fact's text and its questions both fit
            "typed");          // an amount, percent, age or date question, and the fact has that figure

    static final int COVERAGE = NAMES.indexOf("coverage");
    static final int UNKNOWN_WORDS = NAMES.indexOf("unknown_words");
    static final int DECLARES = NAMES.indexOf("declares");

    private Features() {
    }

    /** The features of a fact that {@link #refusal} let through, margins still zero. */
    static double[] of(ParsedQuestion q, FactIndex.Hit hit, float topScore, FactIndex index,
                       AlternateQuestions.Nearest nearest) {
        FactIndex.Profile p = hit.profile();
        Fact f = p.fact();
        Set<FigureKind> kinds = EnumSet.noneOf(FigureKind.class);
        f.figures().forEach(fig -> kinds.add(fig.kind()));
        double total = 0;
        double covered = 0;
        double topic = 0;
        for (Slot s : q.slots()) {
            total += s.weight();
            boolean hasIt = switch (s.type()) {
                case ENTITY -> true;
                case CONCEPT -> s.terms().stream().anyMatch(t -> t.generic() ? kinds.contains(t.kind()) : p.concepts().contains(t.id()));
                case WORD -> s.forms().stream().anyMatch(w -> p.words().contains(w) || p.asked().contains(w));
                default -> false;
            };
            if (hasIt) {
                covered += s.weight();
            }
            if (s.type() == Slot.Type.CONCEPT && s.terms().stream().anyMatch(t -> f.topics().contains(t.id()))) {
                topic += s.weight();
            }
        }
        Map<String, String> types = index.entityTypes();
        Set<String> asked = q.ids(Slot.Type.ENTITY);
        List<String> others = p.entities().stream().filter(e -> !asked.contains(e)).toList();
        long otherActors = others.stream().filter(e -> isActor(types.get(e))).count();
        // "who replaced Wang?" wants another person; "who is Wang?" (no concept) is about Wang
        boolean whoPerson = q.intent() == Intent.WHO && !q.ids(Slot.Type.CONCEPT).isEmpty()
                && others.stream().anyMatch(e -> "person".equals(types.get(e)));
        double figureAbout = 0;
        boolean quotes = false;
        Set<String> concepts = q.ids(Slot.Type.CONCEPT);
        for (int i = 0; i < f.figures().size(); i++) {
            Figure fig = f.figures().get(i);
            if (fig.about() != null && concepts.contains(fig.about())) {
                figureAbout = Math.max(figureAbout, i == 0 ? 1 : 0.5);
            } else if (measuresTopic(q, f, fig)) {
                // "what was the deal's size?": the payment is one of its topics, and its first figure is an amount
                figureAbout = Math.max(figureAbout, i == 0 ? 0.75 : 0.4);
            }
            quotes |= q.numbers().contains(Numbers.canonical(fig.value()));
        }
        long unknown = q.slots().stream().filter(s -> s.type() == Slot.Type.UNKNOWN_WORD && !s.context()).count();
        double[] x = new double[NAMES.size()];
        x[0] = topScore <= 0 ? 0 : hit.score() / topScore;
        x[1] = total == 0 ? 0 : covered / total;
        x[2] = Math.min(2, topic) / 2;
        x[3] = figureAbout;
        x[4] = declares(f, q.intent()) ? 1 : 0;
        x[5] = p.entities().stream().anyMatch(q.excluded()::contains) ? 1 : 0;
        x[6] = Math.min(2, otherActors) / 2.0;
        x[7] = whoPerson ? 1 : 0;
        x[8] = quotes && !q.claim() ? 1 : 0;
        x[9] = f.curated() ? 0 : 1;
        x[10] = nearest.cosine();
        x[11] = nearest.cover();
        x[12] = nearest.grams();
        x[15] = Math.min(3, unknown) / 3.0;
        x[16] = q.intent() == Intent.ANY ? 1 : 0;
        x[17] = f.questions(dev.safqa.text.Language.EN).isEmpty() && f.questions(dev.safqa.text.Language.AR).isEmpty() ? 0 : 1;
        x[18] = x[1] * x[10];
        x[19] = switch (q.intent()) {
            case AMOUNT, PERCENT, AGE, COUNT, WHEN -> f.curated() && !f.figures().isEmpty() ? 1 : 0;
            default -> 0;
        };
        return x;
    }

    /**
     * Fills in the margins: each candidate against the best other hit, refused ones included (a
     * fact refused for a missing entity still shows what the words of the question are about).
     *
     * @param lucene   every hit's relative retrieval score, in hit order
     * @param cosine   every hit's alt_cosine, in hit order
     * @param hitIndex for each candidate, its position among the hits
     */
    static void margins(List<double[]> candidates, double[] lucene, double[] cosine, int[] hitIndex) {
        margins(candidates, lucene, cosine, hitIndex, (c, h) -> false);
    }

    /**
     * As above, leaving out of each candidate's margins the hits that tell less of what it tells
     * ({@link #toldWithReason}).
     *
     * @param lessOf whether hit h (a refused one) is no rival of candidate c
     */
    static void margins(List<double[]> candidates, double[] lucene, double[] cosine, int[] hitIndex,
                        java.util.function.BiPredicate<Integer, Integer> lessOf) {
        for (int c = 0; c < candidates.size(); c++) {
            double bestAlt = 0;
            double bestLucene = 0;
            for (int h = 0; h < lucene.length; h++) {
                // whether h is a rival is asked only of a hit that would raise a margin: one no higher
                // than the best so far on both scores changes neither, rival or not (the test judges the
                // two facts' names and acts, for some 20 x 20 pairs per question)
                if (h != hitIndex[c] && !(cosine[h] <= bestAlt && lucene[h] <= bestLucene) && !lessOf.test(c, h)) {
                    bestAlt = Math.max(bestAlt, cosine[h]);
                    bestLucene = Math.max(bestLucene, lucene[h]);
                }
            }
            double[] x = candidates.get(c);
            x[13] = x[10] - bestAlt;
            x[14] = x[0] - bestLucene;
        }
    }

    /** The question asks about a measure (payment, stake...) that is one of the fact's topics, of this figure's kind. */
    private static boolean measuresTopic(ParsedQuestion q, Fact f, Figure fig) {
        for (Slot s : q.slots()) {
            if (s.type() == Slot.Type.CONCEPT && !s.context()) {
                for (Term t : s.terms()) {
                    if (!t.generic() && t.kind() == fig.kind() && f.topics().contains(t.id())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "Apart from Google, who else pulled back?": the fact names only what the question set aside.
     */
    private static boolean setAside(ParsedQuestion q, FactIndex.Profile p, FactIndex index) {
        return !q.excluded().isEmpty() && onlyExcluded(q, p, index);
    }

    /**
     * Whether a fact gives a name the question does not: an entity of any kind beyond the article's
     * subjects, or a quoted name ("superintelligence"). The Llama 4 fact, asked for the models'
     * names, only names Llama 4 again.
     */
    private static boolean namesSomethingNew(ParsedQuestion q, FactIndex.Profile p, FactIndex index) {
        Set<String> asked = q.ids(Slot.Type.ENTITY);
        // names of what it names ("the Llama 4 models": products), if it names any beyond the subjects
        Set<String> kinds = new java.util.HashSet<>();
        asked.stream().filter(e -> !index.isSubject(e)).forEach(e -> kinds.add(index.entityTypes().get(e)));
        return p.entities().stream().anyMatch(e -> !asked.contains(e) && !index.isSubject(e)
                        && (kinds.isEmpty() || kinds.contains(index.entityTypes().get(e))))
                || p.fact().answer(dev.safqa.text.Language.EN).contains("\"");
    }

    /**
     * "Who else besides Wang did Meta hire?": a fact about Wang names Zuckerberg too, as the one Wang
     * reports to, which is no answer. Only a fact that lists others beside the one set aside ("Google,
     * OpenAI and other labs cut ties") says who else.
     */
    private static boolean listsBeside(ParsedQuestion q, FactIndex.Profile p, FactIndex index) {
        String text = p.fact().answer(dev.safqa.text.Language.EN).toLowerCase(java.util.Locale.ROOT);
        List<String> set = names(q.excluded().stream().filter(p.entities()::contains), index);
        List<String> others = names(p.entities().stream().filter(e -> !q.excluded().contains(e) && !index.isSubject(e)
                && isActor(index.entityTypes().get(e))), index);
        for (String a : set) {
            for (String b : others) {
                if (listed(a, b).matcher(text).find() || listed(b, a).matcher(text).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "a, b", "a and b", "a as well as the b": compiled once per pair of names (the lexicon's, so a
     * bounded few), not twice per pair of names for each of a question's candidates (a who-question
     * setting a name aside asks it of every curated candidate naming that name).
     */
    private static java.util.regex.Pattern listed(String first, String second) {
        String key = first + "\u0000" + second;
        java.util.regex.Pattern p = LISTED.get(key);
        if (p == null) {
            p = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(first)
                    + "\\s*(,|and|or|&|as well as)\\s*(the\\s+)?" + java.util.regex.Pattern.quote(second) + "\\b");
            if (LISTED.size() < MAX_LISTED) {
                LISTED.putIfAbsent(key, p);
            }
        }
        return p;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, java.util.regex.Pattern> LISTED =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_LISTED = 4_096;

    /** The English forms of some entities, lower-cased. */
    private static List<String> names(java.util.stream.Stream<String> ids, FactIndex index) {
        return ids.flatMap(id -> index.knowledge().lexicon().term(id).stream())
                .flatMap(t -> t.forms().getOrDefault(dev.safqa.text.Language.EN, List.of()).stream())
                .map(f -> f.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("\"([^\"]+)\"");

    /**
     * "What's the new team Wang will lead called?": the team fact and the initiative fact both give
     * it the name "superintelligence", so either answers and neither is doubt about the other. Only
     * when the question asks what something is called and both facts quote the same names, and only
     * those (the English answers: the names as the editor wrote them).
     */
    static boolean sameName(ParsedQuestion q, Fact a, Fact b) {
        if (!a.curated() || !b.curated() || !q.asksAName()) {
            return false;
        }
        Set<String> names = quoted(a);
        return !names.isEmpty() && names.equals(quoted(b));
    }

    /** A "not" in the question (reading.yaml, says-not): "Wang is not leaving, correct?" asks the opposite of what the facts tell. */
    static final Rule SAYS_NOT = ReadingRules.rule("says-not");

    /**
     * "Is Wang leaving Scale?": the article tells Wang's move in four sentences (he leaves, he joins
     * Meta, he will head its team, Scale announced it), and each took the others for doubt, so none
     * reached the line. Another fact that has everything the question asks (each person or company
     * it names, beyond the article's two subjects one at least, and each concept) is no doubt about a
     * candidate that has it all too ({@link #bothTellAllAskedOf}), when the question asks nothing
     * else: no figure, claim, period, "not" or word the knowledge does not know, and whether, not
     * what, who, when, how much or why (what he will run is one fact's, not all four's). This part
     * depends on the question alone, so it is read once per question, not once per pair of candidates.
     */
    static boolean asksOnlyWhether(ParsedQuestion q) {
        if (!(q.intent() == Intent.YES_NO || q.intent() == Intent.ANY) || q.finds(SAYS_NOT) || !q.numbers().isEmpty()
                || !q.form().claimed().isEmpty() || !q.form().periods().isEmpty() || !q.excluded().isEmpty()) {
            return false;
        }
        boolean concept = false;
        for (Slot s : q.slots()) {
            if (s.context()) {
                continue;
            }
            switch (s.type()) {
                case ENTITY -> {
                }
                case CONCEPT -> concept = true;
                default -> {
                    return false;
                }
            }
        }
        return concept;
    }

    /** {@link #asksOnlyWhether} for a question it holds of: the two facts alone. */
    static boolean bothTellAllAskedOf(ParsedQuestion q, FactIndex.Profile other, FactIndex.Profile candidate, FactIndex index) {
        if (!other.fact().curated() || !candidate.fact().curated()) {
            return false;
        }
        boolean party = false;
        for (Slot s : q.slots()) {
            if (s.context()) {
                continue;
            }
            switch (s.type()) {
                case ENTITY -> {
                    for (Term t : s.terms()) {
                        if (!other.entities().contains(t.id()) || !candidate.entities().contains(t.id())) {
                            return false;
                        }
                        party |= !index.isSubject(t.id());
                    }
                }
                case CONCEPT -> {
                    if (s.terms().stream().noneMatch(t -> other.concepts().contains(t.id()) && candidate.concepts().contains(t.id()))) {
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return party;
    }

    /**
     * The names a fact's English answer quotes, lower case; read once per answer text: the margins ask
     * it of every pair of candidates (twenty by twenty) of every part of a question that asks a name.
     */
    private static Set<String> quoted(Fact f) {
        String answer = f.answer(dev.safqa.text.Language.EN);
        Set<String> out = QUOTED_NAMES.get(answer);
        if (out == null) {
            out = quotedIn(answer);
            if (QUOTED_NAMES.size() < MAX_QUOTED) {
                QUOTED_NAMES.putIfAbsent(answer, out);
            }
        }
        return out;
    }

    /** Answer texts whose quoted names are kept (the curated facts, a few dozen; a bound for a larger knowledge). */
    private static final int MAX_QUOTED = 4096;
    private static final java.util.concurrent.ConcurrentHashMap<String, Set<String>> QUOTED_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private static Set<String> quotedIn(String answer) {
        Set<String> out = new java.util.TreeSet<>();
        java.util.regex.Matcher m = QUOTED.matcher(answer);
        while (m.find()) {
            out.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /**
     * Whether a refused fact still stands against the others in their margins: its words may match
     * the question better, and that is doubt about them. Not so for a fact the question set aside
     * ("apart from Google"), nor for one that has only the concepts of the scene or the time frame
     * and none of those asked about, nor for one that gives the post asked only at another time
     * ("who was Scale's CEO before the deal?": Droege's promotion matches its words best, and is
     * surely of the time after). (The fact that only states the event a why-question asks the reason of
     * stays a rival: without it, "why did the EU block the deal?" found a reason, and the k-fold
     * figures fell.)
     */
    static boolean rival(ParsedQuestion q, FactIndex.Profile p, FactIndex index) {
        return !setAside(q, p, index) && !onlyTheScene(q, p)
                && !(q.intent() == Intent.WHO && p.fact().curated() && postHeldAtAnotherTime(q, p.fact()) != null)
                && !givesNobodyThePost(q, p, index);
    }

    /**
     * "Who runs Scale now that its founder has left?": a who-question about a post at a company is
     * answered only by a fact giving someone that post there; one giving nobody it (Wang leaving to
     * head Meta's team) is retrieved for the scene's words (the founder, leaving) and could never be
     * the answer, so it is no doubt about the fact that gives the post.
     */
    private static boolean givesNobodyThePost(ParsedQuestion q, FactIndex.Profile p, FactIndex index) {
        String post = q.intent() == Intent.WHO && p.fact().curated() ? postAsked(q, index) : null;
        return post != null && !p.fact().pins().getOrDefault(POST, List.of()).contains(post);
    }

    /**
     * "The article compares this to an older deal - which year was that?": a fact that cannot answer
     * the kind asked at all (Behemoth's delay has no date) and matches nothing of the question that a
     * candidate does not match too (the word "compared") is no doubt about that candidate: it is
     * retrieved for words the candidate also has, and could never be the answer. A fact that matches
     * more of what is asked stays a rival ("how much is Meta investing in the superintelligence
     * team?": the team's fact, which has no sum, is what is asked about, and Meta's AI budget is not
     * it), and so does every fact when the question has a word nothing knows (what it matched
     * cannot be told).
     */
    static boolean coversNoMore(ParsedQuestion q, FactIndex.Profile refused, FactIndex.Profile candidate) {
        if (answersKind(q, refused.fact()) && !toldNoPlace(q, refused.fact())) {
            return false;
        }
        for (Slot s : q.slots()) {
            if (s.type() == Slot.Type.UNKNOWN_WORD) {
                return false;
            }
            if (covers(s, refused) && !covers(s, candidate)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Where is Wang headed?": a fact that tells no place cannot answer a where-question at all (his
     * age, his leaving Scale), so, matching nothing more than the fact that tells where he goes, it
     * is no doubt about that one.
     */
    private static boolean toldNoPlace(ParsedQuestion q, Fact f) {
        return f.curated() && !f.kinds().contains(QuestionKind.WHERE) && q.asksPlace();
    }

    /** Whether a fact accounts for a slot of the question, as {@link #of} counts its coverage. */
    private static boolean covers(Slot s, FactIndex.Profile p) {
        Set<FigureKind> kinds = EnumSet.noneOf(FigureKind.class);
        p.fact().figures().forEach(fig -> kinds.add(fig.kind()));
        return switch (s.type()) {
            case ENTITY -> s.terms().stream().anyMatch(t -> p.entities().contains(t.id()));
            case CONCEPT -> s.terms().stream().anyMatch(t -> t.generic() ? kinds.contains(t.kind()) : p.concepts().contains(t.id()));
            case WORD -> s.forms().stream().anyMatch(w -> p.words().contains(w) || p.asked().contains(w));
            default -> false;
        };
    }

    /**
     * "I keep reading the deal is shaking up the industry. What did Meta pay?": a refused fact that
     * has none of the concepts the question asks about, only those of the sentence before it that
     * set the scene or the time frame ("after the deal"), matches what is not asked.
     */
    private static boolean onlyTheScene(ParsedQuestion q, FactIndex.Profile p) {
        boolean scene = false;
        boolean asked = false;
        for (Slot s : q.slots()) {
            if (s.type() != Slot.Type.CONCEPT) {
                continue;
            }
            boolean has = s.terms().stream().anyMatch(t -> !t.generic() && p.concepts().contains(t.id()));
            if (s.context()) {
                scene |= has;
            } else {
                asked = true;
                if (has) {
                    return false;
                }
            }
        }
        return scene && asked;
    }

    /**
     * "Why did Google cut ties with Scale?": another fact that tells the same event of the same
     * parties is no doubt about a candidate that gives a reason. The fact that Google did, refused
     * for giving no reason, tells less ("Google, OpenAI and other labs cut ties over fears..." names
     * Google and gives the reason: the reason of one party is told where its group's is); another
     * that gives a reason too ("to avoid exposing its data to Meta") tells it alike, and either
     * answers. The candidate must name every party of the question the other names and have every
     * concept asked about that it has (one at least: the same event); one that gives a reason must
     * also have all of the candidate's. Both must name a party the question names beyond the
     * article's two subjects: without one, two reasons may explain two things (why labelled data
     * matters is not why access to the best of it became strategic), and the fact that Meta spends
     * on AI is no lesser telling of Google's payment to Scale ("why would Zuckerberg spend so much
     * on a data company?"). Against any other candidate it stays a rival ({@link #rival}).
     */
    static boolean toldWithReason(ParsedQuestion q, FactIndex.Profile other, FactIndex.Profile candidate, FactIndex index) {
        if (q.intent() != Intent.WHY || !other.fact().curated() || !declares(candidate.fact(), Intent.WHY)) {
            return false;
        }
        boolean alike = declares(other.fact(), Intent.WHY);
        if (q.ids(Slot.Type.ENTITY).stream().noneMatch(e -> !index.isSubject(e)
                && other.entities().contains(e) && candidate.entities().contains(e))) {
            return false;
        }
        for (String e : q.ids(Slot.Type.ENTITY)) {
            if (other.entities().contains(e) != candidate.entities().contains(e)
                    && (alike || other.entities().contains(e))) {
                return false;
            }
        }
        boolean shared = false;
        for (Slot s : q.slots()) {
            if (s.type() != Slot.Type.CONCEPT || s.context()) {
                continue;
            }
            for (Term t : s.terms()) {
                boolean hasIt = candidate.concepts().contains(t.id());
                if (t.generic() || !other.concepts().contains(t.id()) && !(alike && hasIt)) {
                    continue;
                }
                if (!hasIt || !other.concepts().contains(t.id()) || !withWhomAsked(q, t.id(), index)) {
                    return false;
                }
                shared = true;
            }
        }
        return shared;
    }

    /**
     * "Did Google drop Meta too?", "why did Google leave Meta?": the facts tell of a tie cut with one
     * of the article's subjects (Scale: the entity in the {@code ends} of the facts about that act);
     * a question that names the other subject, beyond the scene, asks of a tie the article does not
     * say was cut, and its facts are no answers alike. True when every subject the question names
     * (not in the scene) is one the facts with this concept say it ends with, or none of them says.
     */
    private static boolean withWhomAsked(ParsedQuestion q, String concept, FactIndex index) {
        return withWhomAsked(q.slots(), concept, index);
    }

    /** As above, of the slots a question is being read into. */
    static boolean withWhomAsked(List<Slot> slots, String concept, FactIndex index) {
        Set<String> with = ENDS_WITH.computeIfAbsent(index, i -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(concept, c -> {
                    Set<String> out = new java.util.HashSet<>();
                    for (Fact f : index.knowledge().facts()) {
                        if (f.topics().contains(c)) {
                            f.ends().stream().filter(index.entityTypes()::containsKey).forEach(out::add);
                        }
                    }
                    return Set.copyOf(out);
                });
        if (with.isEmpty()) {
            return true;
        }
        for (Slot s : slots) {
            if (s.type() == Slot.Type.ENTITY && !s.context()
                    && s.terms().stream().anyMatch(t -> index.isSubject(t.id()) && !with.contains(t.id()))) {
                return false;
            }
        }
        return true;
    }

    /** Per index, per concept: the entities its facts' {@code ends} say a tie is cut with. */
    private static final Map<FactIndex, Map<String, Set<String>>> ENDS_WITH =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** Concepts that name what a party did (reading.yaml, acts). */
    static final Set<String> ACTS = Set.copyOf(java.util.stream.StreamSupport.stream(
            ReadingRules.READING.path("acts").path("concepts").spliterator(), false).map(com.fasterxml.jackson.databind.JsonNode::asText).toList());
    /** Words that ask what a party did (reading.yaml, acts: doing). */
    private static final Set<String> DOING = Set.copyOf(java.util.stream.StreamSupport.stream(
            ReadingRules.READING.path("acts").path("doing").spliterator(), false)
            .map(n -> dev.safqa.text.ArabicText.fold(n.asText())).toList());

    /**
     * "What did Google do after the deal?", "did OpenAI drop Scale too?": Google's own decision to cut
     * ties, the labs that cut ties and the industry's shake-up each tell that Google cut ties, and
     * split the score between them. Another fact that tells the same act (a concept of
     * reading.yaml's acts both have) of a party the question names beyond the article's two subjects
     * is no doubt about a candidate, when the question asks nothing but that act: no concept but an
     * act, no other word (beyond those that set the scene or ask what was done), no figure, period, exclusion or word that turns it ("only",
     * "still"), and of what or whether the party did it (not when, how much or why). Both must name
     * the same parties of the question.
     */
    static boolean sameAct(ParsedQuestion q, FactIndex.Profile other, FactIndex.Profile candidate, FactIndex index) {
        return asksOnlyAnAct(q) && sameActOf(q, other, candidate, index);
    }

    /**
     * The part of {@link #sameAct} that depends on the question alone, so that it is read once per
     * question and not once per pair of candidates.
     */
    static boolean asksOnlyAnAct(ParsedQuestion q) {
        if (!(q.intent() == Intent.WHAT || q.intent() == Intent.YES_NO || q.intent() == Intent.ANY)
                || !q.form().claimed().isEmpty() || !q.form().periods().isEmpty() || !q.excluded().isEmpty()
                || !q.years().isEmpty() || ReadingRules.STANDARD.words().hedge().matcher(q.normalized()).find()) {
            return false;
        }
        for (Slot s : q.slots()) {
            if (s.context()) {
                continue;
            }
            switch (s.type()) {
                case UNKNOWN_WORD, NOT_COVERED -> {
                    return false;
                }
                // "what is OpenAI's relationship to Scale and Meta?" asks more than what it did; "because"
                // only sets the scene ("did Google cut ties because Wang was leaving?")
                case WORD -> {
                    if (!ReadingRules.STANDARD.words().contextWords().containsAll(s.forms())
                            && s.forms().stream().noneMatch(DOING::contains)) {
                        return false;
                    }
                }
                case CONCEPT -> {
                    if (s.terms().stream().noneMatch(t -> ACTS.contains(t.id()))) {
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return true;
    }

    /** {@link #sameAct} for a question {@link #asksOnlyAnAct} holds of: the two facts alone. */
    static boolean sameActOf(ParsedQuestion q, FactIndex.Profile other, FactIndex.Profile candidate, FactIndex index) {
        if (!other.fact().curated() || !candidate.fact().curated()) {
            return false;
        }
        boolean party = false;
        for (Slot s : q.slots()) {
            if (s.context()) {
                continue;
            }
            switch (s.type()) {
                case ENTITY -> {
                    for (Term t : s.terms()) {
                        if (other.entities().contains(t.id()) != candidate.entities().contains(t.id())) {
                            return false;
                        }
                        party |= !index.isSubject(t.id()) && candidate.entities().contains(t.id());
                    }
                }
                default -> {
                }
            }
        }
        return party && ACTS.stream().anyMatch(a -> other.concepts().contains(a) && candidate.concepts().contains(a)
                && withWhomAsked(q, a, index));
    }

    /** Why a fact cannot answer a question at all, or null if it can. */
    /** The concept of an age asked. */
    private static final String AGE = "age";
    /** Roles that name a person whose age may be asked (reading.yaml, roles-of-a-person). */
    private static final java.util.List<String> AGE_OF_ROLE = java.util.List.copyOf(
            java.util.stream.StreamSupport.stream(ReadingRules.READING.path("roles-of-a-person").spliterator(), false)
                    .map(com.fasterxml.jackson.databind.JsonNode::asText).toList());

    /** The pinned slot of someone's post at a company (pinned.yaml, role). */
    private static final String POST = "role";
    /** The post a boss of the company holds (reading.yaml, company-boss): beside another post, the boss is of that one. */
    private static final String BOSS_POST = ReadingRules.READING.path("company-boss").path("post").asText();
    /** "the new head of strategy": a post's new holder is its holder now (reading.yaml, post-now). */
    private static final Rule POST_NOW = ReadingRules.rule("post-now");
    /** "which customers did not leave Scale?", "which lab kept working with it?" (reading.yaml, stayed). */
    private static final Rule STAYED = ReadingRules.rule("stayed");
    /** A sum asked in another currency or as a rate (reading.yaml, other-measure). */
    private static final Rule OTHER_MEASURE = ReadingRules.rule("other-measure");
    /** The rest of a share, asked (reading.yaml, rest-of-share). */
    private static final Rule REST_OF_SHARE = ReadingRules.rule("rest-of-share");
    /** A value something brings asked (reading.yaml, value-brought). */
    private static final Rule VALUE_BROUGHT = ReadingRules.rule("value-brought");
    /** A share of a market asked (reading.yaml, market-share). */
    private static final Rule MARKET_SHARE = ReadingRules.rule("market-share");
    /** What actually happened, asked; a plan told (reading.yaml, actual-asked, planned). */
    private static final Rule ACTUAL_ASKED = ReadingRules.rule("actual-asked");
    private static final Rule PLANNED = ReadingRules.rule("planned");
    /** What something shows, asked; what a fact says shows something (reading.yaml, significance-asked, signifies). */
    private static final Rule SIGNIFICANCE_ASKED = ReadingRules.rule("significance-asked");
    private static final Rule SIGNIFIES = ReadingRules.rule("signifies");
    /** The article's own year asked: "this year", هالسنة (reading.yaml, this-year). */
    private static final Rule THIS_YEAR = ReadingRules.rule("this-year");
    /** A total up to now, asked: "so far", حتى الآن (reading.yaml, to-date); a sum expected (expected). */
    private static final Rule TO_DATE = ReadingRules.rule("to-date");
    private static final Rule EXPECTED = ReadingRules.rule("expected");
    /** A sum by the year, asked: "every year", سنويا (reading.yaml, per-year). */
    private static final Rule PER_YEAR = ReadingRules.rule("per-year");

    /**
     * The post a who-question asks the holder of, at the one company it names ("who heads Scale?":
     * ceo@scale_ai), when it asks nothing else and a fact gives someone that post there; else null.
     */
    static String postAsked(ParsedQuestion q, FactIndex index) {
        Set<String> entities = q.requiredEntities();
        List<Slot> concepts = q.slots().stream().filter(s -> s.type() == Slot.Type.CONCEPT && !s.context()).toList();
        Map<String, String> roles = Claims.PINNED.get(POST).concepts();
        if (q.claim() || entities.size() != 1 || concepts.isEmpty()
                || concepts.stream().anyMatch(s -> s.terms().stream().noneMatch(t -> roles.containsKey(t.id())))
                || !"company".equals(index.entityTypes().get(entities.iterator().next()))) {
            return null;
        }
        Set<String> asked = rolesAsked(q);
        // "who's the boss of Scale's strategy team?": the head of that post, not of the company
        if (asked.size() > 1) {
            asked.remove(BOSS_POST);
        }
        if (asked.size() != 1) {
            return null;
        }
        String post = asked.iterator().next() + "@" + entities.iterator().next();
        return index.pinning().stream().anyMatch(f -> f.pins().getOrDefault(POST, List.of()).contains(post)) ? post : null;
    }

    /**
     * The pinned slots that say when the fact's one held a post ({@code pins: {until-deal: [...]}}):
     * up to the deal (Wang, Scale AI's CEO; Droege, its head of strategy) or from it on (Droege,
     * its CEO). A post in neither is held throughout (Wang founded Scale AI).
     */
    private static final String UNTIL_DEAL = "until-deal";
    private static final String FROM_DEAL = "from-deal";
    /** The lexicon's concept of taking a post over ("took over", "replaced", "خلف"). */
    private static final String SUCCESSOR = "successor";
    /** The place in a line of the one who came after (facts file, pins: later). */
    private static final String LATER = "later";

    /**
     * "Who was Scale's CEO before the deal?" is not answered by Droege's promotion, nor "who is
     * Scale's head of strategy now?" by it: a who-question naming a post (a role the pinned slot
     * knows) and a time, before the deal (a period) or now (its words), is answered only by a fact
     * that gives someone that post at that time; a question of who took a post over, only by a
     * fact that gives the post from a change on. The post the fact gives only at another time, or
     * null.
     */
    private static String postHeldAtAnotherTime(ParsedQuestion q, Fact f) {
        List<String> until = f.pins().getOrDefault(UNTIL_DEAL, List.of());
        List<String> from = f.pins().getOrDefault(FROM_DEAL, List.of());
        boolean before = q.form().periods().contains("before");
        boolean succession = q.ids(Slot.Type.CONCEPT).contains(SUCCESSOR);
        if (until.isEmpty() && from.isEmpty()) {
            // "who is Meta's new CEO?", "ومين صار المدير التنفيذي الجديد؟" with Meta carried: a
            // succession asks who took a post over; one the fact gives throughout (Zuckerberg,
            // Meta's CEO) nobody took over
            return succession && !before ? askedPostHeld(q, f, posts -> true) : null;
        }
        Rule now = FollowUp.STANDARD.timeShifts().get("now");
        // "who took over Scale once the founder left?": a successor holds the post from the change on
        boolean present = q.form().periods().contains("now") || now != null && q.finds(now) || q.finds(POST_NOW)
                || succession;
        if (before == present) {
            return null;    // no time asked, or both ("who ran it before, and who runs it now?" is two parts)
        }
        return askedPostHeld(q, f, (before ? from : until)::containsAll);
    }

    /**
     * Whether every post the question names (its scene-setting words too: "قبل درويج، من كان رئيس
     * الاستراتيجية؟" reads the post inside the clause) is one the fact gives only up to the deal: its
     * line, who came before whom, is then of the post taken at the deal, not of the one asked.
     */
    private static boolean lineOfAnotherPost(ParsedQuestion q, Fact f) {
        Map<String, String> roles = Claims.PINNED.get(POST).concepts();
        List<String> until = f.pins().getOrDefault(UNTIL_DEAL, List.of());
        List<String> from = f.pins().getOrDefault(FROM_DEAL, List.of());
        Set<String> asked = new java.util.HashSet<>();
        q.ids(Slot.Type.CONCEPT).stream().filter(roles::containsKey).forEach(c -> asked.add(roles.get(c)));
        return !asked.isEmpty() && asked.stream().allMatch(role -> {
            List<String> posts = f.pins().getOrDefault(POST, List.of()).stream().filter(post -> post.startsWith(role + "@")).toList();
            return !posts.isEmpty() && until.containsAll(posts) && from.stream().noneMatch(posts::contains);
        });
    }

    /** The roles (the pinned slot's posts: ceo, strategy_head) the question's own concepts ask. */
    private static Set<String> rolesAsked(ParsedQuestion q) {
        Map<String, String> roles = Claims.PINNED.get(POST).concepts();
        Set<String> asked = new java.util.HashSet<>();
        q.slots().stream().filter(s -> s.type() == Slot.Type.CONCEPT && !s.context())
                .forEach(s -> s.terms().forEach(t -> {
                    if (roles.containsKey(t.id())) {
                        asked.add(roles.get(t.id()));
                    }
                }));
        return asked;
    }

    /** The post of a role the question asks that the fact gives, where {@code held} takes all its posts of that role, or null. */
    private static String askedPostHeld(ParsedQuestion q, Fact f, java.util.function.Predicate<List<String>> held) {
        for (String role : rolesAsked(q)) {
            List<String> posts = f.pins().getOrDefault(POST, List.of()).stream()
                    .filter(post -> post.startsWith(role + "@")).toList();
            if (!posts.isEmpty() && held.test(posts)) {
                return posts.get(0);
            }
        }
        return null;
    }

    /** The pin of what the one a fact tells of is to whom: customer@scale_ai (facts file, pins: related). */
    static final String RELATED = "related";

    /**
     * "Is OpenAI one of Meta's customers?", "هل جوجل مورد لميتا؟": the fact says whose customer or
     * rival the one it tells of is (OpenAI: a Scale customer and a Meta rival; pins: related), and
     * Google's alternative suppliers are its own. A yes/no question asking such a relation is told
     * only when every party it names is the one the fact tells of or one the fact relates it to in
     * a way asked; otherwise the fact would read as a "Yes" to a tie it never states. The relation
     * turned round ("is Scale one of Google's customers?") is left to the fact, stated without a
     * "Yes". The party left out, or null when the relation is told or none is asked.
     */
    private static String relationUntold(ParsedQuestion q, Fact f, FactIndex index) {
        List<String> related = f.pins().get(RELATED);
        if (related == null || !(q.intent() == Intent.YES_NO || q.claim())) {
            return null;
        }
        Set<String> concepts = q.ids(Slot.Type.CONCEPT);
        Set<String> tied = new java.util.HashSet<>();
        for (String r : related) {
            int at = r.indexOf('@');
            if (concepts.contains(r.substring(0, at))) {
                tied.add(r.substring(at + 1));
            }
        }
        if (tied.isEmpty()) {
            return null;
        }
        tied.add(index.firstEntityInAnswer(f, q.language()));
        return q.slots().stream().filter(s -> s.type() == Slot.Type.ENTITY && !s.context())
                .flatMap(s -> s.terms().stream().limit(1)).map(Term::id)
                .filter(e -> !tied.contains(e)).findFirst().orElse(null);
    }

    static String refusal(ParsedQuestion q, FactIndex.Profile p, FactIndex index) {
        if (!namesWhatIsAsked(q, p)) {
            return "misses an entity " + q.requiredEntities();
        }
        String aside = onlyInPassing(q, p);
        if (aside != null) {
            return "names " + aside + " only in passing: gives no figure of it, nor what the question asks of it";
        }
        if (!satisfiesNumbers(q, p)) {
            return "misses a year or version " + q.years() + q.versions();
        }
        // "what did Meta release in April?": a month asked of is one the fact must name, as a year
        // is (Behemoth, unreleased, is no April model); a claimed month is checked instead ("released
        // in March?" is "No: April"), and a question that asks nothing of its own ("نزلت لاما بمارس؟") is
        // left for the reader to judge against the fact
        boolean asks = q.intent() != Intent.ANY && q.intent() != Intent.YES_NO && q.intent() != Intent.WHEN;
        int month = q.claim() || !asks ? -1 : q.month();
        if (month >= 0 && Claims.monthOf(p.fact()) != month) {
            return "does not name the month asked";
        }
        if (!q.claim() && !statesQuotedFigures(q, p)) {
            return "does not state a figure the question quotes " + q.numbers();
        }
        // "what are AI hallucinations, technically?": the article uses the word; only a fact that
        // defines it ("what is data labelling?") answers what it is
        Set<String> defined = q.definitionAsked();
        if (!defined.isEmpty() && p.fact().curated()
                && !(p.fact().topics().contains(ParsedQuestion.DEFINITION) && defined.stream().anyMatch(p.fact().topics()::contains))) {
            return "does not define " + defined + ", which the question asks to have defined";
        }
        if (p.fact().curated() && p.fact().topics().contains(ParsedQuestion.DEFINITION) && q.definesNothingNamed()) {
            return "defines a concept the question does not name";
        }
        if (!answersKind(q, p.fact())) {
            return "cannot answer " + q.intent();
        }
        // "where will Meta build its data centres?": the spending fact names them, but no place; a
        // where-question is answered only by a fact that tells where someone or something goes
        if (toldNoPlace(q, p.fact())) {
            return "tells no place, which the question asks (where)";
        }
        // "in what year did Llama 4 come out?": "released in April" tells the month, not the year
        if (p.fact().curated() && q.intent() == Intent.WHEN && q.finds(ASKS_YEAR) && !statesYear(p.fact())) {
            return "tells no year, which the question asks";
        }
        // "when exactly in 2025 was Google going to pay?": a fact whose only time is the year the
        // question gives tells nothing new; one that answers when itself ("announced in June 2025") does
        if (p.fact().curated() && q.intent() == Intent.WHEN && !p.fact().kinds().contains(QuestionKind.WHEN)
                && timesAllGiven(q, p.fact())) {
            return "tells no time but the one the question gives";
        }
        // "which customer didn't leave Scale?": Google and OpenAI are the ones who did
        if (p.fact().curated() && (q.intent() == Intent.WHO || q.intent() == Intent.WHAT || q.intent() == Intent.ANY)
                && q.finds(ASKS_NEGATED) && !NEGATION_SAID.matcher(dev.safqa.text.ArabicText.fold(p.fact().answer(q.language())).toLowerCase(java.util.Locale.ROOT)).find()) {
            return "asks of the ones who did not; the fact says no \"not\"";
        }
        if (setAside(q, p, index)) {
            return "names only what the question set aside " + q.excluded();
        }
        if (!q.excluded().isEmpty() && q.intent() == Intent.WHO && p.fact().curated()
                && p.entities().stream().anyMatch(q.excluded()::contains) && !listsBeside(q, p, index)) {
            return "is about what the question set aside; the others it names are not listed beside it";
        }
        Set<String> answerNames = q.intent() == Intent.WHO ? answerNames(q, p, index) : Set.of();
        if (q.intent() == Intent.WHO && !q.ids(Slot.Type.CONCEPT).isEmpty() && p.fact().curated()
                && answerNames.isEmpty() && !answersWhoWithoutNames(p, index)) {
            return "names nobody the question does not";
        }
        // "who else is joining Meta's new team?" asked with no one named or talked of before: someone
        // beside the one the asker knows of, and a fact that tells of one person (Wang) gives only him
        if (q.intent() == Intent.WHO && q.excluded().isEmpty() && p.fact().curated() && q.finds(QuestionReader.SOMEONE_ELSE)
                && isPerson(index, index.firstEntityInAnswer(p.fact(), q.language()))) {
            return "tells of one person, and who else is asked beside the one the asker knows of";
        }
        // "مين هيمسك سكيل بعد ما وانغ يمشي؟" (who takes hold of Scale once Wang goes?): the one whose
        // going sets the scene is not who is asked, and a fact that tells of him (Wang heads Meta's new
        // team) tells the scene, not the answer
        String doer = q.intent() == Intent.WHO && p.fact().curated() ? index.firstEntityInAnswer(p.fact(), q.language()) : null;
        if (isPerson(index, doer) && namedOnlyInTheScene(q, doer)) {
            return "tells of " + doer + ", whom the question names only in the scene it sets";
        }
        // "شو منصب زوكربيرغ بميتا؟" (what is Zuckerberg's post at Meta?): the fact of Wang's new post
        // names Zuckerberg as his superior; the post it tells is Wang's. A role asked of people the
        // question names is told by a fact about one of them. Only a role asked alone: "Wang works
        // under Sandberg, no?" asks whom he reports to, which the fact of his superior tells
        // ...or a role said as someone's ("what was Zuckerberg's job before he founded Facebook?",
        // "وظيفة زوكربيرغ"), whatever else is asked beside it
        Set<String> holders = p.fact().curated() && q.intent() != Intent.WHO ? q.roleHolders() : Set.of();
        if (p.fact().curated() && q.intent() != Intent.WHO && (q.ids(Slot.Type.CONCEPT).equals(Set.of(ROLE)) || !holders.isEmpty())) {
            String teller = index.firstEntityInAnswer(p.fact(), q.language());
            Set<String> people = new java.util.HashSet<>(q.ids(Slot.Type.CONCEPT).equals(Set.of(ROLE)) ? q.ids(Slot.Type.ENTITY) : holders);
            people.removeIf(e -> !isPerson(index, e));
            if (isPerson(index, teller) && !people.isEmpty() && !people.contains(teller)) {
                return "tells the role of " + teller + ", not of " + people.iterator().next();
            }
        }
        String unrelated = relationUntold(q, p.fact(), index);
        if (unrelated != null) {
            return "does not relate them as the question asks (" + unrelated + ")";
        }
        String unnamed = membersUnnamed(q, p.fact());
        if (unnamed != null) {
            return "speaks of " + unnamed + " only in general, and the question asks who they are";
        }
        // "who is his boss?" after Droege was named: whom someone reports to is told only by a fact
        // that tells of reporting; another names someone in another role (Droege himself, as CEO)
        String superior = FollowUp.STANDARD.superior().concept();
        if (q.intent() == Intent.WHO && p.fact().curated() && q.ids(Slot.Type.CONCEPT).contains(superior)
                && !p.concepts().contains(superior)) {
            return "does not tell whom anyone reports to";
        }
        // "who's the new boss?": the boss of whom, when nothing is named? Scale AI's new CEO and Wang's
        // new superior at Meta are both new bosses; whichever fact answers would be a guess
        // ("his new boss", "مديره" point at someone: the follow-up or the part before names him)
        if (q.intent() == Intent.WHO && p.fact().curated() && q.ids(Slot.Type.ENTITY).isEmpty()
                && q.ids(Slot.Type.CONCEPT).contains(superior)
                && !FollowUp.STANDARD.superior().pattern().matcher(dev.safqa.text.ArabicText.fold(q.text())).find()
                && !ReadingRules.STANDARD.words().pronoun().matcher(q.normalized()).find() && q.slots().stream()
                        .filter(sl -> sl.type() == Slot.Type.CONCEPT && !sl.context())
                        .allMatch(sl -> sl.terms().stream().anyMatch(t -> t.id().equals(superior)))) {
            return "asks for a boss and names nobody whose: it may be any of the posts the article tells";
        }
        // "what is Meta's most powerful model?": Behemoth is bigger and more powerful than Llama 4, not
        // the most powerful; a superlative is answered only by a fact that says it
        if (p.fact().curated() && !q.superlatives().isEmpty()) {
            String said = p.fact().answer(dev.safqa.text.Language.EN).toLowerCase(java.util.Locale.ROOT);
            if (q.superlatives().stream().anyMatch(r -> !r.matcher(said).find())) {
                return "does not say the superlative the question asks";
            }
        }
        // "how much is Meta spending on the superintelligence unit?": the $65 billion is spent on AI
        // infrastructure; a sum is the answer only for what the fact says it goes to
        Set<String> spentOn = p.fact().curated() && p.fact().figures().stream()
                .anyMatch(f -> f.kind() == dev.safqa.knowledge.FigureKind.MONEY) ? q.spentOn() : Set.of();
        // (its topics: the words of its text name more, "وحده", alone, reads as a unit)
        if (!spentOn.isEmpty() && !p.fact().topics().containsAll(spentOn)) {
            return "tells no sum spent on " + spentOn + ", which the question asks";
        }
        // "Scale's valuation in pounds?", "what did Meta pay per share?": the article's sums are in
        // dollars, whole; a fact's figure is not the one asked
        if (p.fact().curated() && p.fact().figures().stream().anyMatch(f -> f.kind() == dev.safqa.knowledge.FigureKind.MONEY)
                && q.finds(OTHER_MEASURE)) {
            return "states its sums in dollars, whole: not in the currency or the rate asked";
        }
        // "what share of Scale does Meta NOT own?": the rest of a share is asked, and a fact stating the
        // share taken (49%) states the other side of it; the article never gives the rest
        if (p.fact().curated() && (!q.claim() || q.intent() != Intent.YES_NO) && q.finds(REST_OF_SHARE)
                && p.fact().figures().stream().anyMatch(f -> f.kind() == FigureKind.PERCENT)) {
            return "states the share taken, where the question asks the rest of it";
        }
        // "what's Meta's share of the AI market?": "share" reads as the stake, but a market's share is
        // another measure, and a fact's figure (the 49% Meta bought) is not it
        if (p.fact().curated() && !p.fact().figures().isEmpty() && q.finds(MARKET_SHARE)) {
            return "states no share of a market, which the question asks";
        }
        // "what value does Scale bring to Meta?": "value" reads as the valuation, but what something
        // brings is no sum, and a fact's figure ($29 billion) is not it
        if (p.fact().curated() && !p.fact().figures().isEmpty() && q.finds(VALUE_BROUGHT)) {
            return "states a figure, where the question asks what something brings";
        }
        // "how much did Google actually pay Scale in 2025?": what happened is asked, and a fact telling
        // a plan ("had planned to pay about $200 million") does not tell it; "what did Google actually
        // plan to pay?" asks the plan
        // ("what is Meta actually spending the $65B on?" asks what the plan's sum is for, no sum)
        if (p.fact().curated() && q.finds(ACTUAL_ASKED) && !q.finds(PLANNED)
                && (q.claim() || measures(q) && q.numbers().stream().noneMatch(n -> !q.years().contains(n) && p.numbers().contains(n)))
                && PLANNED.matcher(p.fact().answer(dev.safqa.text.Language.EN).toLowerCase(java.util.Locale.ROOT)).find()) {
            return "tells a plan, where the question asks what actually happened";
        }
        // "what does the $29 billion valuation show?": only a fact saying what something shows answers
        if (p.fact().curated() && q.finds(SIGNIFICANCE_ASKED)
                && !SIGNIFIES.matcher(dev.safqa.text.ArabicText.fold(p.fact().answer(dev.safqa.text.Language.EN) + " " + p.fact().source())
                        .toLowerCase(java.util.Locale.ROOT)).find()) {
            return "does not say what anything shows, which the question asks";
        }
        // "which customers did NOT leave Scale?": the facts name only those who left, the opposite
        if (q.intent() == Intent.WHO && p.fact().curated() && q.finds(STAYED)) {
            return "names who did what the question asks who did not do";
        }
        // "who paid more than $200 million?": the bound's figure is no figure quoted; a fact whose
        // figure does not clearly pass it (Google's plan, about $200 million) does not say who did
        if (q.intent() == Intent.WHO && !q.claim() && p.fact().curated() && Answerer.boundUnmet(q, p.fact())) {
            return "states no figure past the bound the question sets";
        }
        // "who does Zuckerberg report to?", "who replaced Droege?": a reporting line or a succession runs
        // one way; the fact placing Wang under Zuckerberg tells of nobody above Zuckerberg
        String line = p.fact().curated() ? Lines.refusal(q.lines(index.knowledge().lexicon()), p.fact()) : null;
        if (line != null) {
            return line;
        }
        // "who was Scale's head of strategy before Droege?": the line the fact tells (Wang, then Droege)
        // is of the post Droege was promoted to; the post asked is the one he held up to the deal,
        // whose holder before him the article never names
        if (p.fact().curated() && q.lines(index.knowledge().lexicon()).containsValue(LATER) && lineOfAnotherPost(q, p.fact())) {
            return "tells who came before in another post than the one asked";
        }
        // "مين بيرأس سكيل؟" (who heads Scale?): who holds a post at a company is told only by a fact
        // that gives someone that post there (pins: {role: [ceo@scale_ai]}); Wang leaving his post to
        // head Meta's new team names Scale and a heading, but another post
        String post = q.intent() == Intent.WHO && p.fact().curated() ? postAsked(q, index) : null;
        if (post != null && !p.fact().pins().getOrDefault(POST, List.of()).contains(post)) {
            return "gives nobody the post asked (" + post + ")";
        }
        // "who announced Droege's promotion?": only a fact that says who made a thing known answers who did
        if (q.intent() == Intent.WHO && p.fact().curated() && asksWhoAnnounced(q)
                && p.fact().pins().getOrDefault(ANNOUNCER, List.of()).isEmpty()) {
            return "does not say who announced it";
        }
        Set<String> sayers = p.fact().curated() ? sayersAsked(q) : Set.of();
        if (!sayers.isEmpty() && sayers.stream().noneMatch(e -> p.fact().pins().getOrDefault(ANNOUNCER, List.of()).contains(e)
                || p.fact().pins().getOrDefault(AUTHOR, List.of()).contains(e))) {
            return "does not tell what " + sayers + " said (pins: announcer, author)";
        }
        // "what did Zuckerberg say back to that?", "وزوكربيرج رد قال إيه على كده؟" after Google left: a
        // reply, and the words a fact gives of him (the memo) answer no one; a company's act (Google
        // cutting ties) is still how it responded
        if (p.fact().curated() && q.finds(REPLY_ASKED) && (!p.fact().pins().getOrDefault(ANNOUNCER, List.of()).isEmpty()
                || !p.fact().pins().getOrDefault(AUTHOR, List.of()).isEmpty())) {
            return "gives words that reply to nothing, and the question asks a reply";
        }
        String untold = p.fact().curated() && q.intent() != Intent.WHO ? reactionUntold(q, p, index) : null;
        if (untold != null) {
            return "does not tell what " + untold + " said or how he took it (pins: announcer, author; a reaction told of him)";
        }
        String held = q.intent() == Intent.WHO && p.fact().curated() ? postHeldAtAnotherTime(q, p.fact()) : null;
        if (held != null) {
            return "gives the post asked (" + held + ") only at another time than the question's";
        }
        // "how old is this successor?" after Droege was named: an age is of one person, whom a role
        // names; an age fact that does not tell of that role is someone else's (Wang's, the founder)
        // ...and claimed of one ("is Scale's new CEO 28?" is no "Yes" from the founder's 28 years)
        if ((q.intent() == Intent.AGE || q.ids(Slot.Type.CONCEPT).contains(AGE)) && p.fact().curated()) {
            for (String role : AGE_OF_ROLE) {
                if (q.ids(Slot.Type.CONCEPT).contains(role) && !p.concepts().contains(role)) {
                    return "is the age of another than the " + role + " asked of";
                }
            }
            // "who founded Scale, and how old is it?": the age of a company (no person, no one's role
            // named) is not its founder's 28 years
            Set<String> named = q.ids(Slot.Type.ENTITY);
            if (!named.isEmpty() && named.stream().noneMatch(e -> isPerson(index, e))
                    && q.ids(Slot.Type.CONCEPT).stream().allMatch(AGE::equals)) {
                return "is a person's age; the question asks the age of " + named;
            }
        }
        if (q.intent() == Intent.WHO && q.asksCompany() && !q.ids(Slot.Type.CONCEPT).isEmpty() && p.fact().curated()
                && !answersWhoWithoutNames(p, index)
                && answerNames.stream().noneMatch(e -> "company".equals(index.entityTypes().get(e)))) {
            return "names no company the question does not";    // "which other labs?": a person is no lab
        }
        if (p.fact().curated() && q.asksNames() && !namesSomethingNew(q, p, index)) {
            return "names nothing the question does not, and it asks for names";
        }
        for (String period : q.form().periods()) {
            if (!statesPeriod(p.fact(), period, index)) {
                return "does not speak of the period asked (" + period + ")";
            }
        }
        // "what will Scale's revenue be this year?", "إيرادات سكيل هالسنة 870 مليون؟": the fact of the
        // year before the article's (answers: [past], 2024's $870 million) is not this year's
        if (p.fact().curated() && p.fact().kinds().contains(QuestionKind.PAST) && q.finds(THIS_YEAR)) {
            return "tells of the year before, and the question asks of this year";
        }
        // "how much has Google paid Scale so far?", "جوجل دفعت لسكيل 200 مليون لهلأ؟": a total to date
        // is asked; a sum planned or expected (Google's plan, Scale's forecast), or one year's sum
        // (2024's revenue), is no such total, and the article gives none. What was agreed once (the
        // $14.8 billion) still answers it.
        if (p.fact().curated() && !p.fact().figures().isEmpty() && measures(q) && q.finds(TO_DATE)) {
            String told = p.fact().answer(dev.safqa.text.Language.EN).toLowerCase(java.util.Locale.ROOT);
            if (PLANNED.matcher(told).find() || EXPECTED.matcher(told).find() || statesYear(p.fact())) {
                return "tells a planned, expected or one year's sum, where the question asks a total to date";
            }
        }
        // "Meta pays Scale $14.8 billion every year?", "ميتا بتدفع 14.8 مليار كل سنة؟": a sum by the year
        // is asked, and a fact whose sums name no year (the price, the stake, the valuation) tells of a
        // sum paid or worth once; "up to $65 billion this year alone" is a year's
        if (p.fact().curated() && measures(q) && q.finds(PER_YEAR) && !statesYear(p.fact())
                && p.fact().figures().stream().anyMatch(f -> f.kind() == FigureKind.MONEY || f.kind() == FigureKind.PERCENT)
                && !THIS_YEAR.matcher(index.foldedText(p.fact())).find()) {
            return "tells a sum paid or worth once, where the question asks one each year";
        }
        if (p.fact().curated() && !p.fact().figures().isEmpty() && measures(q) && q.ofAnotherParty()
                && !ParsedQuestion.ANOTHER_PARTY.matcher(index.foldedText(p.fact())).find()) {
            // "how much will Google pay its new data providers?": its figure is of the parties it
            // names (what Google had planned to pay Scale AI), not of the other party asked about
            return "its figures are of the parties it names, not of the other party asked about";
        }
        List<String> payer = p.fact().pins().getOrDefault(PAYER, List.of());
        if (!payer.isEmpty() && measures(q) && !q.payers().isEmpty() && q.payers().stream().noneMatch(payer::contains)) {
            // "how much does Scale pay the people doing the labeling?": Google pays Scale AI, not the other way
            return "its sum is paid by " + payer + " (pins: payer), not by " + q.payers();
        }
        if (measuresSomethingElse(q, p)) {
            return "measures something else";
        }
        String unknownAsk = asksOnlyTheUnknown(q, p);
        if (unknownAsk != null) {
            return "matches only the scene: what the question says of it (" + unknownAsk + ") the article never says";
        }
        String choice = choiceOfTheUnknown(q);
        if (choice != null && p.fact().curated()) {
            return "asks a choice between words the article never says (" + choice + ")";
        }
        String whenOf = timeOfSomeoneElse(q, p, index);
        if (whenOf != null) {
            return "its time is " + whenOf + "'s, whom the question does not name";
        }
        String whose = measureOfSomeoneElse(q, p);
        if (whose != null) {
            return "its figure is " + whose + "'s, whom the question does not name";
        }
        if (q.intent() == Intent.WHY && p.fact().curated() && !declares(p.fact(), Intent.WHY)) {
            // "why did Google cut ties?" is not answered by the fact that it did: only by one its editor
            // says gives a reason (answers: [why])
            return "gives no reason (its answers do not include why)";
        }
        List<String> reasonOf = p.fact().pins().getOrDefault(REASON_OF, List.of());
        if (q.intent() == Intent.WHY && p.fact().curated() && !reasonOf.isEmpty()
                && reasonOf.stream().noneMatch(r -> q.ids(Slot.Type.CONCEPT).contains(r) || q.ids(Slot.Type.ENTITY).contains(r))) {
            // "why?" after "how did developers receive Llama 4?": the fact gives a reason of Zuckerberg's
            // frustration (the cold reception added to it), none of the reception it tells
            return "gives a reason of " + reasonOf + " only (pins: reason-of), which the question does not ask about";
        }
        if (q.intent() == Intent.WHY && p.fact().curated()) {
            double said = restated(q, p.fact(), index);
            if (said >= ReadingRules.STANDARD.restates()) {
                return String.format(java.util.Locale.ROOT, "restates the question (it names %.2f of what the fact names)", said);
            }
        }
        return null;
    }

    /**
     * "Which suppliers did Google pick?": the answer to a who-question names someone the question
     * does not, beyond the article's own subjects. ("Who is Wang?", with no concept, is about Wang.)
     */
    private static Set<String> answerNames(ParsedQuestion q, FactIndex.Profile p, FactIndex index) {
        Set<String> named = namedNew(q, p, index);
        if (named.isEmpty()) {
            named = announcedBy(q, p);
        }
        if (named.isEmpty()) {
            named = paidTo(q, p);
        }
        return named.isEmpty() ? pinnedByFigure(q, p, index) : named;
    }

    /** Who receives the sum a fact gives (pins: payee). */
    private static final String PAYEE = "payee";

    /**
     * "Which company did Meta invest in?": Scale AI, though it is the article's subject (a subject
     * answers no who-question otherwise). Asked whom a payer the question names pays (its words:
     * reading.yaml payer; a price's concept the fact is about: price-of), the party the fact says
     * receives it answers; "who invested in Meta?" names no payer, and Meta pays no one it names.
     */
    private static Set<String> paidTo(ParsedQuestion q, FactIndex.Profile p) {
        List<String> payee = p.fact().pins().getOrDefault(PAYEE, List.of());
        if (payee.isEmpty() || q.payers().isEmpty()
                || !p.fact().pins().getOrDefault(PAYER, List.of()).containsAll(q.payers())
                || q.ids(Slot.Type.CONCEPT).stream().noneMatch(c -> ReadingRules.STANDARD.priceOf().contains(c)
                        && p.fact().topics().contains(c))) {
            return Set.of();
        }
        Set<String> asked = q.ids(Slot.Type.ENTITY);
        return payee.stream().filter(e -> !asked.contains(e)).collect(java.util.stream.Collectors.toSet());
    }

    /** The pinned slot of who made a thing known ({@code pins: {announcer: [scale_ai]}}). */
    private static final String ANNOUNCER = "announcer";
    /** What the reason a fact gives is a reason of, when it tells other things too (pins: reason-of). */
    private static final String REASON_OF = "reason-of";
    /** Who pays the sum a fact gives (pins: payer). */
    private static final String PAYER = "payer";
    /** The concept of announcing (reading.yaml, announced-by). */
    private static final String ANNOUNCING = ReadingRules.READING.path("announced-by").asText();

    /**
     * "Who announced that Wang would resign?": Scale did, though the article is about it (a subject
     * answers no who-question otherwise: "who cut ties with Scale?" is not Scale). Asked who
     * announced it, the one a fact says made it known is the answer, when the question does not name it.
     */
    private static final Rule SAID_BY = ReadingRules.rule("said-by");
    private static final String AUTHOR = "author";

    /** Who the question asks what they said ("what did Droege say?": droege); empty when it asks no one's words. */
    /**
     * The person whose words or reaction are asked and that a fact does not tell ("شو كان رد فعل درويج
     * لما صار مدير؟", what was Droege's reaction when he became CEO?): his promotion is no reaction of
     * his. A fact tells it when it says what he said or wrote (pins: announcer, author), or a reaction
     * or a feeling of his ("Zuckerberg grew frustrated"). Null when none is asked, or the fact tells it.
     * Companies are left to {@link #sayersAsked}: what Google did is how it reacted.
     */
    private static String reactionUntold(ParsedQuestion q, FactIndex.Profile p, FactIndex index) {
        if (!q.ids(Slot.Type.CONCEPT).contains(REACTION) && !q.finds(SAYS)) {
            return null;
        }
        List<String> sayers = new java.util.ArrayList<>(p.fact().pins().getOrDefault(ANNOUNCER, List.of()));
        sayers.addAll(p.fact().pins().getOrDefault(AUTHOR, List.of()));
        if (q.ids(Slot.Type.ENTITY).stream().anyMatch(sayers::contains)) {
            return null;        // "what did Scale say about Wang?": Scale's words, of which Wang is the subject
        }
        for (String e : q.ids(Slot.Type.ENTITY)) {
            if (!isPerson(index, e)
                    || p.fact().pins().getOrDefault(ANNOUNCER, List.of()).contains(e)
                    || p.fact().pins().getOrDefault(AUTHOR, List.of()).contains(e)
                    || p.entities().contains(e) && p.concepts().stream().anyMatch(FEELINGS::contains)) {
                continue;
            }
            return e;
        }
        // "how did he react to the Behemoth delay?" with no one named: "he" is someone, and a fact that
        // tells no one's words or feelings (Behemoth's delay) does not tell how he took it
        if (sayers.isEmpty() && p.concepts().stream().noneMatch(FEELINGS::contains)
                && q.ids(Slot.Type.ENTITY).stream().noneMatch(e -> isPerson(index, e))
                && ReadingRules.STANDARD.words().pronoun().matcher(q.normalized()).find()) {
            return "him";
        }
        return null;
    }

    private static final Rule SAYS = ReadingRules.rule("says");
    /** "say back", "reply", رد على (reading.yaml, reply-asked). */
    private static final Rule REPLY_ASKED = ReadingRules.rule("reply-asked");

    /** A group a fact speaks of without naming any of it (facts file, pins: unnamed). */
    static final String UNNAMED = "unnamed";
    /** "who are the...?", "ومن هم...؟", "which <group>...?" (reading.yaml, asks-who-they-are). */
    private static final Rule WHO_THEY_ARE = ReadingRules.rule("asks-who-they-are");
    private static final java.util.regex.Pattern WHICH = java.util.regex.Pattern.compile("(^|\\s)(which|اي|انهي|اني)\\s+(\\S+\\s+)?(\\S+)");

    /**
     * "who are the alternative suppliers?", "ومن هم المزودون البديلون؟", "which suppliers is Google
     * turning to?": the members of a group the fact speaks of only in general ("Google is looking for
     * alternative suppliers", pins: unnamed) are asked, and it names none of them; "who is looking for
     * alternative suppliers?" asks the one looking, whom it names. The group asked, or null.
     */
    private static String membersUnnamed(ParsedQuestion q, Fact f) {
        List<String> groups = f.pins().get(UNNAMED);
        if (groups == null || q.intent() != Intent.WHO && !q.asksNames()) {
            return null;
        }
        boolean whoTheyAre = q.asksNames() || q.finds(WHO_THEY_ARE);
        java.util.regex.Matcher which = whoTheyAre ? null : WHICH.matcher(q.normalized());
        for (Slot s : q.slots()) {
            if (s.type() != Slot.Type.CONCEPT || s.context() || s.terms().stream().noneMatch(t -> groups.contains(t.id()))) {
                continue;
            }
            // "which (alternative) suppliers...?": the group is the noun "which" asks of
            if (whoTheyAre || which.reset().find() && s.forms().stream().anyMatch(w -> which.group(0).contains(w))) {
                return s.terms().iterator().next().id();
            }
        }
        return null;
    }
    /** The lexicon's concept of a role or post ("what is Wang's new job?", منصب). */
    static final String ROLE = "role";

    private static boolean isPerson(FactIndex index, String entity) {
        return entity != null && "person".equals(index.entityTypes().get(entity));
    }

    /** "which customer didn't leave?", "أي عميل لم يغادر؟" (reading.yaml, asks-negated, negation-said). */
    private static final Rule ASKS_NEGATED = ReadingRules.rule("asks-negated");
    private static final Rule NEGATION_SAID = ReadingRules.rule("negation-said");
    /** "what year...", "في أي سنة" (reading.yaml, asks-year). */
    private static final Rule ASKS_YEAR = ReadingRules.rule("asks-year");

    /** A fact that states a year in its words ("announced in June 2025", "since the WhatsApp deal in 2014"). */
    /** Whether a fact gives times, and each is one the question already names. */
    private static boolean timesAllGiven(ParsedQuestion q, Fact f) {
        boolean any = false;
        for (dev.safqa.knowledge.Figure fig : f.figures()) {
            if (fig.kind() != null && fig.kind().isTime()) {
                if (!q.numbers().contains(fig.value())) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static boolean statesYear(Fact f) {
        return !Claims.yearsOf(f).isEmpty();
    }

    private static final String REACTION = "reaction";
    /** The concepts of a fact that tell how someone took something. */
    private static final Set<String> FEELINGS = Set.of(REACTION, "frustration");

    private static Set<String> sayersAsked(ParsedQuestion q) {
        // whether it asks anyone's words is read once per question; who, only when it does
        java.util.regex.Matcher m = q.finds(SAID_BY) ? SAID_BY.matcher(q.normalized()) : null;
        if (m == null || !m.find()) {
            return Set.of();
        }
        String who = m.group("s") != null ? m.group("s") : m.group("t");
        Set<String> out = new java.util.LinkedHashSet<>();
        for (Slot s : q.slots()) {
            if (s.type() == Slot.Type.ENTITY && s.forms().stream().anyMatch(who::contains)) {
                s.terms().forEach(t -> out.add(t.id()));
            }
        }
        return out;
    }

    private static boolean asksWhoAnnounced(ParsedQuestion q) {
        return q.slots().stream().anyMatch(s -> s.type() == Slot.Type.CONCEPT && !s.context()
                && s.terms().stream().anyMatch(t -> t.id().equals(ANNOUNCING)));
    }

    private static Set<String> announcedBy(ParsedQuestion q, FactIndex.Profile p) {
        List<String> by = p.fact().pins().getOrDefault(ANNOUNCER, List.of());
        if (by.isEmpty() || !asksWhoAnnounced(q)) {
            return Set.of();
        }
        Set<String> asked = q.ids(Slot.Type.ENTITY);
        return by.stream().filter(e -> !asked.contains(e)).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * "How much does ChatGPT Plus cost?", "what's the latest version of Gemini?": the Google fact names
     * Gemini and ChatGPT only in passing ("models like Gemini, ChatGPT's rival": {@code asides} in the
     * facts file). A question about nothing else it names is answered by it only as far as it tells
     * of them ("a rival of what?", "whose model?"): not with a figure it does not give of them, nor
     * when all it asks of them is what the fact does not speak of ("latest", "version"). The aside
     * asked about, or null.
     */
    private static String onlyInPassing(ParsedQuestion q, FactIndex.Profile p) {
        Fact f = p.fact();
        Set<String> asked = q.requiredEntities();
        if (!f.curated() || f.asides().isEmpty() || asked.isEmpty() || !f.asides().containsAll(asked)) {
            return null;
        }
        boolean figureOfIt = f.figures().stream().anyMatch(fig -> asked.contains(fig.about()) || asked.contains(fig.of()));
        boolean asksFigure = switch (q.intent()) {
            case AMOUNT, PERCENT, COUNT, AGE, WHEN -> true;
            default -> !q.form().claimed().isEmpty() || !q.versions().isEmpty()
                    || q.slots().stream().anyMatch(s -> s.type() == Slot.Type.CONCEPT && !s.context()
                            && s.terms().stream().anyMatch(t -> t.kind() != null));
        };
        boolean saysIt = false;
        boolean asksMore = false;
        for (Slot s : q.slots()) {
            if (s.context() || s.type() == Slot.Type.ENTITY) {
                continue;
            }
            boolean said = switch (s.type()) {
                case CONCEPT -> s.terms().stream().anyMatch(t -> p.concepts().contains(t.id()));
                case WORD -> s.forms().stream().anyMatch(p.words()::contains);
                default -> false;
            };
            saysIt |= said;
            asksMore |= !said && (s.type() == Slot.Type.CONCEPT || s.type() == Slot.Type.WORD || s.type() == Slot.Type.UNKNOWN_WORD);
        }
        return asksFigure && !figureOfIt || asksMore && !saysIt ? asked.iterator().next() : null;
    }

    /**
     * "Which company was Google going to pay $200 million?": a figure the question quotes and the
     * fact states pins the fact down, and the one person or company it names that the question
     * does not is the answer, though the article is about it (Scale AI). With two (neither Meta
     * nor Scale named), which one is asked is not known.
     */
    private static Set<String> pinnedByFigure(ParsedQuestion q, FactIndex.Profile p, FactIndex index) {
        boolean pinned = q.numbers().stream().anyMatch(n -> !q.years().contains(n) && !q.versions().contains(n)
                && p.numbers().contains(n));
        if (!pinned) {
            return Set.of();
        }
        Set<String> asked = q.ids(Slot.Type.ENTITY);
        Set<String> actors = p.entities().stream().filter(e -> !asked.contains(e) && isActor(index.entityTypes().get(e)))
                .collect(java.util.stream.Collectors.toSet());
        return actors.size() == 1 ? actors : Set.of();
    }

    /** Whom a fact names that a who-question does not: people, companies, agencies, beyond the article's subjects. */
    static Set<String> namedNew(ParsedQuestion q, FactIndex.Profile p, FactIndex index) {
        Set<String> asked = q.ids(Slot.Type.ENTITY);
        // a news agency answers "who saw the memo?" as well as a person or a company
        return p.entities().stream().filter(e -> !asked.contains(e)
                && (isActor(index.entityTypes().get(e)) || "media".equals(index.entityTypes().get(e)))
                && !index.isSubject(e)).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * "Who has to teach the models now?" - "human experts": a fact the editor says answers who,
     * whose answer is people it does not name (it names no person, company or agency at all).
     */
    private static boolean answersWhoWithoutNames(FactIndex.Profile p, FactIndex index) {
        return p.fact().kinds().contains(QuestionKind.WHO) && p.entities().stream().noneMatch(e -> {
            String type = index.entityTypes().get(e);
            return isActor(type) || "media".equals(type);
        });
    }

    /** It says the period in so many words, or its editor says it tells of it ({@code answers: [before]}). */
    private static boolean statesPeriod(Fact f, String period, FactIndex index) {
        // "now" has no words of its own in a fact's text: only its editor says it tells how things stand now
        Rule said = ReadingRules.STANDARD.periods().get(period);
        return QuestionKind.fromKey(period).map(f.kinds()::contains).orElse(false)
                || said != null && said.matcher(index.foldedText(f)).find();
    }

    /** "Apart from Google, who...": a fact whose only actors are the ones set aside is not the answer. */
    private static boolean onlyExcluded(ParsedQuestion q, FactIndex.Profile p, FactIndex index) {
        Set<String> asked = q.requiredEntities();
        // the subjects of nearly every fact (the deal's two companies) say nothing about who is meant
        return p.entities().stream().anyMatch(q.excluded()::contains)
                && p.entities().stream().noneMatch(e -> !q.excluded().contains(e) && !asked.contains(e)
                        && !index.isSubject(e));
    }

    /**
     * Whether the question wants a figure: it asks how much, what share or how many, claims a
     * figure, or asks what (not which thing) of a measure ("what will Google pay...?").
     */
    private static boolean measures(ParsedQuestion q) {
        return switch (q.intent()) {
            case AMOUNT, PERCENT, COUNT -> true;
            case WHO, WHY, WHEN, AGE -> false;     // a date or an age is no sum a party pays or gets
            // "how does this deal rank against earlier acquisitions?" asks no sum: only "what" may ask one
            default -> !q.form().claimed().isEmpty() || q.intent() == Intent.WHAT && !q.asksThing()
                    && q.slots().stream().anyMatch(s -> s.type() == Slot.Type.CONCEPT && !s.context()
                            && s.terms().stream().anyMatch(t -> t.kind() == FigureKind.MONEY || t.kind() == FigureKind.PERCENT));
        };
    }

    /**
     * What the question measures ("pay", "stake") must be what a curated fact is about. A who- or
     * why-question measures nothing: in "which other Scale customer is pulling back?" customers are
     * whom it asks about, not a count it wants; nor does a what-question asking for a thing ("which
     * model was Google buying data for?").
     */
    private static boolean measuresSomethingElse(ParsedQuestion q, FactIndex.Profile p) {
        Fact f = p.fact();
        if (!f.curated() || q.intent() == Intent.WHO || q.intent() == Intent.WHY
                || q.intent() == Intent.WHAT && q.asksThing()) {
            return false;
        }
        Set<FigureKind> kinds = EnumSet.noneOf(FigureKind.class);
        f.figures().forEach(fig -> kinds.add(fig.kind()));
        for (Slot s : q.slots()) {
            if (s.type() != Slot.Type.CONCEPT || s.context()) {
                continue;
            }
            boolean hasIt = s.terms().stream().anyMatch(t -> t.generic() ? kinds.contains(t.kind()) : p.concepts().contains(t.id()));
            if (!hasIt && s.terms().stream().allMatch(t -> t.kind() != null && !t.generic())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "سكيل راح تفلس بعد ما جوجل تركتها؟" (will Scale go bankrupt now Google has left it?): when the
     * only word the question asks with is one nothing in the article knows, and all the fact matches
     * besides the parties is the scene ("after Google left"), the fact tells the scene, not what is
     * asked. Only where the verb carries the question (yes/no, none): "how much did meta pya?" asks
     * its sum with its question word, "كان شغال ايه قبل الترقية؟" what he was with its own; and only when the fact does match a scene the question
     * sets ("مين جيسون درويج ده أصلاً؟" sets none). The unknown word, or null.
     */
    private static String asksOnlyTheUnknown(ParsedQuestion q, FactIndex.Profile p) {
        if (!p.fact().curated() || !(q.intent() == Intent.YES_NO || q.intent() == Intent.ANY)
                || q.slots().stream().noneMatch(s -> s.context() && s.type() == Slot.Type.CONCEPT
                        && s.terms().stream().anyMatch(t -> p.concepts().contains(t.id())))) {
            return null;
        }
        String unknown = null;
        for (Slot s : q.slots()) {
            if (s.context() || s.type() == Slot.Type.ENTITY) {
                continue;
            }
            switch (s.type()) {
                case UNKNOWN_WORD -> unknown = unknown == null ? s.forms().iterator().next() : unknown;
                case CONCEPT -> {
                    if (s.terms().stream().anyMatch(t -> p.concepts().contains(t.id()))) {
                        return null;
                    }
                }
                case WORD -> {
                    if (s.forms().stream().anyMatch(p.words()::contains)) {
                        return null;
                    }
                }
                default -> {
                }
            }
        }
        return unknown;
    }

    /**
     * "متى كانت الصفقة؟" (when was the deal?) is not answered by "the biggest since the WhatsApp deal in
     * 2014": when each time a fact gives is another name's ({@code about:} a person, company or product
     * in the facts file) and the question does not name it, the time is not the one asked. The name, or null.
     */
    private static String timeOfSomeoneElse(ParsedQuestion q, FactIndex.Profile p, FactIndex index) {
        // ...unless it asks of the other one: a comparison ("biggest since when?", "أكبر صفقة من إمتى؟"
        // is the concept the `since` words read as), a pointer ("that one", "تلك الصفقة"), an older deal
        if (q.intent() != Intent.WHEN || !p.fact().curated() || q.ids(Slot.Type.CONCEPT).contains(ReadingRules.STANDARD.sinceOf())
                || q.finds(POINTS_AWAY) || FollowUp.STANDARD.contrasts(q)
                // ...or a follow-up that says nothing of its own ("في أي سنة صارت؟" after the older deal was asked about)
                || q.slots().stream().noneMatch(s -> s.type() == Slot.Type.CONCEPT && s.forms().stream().anyMatch(q.normalized()::contains))) {
            return null;
        }
        String about = null;
        for (dev.safqa.knowledge.Figure f : p.fact().figures()) {
            if (f.kind() == null || !f.kind().isTime()) {
                continue;
            }
            if (f.about() == null || !index.entityTypes().containsKey(f.about()) || q.ids(Slot.Type.ENTITY).contains(f.about())) {
                return null;
            }
            about = f.about();
        }
        return about;
    }

    /** "that deal", "تلك الصفقة": another than the one talked of (reading.yaml, points-away). */
    private static final Rule POINTS_AWAY = ReadingRules.rule("points-away");

    /** A choice at the end of the question (reading.yaml, choice-at-end). */
    private static final Rule CHOICE_AT_END = ReadingRules.rule("choice-at-end");

    /**
     * "Is Droege the permanent CEO or just interim?", "هو مؤقت ولا دائم؟": a yes/no question offering a
     * choice ("or") between words the article never uses asks which one holds, and a fact that says
     * neither does not tell; the words the choice is between, or null. (A choice of names, figures or
     * words the article knows is read elsewhere: `alternatives`, claims.)
     */
    private static String choiceOfTheUnknown(ParsedQuestion q) {
        if (!(q.intent() == Intent.YES_NO || q.intent() == Intent.ANY) || !q.finds(CHOICE_AT_END)) {
            return null;
        }
        List<String> unknown = new java.util.ArrayList<>();
        for (Slot s : q.slots()) {
            if (s.type() == Slot.Type.UNKNOWN_WORD && !s.context()) {
                unknown.add(s.forms().iterator().next());
            }
        }
        return unknown.size() >= 2 ? String.join(", ", unknown) : null;
    }

    /**
     * "How much is Meta worth?" is not answered by Scale AI's $29 billion: when the question names
     * people or companies, a figure of what it measures must be of one of them ({@code of:} in the
     * facts file). The entity the figure is of, when it is not named, or null.
     */
    private static String measureOfSomeoneElse(ParsedQuestion q, FactIndex.Profile p) {
        Set<String> named = q.ids(Slot.Type.ENTITY);
        if (named.isEmpty()) {
            return null;
        }
        for (Slot s : q.slots()) {
            if (s.type() != Slot.Type.CONCEPT) {
                continue;
            }
            for (dev.safqa.knowledge.Figure fig : p.fact().figures()) {
                if (fig.of() != null && !named.contains(fig.of())
                        && s.terms().stream().anyMatch(t -> !t.generic() && t.id().equals(fig.about()))) {
                    return fig.of();
                }
            }
        }
        return null;
    }

    /**
     * Whether a fact can answer this kind of question at all. An amount must be an amount of what
     * was asked about: "how much did Google invest" is not answered by what Google planned to pay,
     * so the fact's topics must include the measured concept ("investment") and a figure of its kind.
     */
    static boolean answersKind(ParsedQuestion q, Fact f) {
        Set<FigureKind> has = EnumSet.noneOf(FigureKind.class);
        f.figures().forEach(fig -> has.add(fig.kind()));
        if (!f.curated()) {
            return switch (q.intent()) {
                case AMOUNT, PERCENT, AGE, COUNT, WHEN -> f.source().chars().anyMatch(Character::isDigit);
                default -> true;
            };
        }
        return switch (q.intent()) {
            case AMOUNT -> answersAmount(q, has, f);
            case PERCENT -> has.contains(FigureKind.PERCENT);
            case AGE -> has.contains(FigureKind.AGE);
            case COUNT -> has.contains(FigureKind.COUNT);
            case WHEN -> has.stream().anyMatch(FigureKind::isTime) || f.kinds().contains(QuestionKind.WHEN);
            default -> true;
        };
    }

    private static boolean answersAmount(ParsedQuestion q, Set<FigureKind> has, Fact f) {
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
        // "How much is Scale AI?": nothing says what is measured, any amount of the named things will do,
        // unless what is measured is a word the knowledge does not know ("how many users does ChatGPT have")
        boolean unknownMeasure = q.slots().stream().anyMatch(s -> s.type() == Slot.Type.UNKNOWN_WORD && !s.context());
        return !anyConcept && !unknownMeasure && has.stream().anyMatch(FigureKind::isAmount);
    }

    /** Every entity the question asks about, and one of any "X or Y" it offers. */
    /**
     * Whether the question names an entity only in a clause after it that sets the scene (reading.yaml,
     * aside-clause: "... بعد ما وانغ يمشي", after Wang goes), not in what it asks. A name after "before"
     * or "after" alone is no scene: "who ran Scale before Droege?" asks of his place.
     */
    private static boolean namedOnlyInTheScene(ParsedQuestion q, String entity) {
        List<Slot> naming = q.slots().stream()
                .filter(s -> s.type() == Slot.Type.ENTITY && s.terms().stream().anyMatch(t -> t.id().equals(entity))).toList();
        // the slots first, the text only then: only a name read as context may be the scene's
        if (naming.isEmpty() || naming.stream().anyMatch(s -> !s.context())) {
            return false;
        }
        java.util.regex.Matcher aside = ASIDE_CLAUSE.matcher(q.normalized());
        if (!aside.find() || aside.start() == 0) {
            return false;
        }
        String asked = q.normalized().substring(0, aside.start());
        String scene = q.normalized().substring(aside.start());
        return naming.stream().allMatch(s -> s.forms().stream().anyMatch(scene::contains)
                && s.forms().stream().noneMatch(asked::contains));
    }

    /** A clause that sets the scene (reading.yaml, aside-clause). */
    private static final Rule ASIDE_CLAUSE = ReadingRules.rule("aside-clause");

    private static boolean namesWhatIsAsked(ParsedQuestion q, FactIndex.Profile p) {
        return p.entities().containsAll(q.requiredEntities())
                && (q.alternatives().isEmpty() || q.alternatives().stream().anyMatch(p.entities()::contains));
    }

    /**
     * Years and versions in a question qualify it ("revenue in 2022", "Llama 5"): the fact must
     * contain one of them. In a claim ("did Google plan $200M for 2024?") a year the fact
     * contradicts with a year of its own is checked later, as the claim's figures are.
     */
    private static boolean satisfiesNumbers(ParsedQuestion q, FactIndex.Profile p) {
        if (!p.numbers().containsAll(q.versions())) {
            return false;
        }
        Set<String> years = q.years();
        Set<String> aside = q.yearsSetAside();
        if (!aside.isEmpty()) {
            // "كسبت كام غير 2024؟ يعني 2023": the year set aside is not asked; the one named beside it
            // is, and with none beside it a fact of the year set aside answers nothing asked
            years = new java.util.LinkedHashSet<>(years);
            years.removeAll(aside);
            if (years.isEmpty()) {
                return aside.stream().noneMatch(p.numbers()::contains);
            }
        }
        if (years.size() > 1 && (q.span() || Claims.compares(q))) {
            // "between 2024 and 2025", "was 2026 bigger than 2024?": both, or half an answer
            return p.numbers().containsAll(years);
        }
        if (years.isEmpty() || years.stream().anyMatch(p.numbers()::contains)) {
            return true;
        }
        return q.claim() && !q.form().instruction() && p.fact().figures().stream().anyMatch(fig -> fig.kind().isTime());
    }

    /**
     * "Who owns the remaining 51%?": a question that quotes a figure asks about that figure, and a
     * fact that does not state it answers something else. (A claim's figures are checked instead.)
     */
    private static boolean statesQuotedFigures(ParsedQuestion q, FactIndex.Profile p) {
        for (String n : q.numbers()) {
            if (!q.years().contains(n) && !q.versions().contains(n) && !p.numbers().contains(n)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The share of what a fact's answer names (people, companies, concepts: in the question's
     * language) that the question names too; 0 for a fact that names fewer than two things.
     */
    private static double restated(ParsedQuestion q, Fact f, FactIndex index) {
        Set<String> named = index.namedInAnswer(f, q.language());
        if (named.size() < 2) {
            return 0;
        }
        long said = named.stream().filter(id -> q.ids(Slot.Type.ENTITY).contains(id) || q.ids(Slot.Type.CONCEPT).contains(id)).count();
        return (double) said / named.size();
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
}
