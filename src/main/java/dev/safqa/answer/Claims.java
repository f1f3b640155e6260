package dev.safqa.answer;

import dev.safqa.index.FactIndex;
import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.FigureKind;
import dev.safqa.knowledge.Numbers;
import dev.safqa.knowledge.Term;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Claims the article answers with a "No" although no figure of theirs is wrong: a state asked to
 * continue that a fact says ends ("is Wang staying on as CEO?"), and a figure claimed of someone
 * other than whom the fact says did it ("was it Google that took the 49% stake?"). A claim's
 * figures themselves are checked in {@link Answerer} ({@code verdict}).
 */
final class Claims {
    private Claims() {
    }

    /**
     * "Is Wang staying on as Scale AI's CEO?", "هل ما زالت OpenAI تتعامل مع Scale؟": a yes/no question
     * whether a state continues, answered "No" by the candidate fact that says it ends ({@link Fact#ends()})
     * for the one asked about (the fact names them first). Everything else the question asks about
     * (a concept, another name) must be what the fact says ends: "is OpenAI still a Meta rival?" is
     * not answered by OpenAI ending its work with Scale; a question without such a concept ("is
     * OpenAI still suing Scale?") is not answered so either. A negation ("isn't he still...?") or a
     * figure leaves it to the ordinary answer. A choice ("will Wang stay CEO or leave?", "يضل ...
     * ولا يترك؟") is answered by the same fact without a "No" ({@link Ended#either}), when what it
     * offers instead is what the fact is about (its topics). Null when no fact says so.
     */
    static Ended ended(ParsedQuestion pq, List<Answerer.Candidate> ranked, FactIndex idx) {
        ReadingRules.Words words = ReadingRules.STANDARD.words();
        if (pq.form().instruction() || !pq.form().claimed().isEmpty()
                || !words.continuation().matcher(pq.normalized()).find()) {
            return null;
        }
        String rest = words.tagEnd().matcher(words.continuation().matcher(pq.normalized()).replaceAll(" ")).replaceFirst("");
        boolean either = words.alternative().matcher(rest).find();
        if (!pq.claim() && !either || words.hedge().matcher(rest).find()) {
            return null;
        }
        Set<String> continuing = new java.util.HashSet<>(words.continuationWords());
        words.continuationWords().forEach(w -> continuing.addAll(dev.safqa.index.Terms.all(idx.analyzer(), w)));
        String actor = null;
        List<Slot> asked = new ArrayList<>();
        for (Slot s : pq.slots()) {
            if (s.context() || s.forms().stream().anyMatch(continuing::contains)) {
                continue;
            }
            switch (s.type()) {
                case ENTITY -> {
                    if (actor == null) {
                        actor = s.terms().iterator().next().id();
                    } else {
                        asked.add(s);
                    }
                }
                case CONCEPT -> asked.add(s);
                default -> { }          // "normally", "went through": what ends is asked by the concepts
            }
        }
        if (actor == null || asked.stream().noneMatch(s -> s.type() == Slot.Type.CONCEPT)) {
            return null;
        }
        for (Answerer.Candidate c : ranked) {
            Fact f = c.fact();
            if (f.ends().isEmpty() || !actor.equals(firstEntity(f.answer(pq.language()), idx))) {
                continue;
            }
            // a choice: one thing asked is what ends, and the other what the fact says happens instead
            boolean holds = either
                    ? asked.stream().anyMatch(s -> s.terms().stream().anyMatch(t -> f.ends().contains(t.id())))
                    && asked.stream().allMatch(s -> s.terms().stream().anyMatch(t -> f.ends().contains(t.id()) || f.topics().contains(t.id())))
                    : asked.stream().allMatch(s -> s.terms().stream().anyMatch(t -> f.ends().contains(t.id())));
            if (holds) {
                return new Ended(f, either);
            }
        }
        return null;
    }

    /**
     * The fact that says a state ends, and whether the question offered a choice ("stay or leave?"),
     * which the fact answers without a "No".
     */
    record Ended(Fact fact, boolean either) {
    }

    /**
     * "Was it Google that took the 49% stake in Scale AI?": a claim whose figures a fact states as
     * the very measure the question names (49 is the stake's), about someone the fact does not
     * name, while the fact says another did it (it names Meta first): "No: Meta is taking a 49%
     * stake...". Only when the question names exactly one person or company the fact does not, and
     * everything else it says is the fact's (no unknown word, no "only", "not", "or"). Null otherwise.
     */
    static Fact doneByAnother(ParsedQuestion pq, FactIndex idx) {
        ReadingRules.Words words = ReadingRules.STANDARD.words();
        Map<String, FigureKind> claimed = pq.form().claimed();
        if (!pq.claim() || pq.form().instruction() || claimed.isEmpty() || claimed.containsValue(null)
                || words.hedge().matcher(pq.normalized()).find() || words.alternative().matcher(pq.normalized()).find()) {
            return null;
        }
        Set<String> measures = new LinkedHashSet<>();
        for (Slot s : pq.slots()) {
            if (s.context()) {
                continue;
            }
            switch (s.type()) {
                case CONCEPT -> s.terms().forEach(t -> measures.add(t.id()));
                case ENTITY, WORD -> { }
                default -> {
                    return null;
                }
            }
        }
        Set<String> named = pq.ids(Slot.Type.ENTITY);
        for (Fact f : idx.factsStating(claimed.keySet().iterator().next())) {
            FactIndex.Profile p = idx.profile(f.id()).orElse(null);
            if (p == null || !f.curated()) {
                continue;
            }
            boolean states = claimed.entrySet().stream().allMatch(c -> f.figures().stream().anyMatch(fig ->
                    Numbers.canonical(fig.value()).equals(c.getKey()) && Answerer.compatible(c.getValue(), fig.kind())
                    && fig.about() != null && measures.contains(fig.about())));
            List<String> absent = named.stream().filter(e -> !p.entities().contains(e)).toList();
            String doer = firstEntity(f.answer(pq.language()), idx);
            // "took" is the fact's "taking": the analyzer brings an irregular past to its verb
            boolean covered = pq.slots().stream().filter(s -> !s.context()).allMatch(s -> switch (s.type()) {
                case CONCEPT -> s.terms().stream().anyMatch(t -> p.concepts().contains(t.id()));
                case WORD -> s.forms().stream().anyMatch(w -> p.words().contains(w) || p.asked().contains(w));
                default -> true;
            });
            if (states && covered && absent.size() == 1 && isActor(idx, absent.get(0)) && doer != null
                    && isActor(idx, doer) && !named.contains(doer)) {
                return f;
            }
        }
        return null;
    }

    /**
     * "Is the stake 49 percent or 51?", "did Meta pay $14.8 billion or $20 billion?": a choice
     * between figures (one on either side of the "or"), one of which the fact states, of a kind it
     * could be: the fact answers the choice, and the other figure offered is no claim to deny.
     */
    static boolean choosesStated(ParsedQuestion pq, Fact f) {
        Map<String, FigureKind> claimed = pq.form().claimed();
        if (claimed.size() < 2) {
            return false;
        }
        java.util.regex.Matcher or = ReadingRules.STANDARD.words().alternative().matcher(pq.normalized());
        boolean between = false;
        while (or.find()) {
            between |= DIGIT.matcher(or.group(1)).find() && DIGIT.matcher(or.group(3)).find();
        }
        return between && claimed.entrySet().stream().anyMatch(c -> f.figures().stream().anyMatch(fig ->
                Numbers.canonical(fig.value()).equals(c.getKey()) && Answerer.compatible(c.getValue(), fig.kind())));
    }

    private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d");

    /**
     * "Was this Meta's biggest deal since it bought Instagram in 2012?": a claim that the article's
     * comparison is with something the article never covers, while one fact makes that comparison
     * with something else (the WhatsApp deal in 2014): "No: ..." with the article's comparison. Only
     * a claim of the form "... since X" (reading.yaml {@code since}), naming exactly one thing the
     * article does not cover (or one unknown name), nothing turning it ("not", "only"), and whose
     * every concept and name the fact has; and only when exactly one curated fact is so, naming a
     * product or company the question does not. Null otherwise.
     */
    static Fact comparedInstead(ParsedQuestion pq, FactIndex idx) {
        ReadingRules.Words words = ReadingRules.STANDARD.words();
        if (!pq.claim() || pq.form().instruction() || !ReadingRules.STANDARD.since().matcher(pq.normalized()).find()
                || words.hedge().matcher(pq.normalized()).find() || pq.notCovered().size() + pq.unknownNames().size() != 1) {
            return null;
        }
        Set<String> concepts = new LinkedHashSet<>();
        for (Slot s : pq.slots()) {
            switch (s.type()) {
                case CONCEPT -> s.terms().forEach(t -> concepts.add(t.id()));
                case ENTITY, NOT_COVERED -> { }
                default -> {
                    return null;        // a word the comparison does not account for
                }
            }
        }
        if (concepts.isEmpty()) {
            return null;
        }
        Set<String> named = pq.ids(Slot.Type.ENTITY);
        Fact found = null;
        for (Fact f : idx.knowledge().facts()) {
            FactIndex.Profile p = idx.profile(f.id()).orElse(null);
            if (p == null || !f.curated() || !f.topics().containsAll(concepts) || !p.entities().containsAll(named)) {
                continue;
            }
            boolean comparand = p.entities().stream().anyMatch(e -> !named.contains(e) && !idx.isSubject(e)
                    && ("product".equals(idx.entityTypes().get(e)) || "company".equals(idx.entityTypes().get(e))));
            if (comparand) {
                if (found != null) {
                    return null;
                }
                found = f;
            }
        }
        return found;
    }

    /**
     * "Did OpenAI only stop working with Scale because of the Meta deal?", "OpenAI وقفت شغلها مع
     * سكيل بسبب صفقة ميتا بس؟": a question whether one cause alone (reading.yaml {@code
     * only-because}) made someone stop, answered "No" by a fact that says their stop was already
     * under way (its topics hold the concept {@code already-under-way} names): "No: OpenAI said it
     * was already winding down...". Only for one actor beside the article's subjects, named first
     * by that fact, and only when every concept the question asks about (the cause aside) is the
     * fact's; nothing unknown. Google, of whom the article says no such thing, gets null.
     */
    static Fact alreadyUnderWay(ParsedQuestion pq, FactIndex idx) {
        ReadingRules rules = ReadingRules.STANDARD;
        java.util.regex.Matcher only = rules.onlyBecause().matcher(pq.normalized());
        if (pq.form().instruction() || !only.find() || !pq.unknownNames().isEmpty() || !pq.notCovered().isEmpty()) {
            return null;
        }
        // "purely", "فقط": the words that say "only" are no unknown words of what is asked
        List<String> onlyWords = List.of(only.group().split("\\s+"));
        List<String> actors = pq.ids(Slot.Type.ENTITY).stream().filter(e -> !idx.isSubject(e)).toList();
        if (actors.size() != 1) {
            return null;
        }
        Set<String> asked = new LinkedHashSet<>();
        for (Slot s : pq.slots()) {
            if (s.type() == Slot.Type.UNKNOWN_WORD
                    && s.forms().stream().noneMatch(f -> onlyWords.stream().anyMatch(w -> w.startsWith(f)))) {
                return null;
            }
            if (s.type() == Slot.Type.CONCEPT && !s.context()) {
                s.terms().forEach(t -> asked.add(t.id()));
            }
        }
        asked.removeAll(rules.causeConcepts());
        if (asked.isEmpty()) {
            return null;
        }
        for (Fact f : idx.knowledge().facts()) {
            if (f.curated() && f.topics().contains(rules.alreadyUnderWay()) && f.topics().containsAll(asked)
                    && actors.get(0).equals(firstEntity(f.answer(pq.language()), idx))) {
                return f;
            }
        }
        return null;
    }

    private static boolean isActor(FactIndex idx, String entity) {
        String type = idx.entityTypes().get(entity);
        return "person".equals(type) || "company".equals(type);
    }

    static String firstEntity(String text, FactIndex idx) {
        for (dev.safqa.index.LexiconMatcher.Match m : idx.matcher().match(
                dev.safqa.index.Terms.positions(idx.phraseAnalyzer(), text))) {
            for (Term t : m.terms()) {
                if (t.category() == Term.Category.ENTITY) {
                    return t.id();
                }
            }
        }
        return null;
    }
}
