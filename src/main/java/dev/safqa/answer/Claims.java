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
     * offers instead is what the fact is about (its topics). A statement asked back ("wang is
     * staying as ceo?", {@link #claimed}) claims the state as a tag does. Null when no fact says so.
     */
    static Ended ended(ParsedQuestion pq, List<Answerer.Candidate> ranked, FactIndex idx) {
        ReadingRules.Words words = ReadingRules.STANDARD.words();
        // a figure claimed to go on ("is Google still going to pay Scale $200 million?") is the state
        // claimed to continue as much as one without: the figure agreeing is no "Yes" to the rest
        if (pq.form().instruction() || !words.continuation().matcher(pq.normalized()).find()) {
            return null;
        }
        String rest = words.tagEnd().matcher(words.continuation().matcher(pq.normalized()).replaceAll(" ")).replaceFirst("");
        // "wang leaving scale or staying?": the continuation word may be the choice's second side,
        // which taking the continuation words out leaves bare
        boolean either = words.alternative().matcher(rest).find()
                || words.alternative().matcher(words.tagEnd().matcher(pq.normalized()).replaceFirst("")).find();
        if (!claimed(pq) && !either || words.hedge().matcher(rest).find()) {
            return null;
        }
        Set<String> continuing = new java.util.HashSet<>(words.continuationWords());
        words.continuationWords().forEach(w -> continuing.addAll(idx.analysedWord(w)));
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
                case CONCEPT -> {
                    // "$200 million", "dollars": the unit of a figure claimed, not a state that ends
                    if (s.terms().stream().anyMatch(t -> !t.generic())) {
                        asked.add(s);
                    }
                }
                default -> { }          // "normally", "went through": what ends is asked by the concepts
            }
        }
        if (actor == null || asked.stream().noneMatch(s -> s.type() == Slot.Type.CONCEPT)) {
            return null;
        }
        // the candidates first; then any fact that says a state ends, though refused as an answer to
        // what the question measures ("Google increased its spending with Scale, didn't it?": the fact
        // that Google cut ties states no sum, yet says the spending stops)
        List<Fact> pool = new ArrayList<>();
        ranked.forEach(c -> pool.add(c.fact()));
        // (not when another period is asked: "before the deal" is not when the fact says the ties end)
        for (Fact f : pq.form().periods().isEmpty() ? idx.ending() : List.<Fact>of()) {
            if (!pool.contains(f)) {
                pool.add(f);
            }
        }
        for (Fact f : pool) {
            if (f.ends().isEmpty() || !actor.equals(idx.firstEntityInAnswer(f, pq.language()))) {
                continue;
            }
            // "Wang will stay on as Scale's CEO while working at Meta?": a party the fact names as
            // what happens instead (he joins Meta) is the claim's setting, not a state claimed to go on
            Set<String> named = idx.profile(f.id()).map(FactIndex.Profile::entities).orElse(Set.of());
            // a choice: one thing asked is what ends, and the other what the fact says happens instead
            boolean holds = either
                    ? asked.stream().anyMatch(s -> s.terms().stream().anyMatch(t -> f.ends().contains(t.id())))
                    && asked.stream().allMatch(s -> s.terms().stream().anyMatch(t -> f.ends().contains(t.id()) || f.topics().contains(t.id())))
                    : asked.stream().allMatch(s -> s.terms().stream().anyMatch(t -> f.ends().contains(t.id())
                            || s.type() == Slot.Type.ENTITY && named.contains(t.id())));
            if (holds) {
                return new Ended(f, either);
            }
        }
        return null;
    }

    /**
     * Who holds what an ended fact says someone leaves: "Wang is staying on as Scale's CEO, right?"
     * is "No: he is leaving..." and then who takes the post, the one curated fact that tells of a
     * successor and of everything the ended fact says ends (the post, the company). Null if none, or
     * more than one.
     */
    static Fact successor(Fact ended, FactIndex idx) {
        Fact found = null;
        for (FactIndex.Profile p : idx.withTopic(SUCCESSOR)) {
            Fact f = p.fact();
            if (f == ended) {
                continue;
            }
            boolean all = true;
            for (String e : ended.ends()) {
                if (!p.concepts().contains(e) && !p.entities().contains(e) && !f.topics().contains(e)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                if (found != null) {
                    return null;
                }
                found = f;
            }
        }
        return found;
    }

    /** The concept of taking over a post (the lexicon's). */
    private static final String SUCCESSOR = "successor";

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
        // "Droege is 28, right?": an age is no deed that one did instead of another; Wang being 28
        // says nothing of Droege's age, which the article does not give
        if (!pq.claim() || pq.form().instruction() || claimed.isEmpty() || claimed.containsValue(null)
                || claimed.containsValue(FigureKind.AGE)
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
            if (!states) {
                continue;       // the cheap test first: at 100,000 facts thousands may state the figure
            }
            List<String> absent = named.stream().filter(e -> !p.entities().contains(e)).toList();
            String doer = idx.firstEntityInAnswer(f, pq.language());
            // "took" is the fact's "taking": the analyzer brings an irregular past to its verb
            boolean covered = pq.slots().stream().filter(s -> !s.context()).allMatch(s -> switch (s.type()) {
                case CONCEPT -> s.terms().stream().anyMatch(t -> p.concepts().contains(t.id()));
                case WORD -> s.forms().stream().anyMatch(w -> p.words().contains(w) || p.asked().contains(w));
                default -> true;
            });
            if (covered && absent.size() == 1 && isActor(idx, absent.get(0)) && doer != null
                    && isActor(idx, doer) && !named.contains(doer)) {
                return f;
            }
        }
        return null;
    }

    /**
     * "Is the stake 49 percent or 51?", "did Meta pay $14.8 billion or $20 billion?": a choice
     * between figures (one on either side of the "or"), one of which the fact states, of a kind it
     * could be: the fact answers the choice, and the other figure offered is no claim to deny. A
     * whole offered is such a figure too ("did Meta get 49% or the whole company?": 100%).
     */
    static boolean choosesStated(ParsedQuestion pq, Fact f) {
        Map<String, FigureKind> claimed = pq.form().claimed();
        if (claimed.size() < 2) {
            return false;
        }
        java.util.regex.Matcher or = ReadingRules.STANDARD.words().alternative().matcher(pq.normalized());
        boolean between = false;
        while (or.find()) {
            between |= offered(or.group(1)) && offered(or.group(3));
        }
        return between && claimed.entrySet().stream().anyMatch(c -> f.figures().stream().anyMatch(fig ->
                Numbers.canonical(fig.value()).equals(c.getKey()) && Answerer.compatible(c.getValue(), fig.kind())));
    }

    private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d");

    /** One side of a choice offers a figure: digits, or words that state a whole (reading.yaml, whole). */
    private static boolean offered(String side) {
        return DIGIT.matcher(side).find() || ReadingRules.STANDARD.whole().matcher(side).find();
    }

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
        if (!claimed(pq) || pq.form().instruction() || !ReadingRules.STANDARD.since().matcher(pq.normalized()).find()
                // "..., مش كده؟": the tag is no "not"
                || words.hedge().matcher(words.tagEnd().matcher(pq.normalized()).replaceFirst("")).find()
                || pq.notCovered().size() + pq.unknownNames().size() != 1) {
            return null;
        }
        // "من أيام إنستغرام", "انقارنت": the words that say the comparison are no words of what is compared
        java.util.regex.Matcher since = ReadingRules.STANDARD.since().matcher(pq.normalized());
        Set<String> saying = new java.util.HashSet<>();
        while (since.find()) {
            saying.addAll(dev.safqa.index.Terms.all(idx.analyzer(), since.group()));
        }
        Set<String> concepts = new LinkedHashSet<>();
        for (Slot s : pq.slots()) {
            switch (s.type()) {
                case CONCEPT -> s.terms().forEach(t -> concepts.add(t.id()));
                case ENTITY, NOT_COVERED -> { }
                default -> {
                    if (s.forms().stream().noneMatch(saying::contains)) {
                        return null;        // a word the comparison does not account for
                    }
                }
            }
        }
        if (concepts.isEmpty()) {
            return null;
        }
        // "was it compared to the Instagram deal?": a comparison is claimed, whatever word said it
        concepts.add(ReadingRules.STANDARD.sinceOf());
        Set<String> named = pq.ids(Slot.Type.ENTITY);
        Fact found = null;
        for (FactIndex.Profile p : idx.withAllTopics(concepts)) {
            Fact f = p.fact();
            if (!p.entities().containsAll(named)) {
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
        for (FactIndex.Profile p : idx.withTopic(rules.alreadyUnderWay())) {
            Fact f = p.fact();
            if (f.topics().containsAll(asked)
                    && actors.get(0).equals(idx.firstEntityInAnswer(f, pq.language()))) {
                return f;
            }
        }
        return null;
    }

    /** "the only lab that...", الوحيدة, لوحدها: one party claimed to have done something alone (reading.yaml, sole-doer). */
    private static final Rule SOLE_DOER = ReadingRules.rule("sole-doer");

    /**
     * "Was Google the only lab that cut ties with Scale?", "جوجل لوحدها اللي سابت سكيل؟": a claim
     * that one party alone did an act (reading.yaml, acts), answered "No" by a fact telling that act
     * of the party and of another of its kind ("Google, OpenAI and other major AI labs cut ties"); the
     * fact telling of Google alone would read as a yes. Only for one party beside the article's
     * subjects, nothing unknown; null when no fact names another doer.
     */
    static Fact notAlone(ParsedQuestion pq, FactIndex idx) {
        if (pq.form().instruction() || !pq.finds(SOLE_DOER) || !pq.unknownNames().isEmpty() || !pq.notCovered().isEmpty()) {
            return null;
        }
        List<String> actors = pq.ids(Slot.Type.ENTITY).stream().filter(e -> !idx.isSubject(e)).toList();
        Set<String> acts = new LinkedHashSet<>(pq.ids(Slot.Type.CONCEPT));
        acts.retainAll(Features.ACTS);
        if (actors.size() != 1 || acts.isEmpty()) {
            return null;
        }
        String actor = actors.get(0);
        String kind = idx.entityTypes().get(actor);
        for (String act : acts) {
            for (FactIndex.Profile p : idx.withTopic(act)) {
                if (p.fact().curated() && p.entities().contains(actor) && p.entities().stream().anyMatch(e -> !e.equals(actor)
                        && !idx.isSubject(e) && kind != null && kind.equals(idx.entityTypes().get(e)))) {
                    return p.fact();
                }
            }
        }
        return null;
    }

    /** reading.yaml, deal-order: a claim that something came after or before this deal, and the date it is set against. */
    private static final com.fasterxml.jackson.databind.JsonNode DEAL_ORDER = ReadingRules.READING.path("deal-order");
    private static final Rule ORDER_AFTER = ReadingRules.any(DEAL_ORDER, "after");
    private static final Rule ORDER_BEFORE = ReadingRules.any(DEAL_ORDER, "before");
    private static final String DEAL_ORDER_REFERENCE = DEAL_ORDER.path("reference").asText();
    private static final java.util.regex.Pattern ORDER_NEGATED = java.util.regex.Pattern.compile(
            DEAL_ORDER.path("negated").asText(), java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * "Was Llama 4 released after the deal?", "هل أطلقت ميتا Llama 4 بعد الصفقة؟": whether the claim
     * that what the fact dates came after (or before) this deal holds, setting the fact's one month or
     * one year against the announcement's (June 2025); null when the question claims no such order,
     * is negated, or the fact gives no date that tells (a month without a year is the article's time,
     * so only a month before the announcement's tells: April came before June).
     */
    static Boolean dealOrder(ParsedQuestion pq, Fact f, FactIndex idx) {
        boolean after = pq.finds(ORDER_AFTER);
        boolean before = pq.finds(ORDER_BEFORE);
        if (after == before || pq.form().instruction() || !pq.form().claimed().isEmpty() || pq.month() >= 0
                || !(pq.intent() == Intent.YES_NO || pq.intent() == Intent.ANY) || ORDER_NEGATED.matcher(pq.normalized()).find()) {
            return null;
        }
        // the announcement's fact is indexed at load: a scan of every fact cost 100,000 facts' worth
        Fact deal = idx.firstDated(DEAL_ORDER_REFERENCE);
        if (deal == null || deal.id().equals(f.id()) || !f.curated()) {
            return null;
        }
        int dealMonth = monthOf(deal);
        Set<String> dealYears = yearsOf(deal);
        Set<String> years = yearsOf(f);
        int month = monthOf(f);
        if (dealMonth < 0 || dealYears.size() != 1 || years.size() > 1) {
            return null;
        }
        int dealYear = Integer.parseInt(dealYears.iterator().next());
        Boolean earlier = null;
        if (years.size() == 1 && Integer.parseInt(years.iterator().next()) != dealYear) {
            earlier = Integer.parseInt(years.iterator().next()) < dealYear;
        } else if (month >= 0 && (years.size() == 1 || month < dealMonth)) {
            earlier = month < dealMonth ? Boolean.TRUE : month > dealMonth ? Boolean.FALSE : null;
        }
        return earlier == null ? null : before == earlier;
    }

    /** The month a fact names, in its English answer or its source (reading.yaml, months), or -1. */
    static int monthOf(Fact f) {
        return ReadingRules.STANDARD.month(dev.safqa.text.ArabicText.fold(f.answer(dev.safqa.text.Language.EN) + " " + f.source()));
    }

    /** The years a fact's English answer states. */
    static Set<String> yearsOf(Fact f) {
        Set<String> out = new LinkedHashSet<>();
        Numbers.in(f.answer(dev.safqa.text.Language.EN)).stream().filter(n -> ParsedQuestion.YEAR.matcher(n).matches()).forEach(out::add);
        return out;
    }

    /** reading.yaml, not-yet: a fact with the first concept among its topics says the second has not happened yet. */
    private static final Map<String, String> NOT_YET = notYetOf(ReadingRules.READING.path("not-yet"));
    /** "will", "plan to", سوف: a claim about what is to come, which "not yet" does not deny (reading.yaml, not-yet-future). */
    private static final Rule FUTURE = ReadingRules.rule("not-yet-future");
    /** "already", خلاص: words that stress a claim has happened (reading.yaml, not-yet-already). */
    private static final Set<String> ALREADY = textsOf(ReadingRules.READING.path("not-yet-already"));
    private static final Rule ALREADY_SAID = Rule.compile(      // a rule: gated by its words
            "(?<=^|\\s)(" + String.join("|", ALREADY) + ")(?=\\s|$)", 0);

    private static Map<String, String> notYetOf(com.fasterxml.jackson.databind.JsonNode n) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return Map.copyOf(out);
    }

    /**
     * "Behemoth shipped together with Llama 4 in April, right?", "did Behemoth come out?": a claim
     * that something happened to what a fact says it has not happened to yet (a fact whose topics
     * hold {@code delay} says its first name has not been released: reading.yaml {@code not-yet}),
     * answered "No: <the fact>". Whoever did it with whomever, it has not happened. Only when that
     * name is named and the claim names first it or a name the fact names (not "did OpenAI release
     * a model bigger than Behemoth?"), the act is the only concept asked, no word of the fact is
     * claimed beside it ("did Meta plan to release Behemoth?" is what the fact says), nothing
     * unknown, no "not", "only", "yet", "or", and nothing to come ("will it be released?").
     */
    static Fact notYet(ParsedQuestion pq, FactIndex idx) {
        ReadingRules.Words words = ReadingRules.STANDARD.words();
        String rest = words.tagEnd().matcher(pq.normalized()).replaceFirst("");
        // "already" hedges nothing here: it says the act is done, as the claim does
        rest = ALREADY_SAID.matcher(rest).replaceAll(" ");
        if (!claimed(pq) || pq.form().instruction() || !pq.unknownNames().isEmpty() || !pq.notCovered().isEmpty()
                || words.hedge().matcher(rest).find() || words.alternative().matcher(rest).find()
                || FUTURE.matcher(rest).find() || COMPARATIVE.matcher(rest).find()) {
            return null;
        }
        Set<String> asked = new LinkedHashSet<>();
        String firstNamed = null;
        // "already", خلاص: the claim says it happened, as the act alone does
        Set<String> already = new java.util.HashSet<>();
        ALREADY.forEach(w -> already.addAll(idx.analysedWord(w)));
        for (Slot s : pq.slots()) {
            if (s.context() || s.type() != Slot.Type.ENTITY && s.forms().stream().anyMatch(already::contains)) {
                continue;
            }
            switch (s.type()) {
                case CONCEPT -> s.terms().forEach(t -> asked.add(t.id()));
                case ENTITY -> firstNamed = firstNamed != null ? firstNamed : s.terms().iterator().next().id();
                case WORD -> { }
                default -> {
                    return null;
                }
            }
        }
        if (asked.size() != 1 || !NOT_YET.containsValue(asked.iterator().next())) {
            return null;
        }
        String act = asked.iterator().next();
        Set<String> named = pq.ids(Slot.Type.ENTITY);
        Fact found = null;
        Set<String> sayingNotYet = new LinkedHashSet<>();
        NOT_YET.forEach((says, notYet) -> {
            if (notYet.equals(act)) {
                sayingNotYet.add(says);
            }
        });
        for (FactIndex.Profile p : idx.withAnyTopic(sayingNotYet)) {
            Fact f = p.fact();
            String subject = idx.firstEntityInAnswer(f, pq.language());
            if (subject == null || !named.contains(subject) || !(subject.equals(firstNamed) || p.entities().contains(firstNamed))) {
                continue;
            }
            boolean affirms = pq.slots().stream().anyMatch(s -> !s.context() && s.type() == Slot.Type.WORD
                    && s.forms().stream().anyMatch(w -> p.words().contains(w)));
            if (affirms) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = f;
        }
        return found;
    }

    /** reading.yaml, after-event: the words that set a claimed act after another, or before it. */
    private static final Rule AFTER_EVENT = ReadingRules.any(ReadingRules.READING.path("after-event"), "after");
    private static final Rule BEFORE_EVENT = ReadingRules.any(ReadingRules.READING.path("after-event"), "before");

    /**
     * "The deal came after Behemoth's launch, right?", "الصفقة اتعلنت بعد ما نزل Behemoth؟": a claim
     * that sets its act after something happened to a name a not-yet fact says it has not happened to
     * (reading.yaml, not-yet): that name is only the scene (read after "after"), so the fact of the act
     * would answer bare, and read as a yes. "No" with the not-yet fact. Not when the claim names what
     * did happen ("after Behemoth was delayed"), sets the act before, is negated, says what is to come
     * ("after Behemoth is released"), or names something unknown.
     */
    static Fact afterNotYet(ParsedQuestion pq, FactIndex idx) {
        String rest = ReadingRules.STANDARD.words().tagEnd().matcher(pq.normalized()).replaceFirst("");
        if (!(claimed(pq) || pq.intent() == Intent.YES_NO) || pq.form().instruction() || !pq.unknownNames().isEmpty()
                || !pq.notCovered().isEmpty() || !AFTER_EVENT.matcher(rest).find() || BEFORE_EVENT.matcher(rest).find()
                || ORDER_NEGATED.matcher(rest).find() || FUTURE.matcher(rest).find()
                || pq.ids(Slot.Type.CONCEPT).stream().anyMatch(NOT_YET::containsKey)) {
            return null;
        }
        Set<String> scene = new LinkedHashSet<>();
        pq.slots().stream().filter(s -> s.context() && s.type() == Slot.Type.ENTITY)
                .forEach(s -> s.terms().forEach(t -> scene.add(t.id())));
        Fact found = null;
        for (FactIndex.Profile p : idx.withAnyTopic(NOT_YET.keySet())) {
            String subject = idx.firstEntityInAnswer(p.fact(), pq.language());
            if (subject != null && scene.contains(subject)) {
                if (found != null) {
                    return null;
                }
                found = p.fact();
            }
        }
        return found;
    }

    /** reading.yaml, done-claimed: a word that says a claimed act is done ("paid", "already", صرفت). */
    private static final Rule DONE = ReadingRules.rule("done-claimed");

    /**
     * "Google paid Scale $200 million in 2025?", "Scale's revenue has already passed $2 billion?",
     * "ميتا صرفت خلاص 65 مليار؟": a figure claimed as done, of which the fact tells only what is to
     * come (its English answer plans or expects: reading.yaml, not-yet-future). The figure agrees, the
     * act is not done: "No" with the fact, never "Yes". Not a claim that itself says what is to come
     * ("Google was going to pay $200 million?"), said in the negative, or an order.
     */
    static boolean doneAgainstPlan(ParsedQuestion pq, Fact f) {
        String rest = ReadingRules.STANDARD.words().tagEnd().matcher(pq.normalized()).replaceFirst("");
        return !pq.form().instruction() && DONE.matcher(rest).find() && !FUTURE.matcher(rest).find()
                && !ORDER_NEGATED.matcher(rest).find()
                && FUTURE.matcher(f.answer(dev.safqa.text.Language.EN).toLowerCase(java.util.Locale.ROOT)).find();
    }

    /** reading.yaml, moves: the concepts that say someone goes from one place to another, and the words a claim of one may add. */
    private static final Set<String> MOVES = textsOf(ReadingRules.READING.path("moves").path("concepts"));
    private static final Set<String> MOVE_WORDS = textsOf(ReadingRules.READING.path("moves").path("words"));

    private static Set<String> textsOf(com.fasterxml.jackson.databind.JsonNode list) {
        Set<String> out = new LinkedHashSet<>();
        list.forEach(v -> out.add(dev.safqa.text.ArabicText.fold(v.asText())));
        return Set.copyOf(out);
    }

    /**
     * The fact that tells of another person the move a claim gives someone ("So Droege is the one
     * moving to Meta?", "Droege left Scale with Wang to join Meta, didn't he?"), and the fact that
     * introduces the one claimed (Droege: promoted to Scale's CEO): both stated, for the reader to
     * judge, after a "No": the one claimed takes a post at Scale, which the two facts alone would
     * read as borne out. Only a claim of a move (reading.yaml
     * {@code moves}) about a person of the lexicon whom a fact introduces, named first; the other
     * fact's first name is another person, it does not name the one claimed, and it has every
     * concept and name the claim says beside him, one at least that the introducing fact lacks
     * (where he goes: "did Droege join Scale?" is his own story). Nothing unknown, no figure, no
     * "not", "only", "or". Null otherwise; the two facts otherwise.
     */
    static List<Fact> movedInstead(ParsedQuestion pq, FactIndex idx) {
        ReadingRules.Words words = ReadingRules.STANDARD.words();
        String rest = words.tagEnd().matcher(pq.normalized()).replaceFirst("");
        if (!claimed(pq) || pq.form().instruction() || !pq.form().claimed().isEmpty() || !pq.unknownNames().isEmpty()
                || !pq.notCovered().isEmpty() || words.hedge().matcher(rest).find() || words.alternative().matcher(rest).find()) {
            return null;
        }
        Map<String, String> types = idx.entityTypes();
        Set<String> adding = new java.util.HashSet<>();
        MOVE_WORDS.forEach(w -> adding.addAll(idx.analysedWord(w)));
        String person = null;
        Set<String> concepts = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        for (Slot s : pq.slots()) {
            if (s.context()) {
                continue;
            }
            switch (s.type()) {
                case ENTITY -> {
                    String e = s.terms().iterator().next().id();
                    if (person == null && "person".equals(types.get(e))) {
                        person = e;
                    } else if (!e.equals(person)) {
                        others.add(e);
                    }
                }
                case CONCEPT -> s.terms().forEach(t -> concepts.add(t.id()));
                case WORD -> {
                    if (s.forms().stream().noneMatch(adding::contains)) {
                        return null;
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        if (person == null || concepts.stream().noneMatch(MOVES::contains)) {
            return null;
        }
        Fact own = Profiles.introducing(person, idx);
        FactIndex.Profile ownProfile = own == null || !own.curated() ? null : idx.profile(own.id()).orElse(null);
        if (ownProfile == null) {
            return null;
        }
        Fact found = null;
        for (Fact f : idx.knowledge().facts()) {
            FactIndex.Profile p = f.curated() && f != own ? idx.profile(f.id()).orElse(null) : null;
            String doer = p == null ? null : idx.firstEntityInAnswer(f, pq.language());
            if (doer == null || doer.equals(person) || !"person".equals(types.get(doer)) || p.entities().contains(person)
                    || !p.entities().containsAll(others) || !p.concepts().containsAll(concepts)) {
                continue;
            }
            boolean beyond = others.stream().anyMatch(e -> !ownProfile.entities().contains(e))
                    || concepts.stream().anyMatch(c -> !ownProfile.concepts().contains(c));
            if (!beyond || found != null && doer.equals(idx.firstEntityInAnswer(found, pq.language()))) {
                continue;       // the same person's move told twice: the first telling
            }
            if (found != null) {
                return null;
            }
            found = f;
        }
        return found == null ? null : List.of(found, own);
    }

    /**
     * A slot a fact may pin ({@code pinned.yaml}): the kind of value that goes in it (an entity type,
     * or "role"), how a question names the slot, the values the lexicon does not know (outlets,
     * posts), whether an unknown name in a claim is the value claimed, whether the values listed are
     * names the article never mentions (outlets, not posts), and whether a claim of
     * another value is answered "No" or the fact stated for the reader to judge. A role slot has
     * no cue: the concepts that claim a role (by the role each claims) and what else such a claim
     * may say (concepts, words) stand in for it. A slot of what the fact's first name is or does
     * ({@code subject}) is anchored by that name, where others need one of the fact's topics.
     */
    record PinnedSlot(String type, Rule cue, java.util.regex.Pattern values, boolean unknownNames,
                      boolean state, boolean names, Map<String, String> concepts, Set<String> with, List<String> words,
                      boolean subject, Set<String> fromSlots) {
    }

    static final Map<String, PinnedSlot> PINNED = loadPinned();

    private static Map<String, PinnedSlot> loadPinned() {
        com.fasterxml.jackson.databind.JsonNode n = ReadingRules.yaml("pinned.yaml").path("slots");
        Map<String, PinnedSlot> out = new java.util.LinkedHashMap<>();
        n.fieldNames().forEachRemaining(name -> {
            com.fasterxml.jackson.databind.JsonNode d = n.path(name);
            List<String> values = new ArrayList<>();
            d.path("values").forEach(v -> values.add(dev.safqa.text.ArabicText.fold(v.asText())));
            // the longest first: "the new york times" before "the times"
            values.sort(java.util.Comparator.comparingInt(String::length).reversed());
            Map<String, String> concepts = new java.util.LinkedHashMap<>();
            d.path("concepts").fields().forEachRemaining(e -> concepts.put(e.getKey(), e.getValue().asText()));
            Set<String> with = new LinkedHashSet<>();
            d.path("with").forEach(w -> with.add(w.asText()));
            List<String> words = new ArrayList<>();
            d.path("words").forEach(w -> words.add(dev.safqa.text.ArabicText.fold(w.asText())));
            out.put(name, new PinnedSlot(d.path("type").asText(), d.has("cue") ? ReadingRules.any(d, "cue") : null,
                    values.isEmpty() ? null : java.util.regex.Pattern.compile("(^|\\s)(" + String.join("|",
                            values.stream().map(java.util.regex.Pattern::quote).toList()) + ")(\\s|$)", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS),
                    d.path("unknown-names").asBoolean(false), "state".equals(d.path("answer").asText()),
                    d.path("names").asBoolean(false), Map.copyOf(concepts), Set.copyOf(with), List.copyOf(words),
                    d.path("subject").asBoolean(false), textsOf(d.path("from-slots"))));
        });
        return Map.copyOf(out);
    }

    /** The fact that fills the slot a claim fills otherwise, and whether it is stated without a "No". */
    record Pinned(Fact fact, boolean state) {
    }

    /**
     * "The memo was reported by the New York Times, right?", "Jason Droege was Scale's CFO, right?",
     * "هل سيصبح وانغ الرئيس التنفيذي لميتا؟": a claim that fills a slot one fact pins (the outlet
     * that saw the memo, someone's post at a company; {@link Fact#pins()}) with another value of the
     * slot's kind: "No: <the fact>". The value claimed is an entity of that kind the fact does not
     * name, a value listed for the slot, or (where the slot says so) the claim's unknown name, which
     * is then no reason to decline; exactly one. Everything else the claim says must be the fact's
     * (its names, its topics, its words), and at least one of its topics must be said: "what did
     * Reuters report?" asks, "did Reuters report on the deal?" is about no fact that pins an outlet.
     * A claim naming the fact's own value, a figure, "not", "only", "or", or fitting two facts is
     * left to the ordinary answer. A statement with no question word asked back ("it was Reuters
     * that saw the memo?") is a claim here. Null when no fact pins the slot claimed.
     */
    /**
     * A claim, or a statement asked back with no question word ("it was Reuters that saw the
     * memo?", "صفقة إنستغرام هي اللي انقارنت فيها؟"): a claim to check too.
     */
    static boolean claimed(ParsedQuestion pq) {
        String raw = pq.text().strip();
        return pq.claim() || pq.intent() == Intent.ANY && !ReadingRules.STANDARD.asks().matcher(pq.normalized()).find()
                && (raw.endsWith("?") || raw.endsWith("؟") || raw.endsWith(".") && !raw.endsWith(".."));
    }

    /** "..., not to Zuckerberg", "rather than Bloomberg": a name set aside (reading.yaml, set-aside; group v). */
    private static final Rule SET_ASIDE = ReadingRules.rule("set-aside");

    /** "too", "also", كمان: a claim of one more than the article names (reading.yaml, additive). */
    private static final Rule ADDITIVE = ReadingRules.rule("additive");
    /** "more than", أكبر من: a comparison, no claim of what fills a slot (reading.yaml, comparative). */
    private static final Rule COMPARATIVE = ReadingRules.rule("comparative");

    /**
     * "Did Meta pay more than $10 billion?", "is 2026 revenue bigger than 2024's?": a comparison, which
     * a fact's figure does not settle by being another figure (14.8 is no "No" to "more than 10"): the
     * fact is stated for the reader to judge, without a verdict.
     */
    static boolean compares(ParsedQuestion pq) {
        return COMPARATIVE.matcher(pq.normalized()).find();
    }

    static Pinned pinnedOther(ParsedQuestion pq, FactIndex idx) {
        ReadingRules rules = ReadingRules.STANDARD;
        ReadingRules.Words words = rules.words();
        String text = pq.normalized();
        boolean claim = claimed(pq);
        // "..., wasn't he?": the tag is no "not"
        String rest = words.tagEnd().matcher(text).replaceFirst("");
        // "Wang reports to Meta's CTO, not to Zuckerberg, right?": a name set aside is no "not" that
        // turns the claim, nor a value claimed: what the claim puts in its place is
        Set<String> setAside = new LinkedHashSet<>();
        // (on the text as typed: the comma before it is part of the form)
        String typed = words.tagEnd().matcher(dev.safqa.text.ArabicText.fold(pq.text()).strip()).replaceFirst("");
        java.util.regex.Matcher instead = SET_ASIDE.matcher(typed);
        if (instead.find()) {
            for (dev.safqa.index.LexiconMatcher.Match m : idx.matcher().match(
                    dev.safqa.index.Terms.positions(idx.phraseAnalyzer(), instead.group("v")))) {
                m.terms().stream().filter(t -> t.category() == Term.Category.ENTITY).forEach(t -> setAside.add(t.id()));
            }
            if (!setAside.isEmpty()) {
                rest = typed.substring(0, instead.start());
            }
        }
        if (!claim || pq.form().instruction() || !pq.form().claimed().isEmpty()
                || words.hedge().matcher(rest).find() || words.alternative().matcher(rest).find()
                || ADDITIVE.matcher(rest).find() || COMPARATIVE.matcher(rest).find()) {
            return null;
        }
        Pinned found = null;
        for (Fact f : idx.pinning()) {
            if (!f.curated()) {
                continue;
            }
            FactIndex.Profile p = idx.profile(f.id()).orElse(null);
            if (p == null) {
                continue;
            }
            for (Map.Entry<String, List<String>> pin : f.pins().entrySet()) {
                PinnedSlot slot = PINNED.get(pin.getKey());
                Fit fit = slot == null ? Fit.NONE : "role".equals(slot.type())
                        ? otherRole(pq, f, pin.getValue(), slot, idx) ? Fit.ALL : Fit.NONE
                        : "holder".equals(slot.type())
                        ? otherHolder(pq, f, pin.getValue(), slot, idx) ? Fit.ALL : Fit.NONE
                        : "incumbent".equals(slot.type())
                        ? otherIncumbent(pq, f, p, pin.getValue(), slot, idx) ? Fit.ALL : Fit.NONE
                        : otherValue(pq, p, pin.getValue(), slot, idx, setAside);
                if (fit == Fit.NONE) {
                    continue;
                }
                if (found != null && found.fact() != f) {
                    return null;        // two facts: which one the claim is about would be a guess
                }
                found = new Pinned(f, slot.state() || fit == Fit.WORDS_LEFT);
            }
        }
        return found;
    }

    /**
     * "ماذا قالت رويترز عن المذكرة؟", "what did the wall street journal say?": a name a slot lists as
     * one of its kind (an outlet) that the knowledge does not know is a name the article never
     * mentions, in any case and either script; null when the question names none.
     */
    static String unmentioned(ParsedQuestion pq) {
        for (PinnedSlot slot : PINNED.values()) {
            if (!slot.names() || slot.values() == null) {
                continue;
            }
            java.util.regex.Matcher m = slot.values().matcher(pq.normalized());
            if (m.find()) {
                // "the wall street journal" as a reader would write it
                StringBuilder name = new StringBuilder();
                for (String w : m.group(2).split(" ")) {
                    name.append(name.length() == 0 ? "" : " ")
                            .append(w.chars().allMatch(c -> c < 128) ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
                }
                return name.toString();
            }
        }
        return null;
    }

    /**
     * How far a claim fills a slot of an entity type with another value than the fact's: not at all,
     * with every word of it the fact's (a "No"), or with words left that the knowledge cannot read
     * ("المذكرة تبع زوكربيرغ نشرتها رويترز؟": the dialect's "of"), when the fact is stated for the
     * reader to judge rather than the question declined for the outlet it names.
     */
    enum Fit { NONE, ALL, WORDS_LEFT }

    /** A clause that says more of what came before it: "that", "which", اللي (reading.yaml, relative-clause). */
    private static final Rule RELATIVE = ReadingRules.rule("relative-clause");

    private static Fit otherValue(ParsedQuestion pq, FactIndex.Profile p, List<String> pinned, PinnedSlot slot,
                                      FactIndex idx, Set<String> setAside) {
        String text = pq.normalized();
        java.util.regex.Matcher cue = slot.cue() == null ? null : slot.cue().matcher(text);
        Set<String> named = pq.ids(Slot.Type.ENTITY);
        // the fact's own value, set aside ("not to Zuckerberg"), is the value the claim denies
        if (cue == null || !cue.find() || pinned.stream().anyMatch(v -> named.contains(v) && !setAside.contains(v))) {
            return Fit.NONE;
        }
        // "does Droege report to Wang?" is no claim about whom Wang reports to: the one a subject
        // slot is about is the first the claim names
        String subject = idx.firstEntityInAnswer(p.fact(), pq.language());
        if (slot.subject() && pq.slots().stream().filter(s -> s.type() == Slot.Type.ENTITY && !s.context()).findFirst()
                .map(s -> s.terms().stream().noneMatch(t -> t.id().equals(subject))).orElse(true)) {
            return Fit.NONE;
        }
        Set<String> exempt = new java.util.HashSet<>(dev.safqa.index.Terms.all(idx.analyzer(), cue.group()));
        int values = 0;
        java.util.regex.Matcher listed = slot.values() == null ? null : slot.values().matcher(text);
        if (listed != null && listed.find()) {
            values++;
            exempt.addAll(dev.safqa.index.Terms.all(idx.analyzer(), listed.group(2)));
            // "Scale AI is a chip maker that Meta invested in, right?": a clause after the value
            // that says more of it is no other claim about the subject's kind; what it names is not
            // the subject (Meta is the one who invested)
            java.util.regex.Matcher more = slot.subject() ? RELATIVE.matcher(text).region(listed.end(), text.length()) : null;
            if (more != null && more.lookingAt()) {
                exempt.addAll(dev.safqa.index.Terms.all(idx.analyzer(), text.substring(listed.end())));
            }
        } else if (slot.unknownNames() && !pq.unknownNames().isEmpty()) {
            // "will Jane Roe report to Wang?": of a slot of what the fact's first name is or does, the
            // name claimed comes after the words that say the slot, as the first name comes before
            int after = cue.end();
            if (slot.subject() && pq.unknownNames().stream().anyMatch(u -> text.indexOf(
                    dev.safqa.text.ArabicText.fold(u), after) < 0)) {
                return Fit.NONE;
            }
            values++;
            pq.unknownNames().forEach(u -> exempt.addAll(dev.safqa.index.Terms.all(idx.analyzer(),
                    dev.safqa.text.ArabicText.fold(u))));
        }
        Set<String> claimed = new LinkedHashSet<>();
        for (String e : named) {
            if (!p.entities().contains(e) && slot.type().equals(idx.entityTypes().get(e))) {
                claimed.add(e);
                values++;
            }
        }
        // "did Bloomberg write the memo?": with no other value claimed, the one the fact gives another
        // slot (it saw the memo) is claimed in this one, whatever its kind (pinned.yaml, from-slots);
        // beside another value ("Wang wrote the memo Bloomberg saw?") it is in its own slot
        List<String> elsewhere = named.stream()
                .filter(e -> slot.fromSlots().stream().anyMatch(o -> p.fact().pins().getOrDefault(o, List.of()).contains(e))).toList();
        if (values == 0 && elsewhere.size() == 1) {
            claimed.addAll(elsewhere);
            values++;
        }
        if (values != 1) {
            return Fit.NONE;
        }
        Set<String> names = new java.util.HashSet<>();
        pq.unknownNames().forEach(u -> names.addAll(dev.safqa.index.Terms.all(idx.analyzer(), dev.safqa.text.ArabicText.fold(u))));
        boolean anchored = false;
        boolean words = false;
        for (Slot s : pq.slots()) {
            if (s.forms().stream().anyMatch(exempt::contains)) {
                continue;
            }
            switch (s.type()) {
                case ENTITY -> {
                    if (s.terms().stream().noneMatch(t -> claimed.contains(t.id()) || p.entities().contains(t.id()))) {
                        return Fit.NONE;
                    }
                    // "is Scale AI a chipmaker?": what the one the fact is about is, said of it
                    anchored |= slot.subject() && !s.context() && s.terms().stream().anyMatch(t -> t.id().equals(subject));
                }
                case CONCEPT -> {
                    if (s.terms().stream().noneMatch(t -> p.fact().topics().contains(t.id()))) {
                        if (!s.context()) {
                            return Fit.NONE;
                        }
                    } else {
                        anchored |= !s.context();
                    }
                }
                case WORD -> words |= !s.context() && s.forms().stream().noneMatch(w -> p.words().contains(w) || p.asked().contains(w));
                // a word the knowledge cannot read, not a name: another name is another claim
                case UNKNOWN_WORD -> {
                    if (s.forms().stream().anyMatch(names::contains)) {
                        return Fit.NONE;
                    }
                    words = true;
                }
                default -> {
                    return Fit.NONE;    // something the article does not cover
                }
            }
        }
        return !anchored ? Fit.NONE : words ? Fit.WORDS_LEFT : Fit.ALL;
    }

    /**
     * Whether the claim gives the one the fact names first a post at a company that none of the
     * fact's roles is ("Droege was Scale's CFO", "Wang is becoming Meta's new CEO"). Only for that
     * person alone, at most one company, and nothing else said than the post, the fact's words of
     * becoming and the slot's {@code with}; a role the fact gives (at the company named, or at any
     * when none is) bears it out, and so does any one of several claimed.
     */
    private static boolean otherRole(ParsedQuestion pq, Fact f, List<String> pinned, PinnedSlot slot, FactIndex idx) {
        String person = idx.firstEntityInAnswer(f, dev.safqa.text.Language.EN);
        Map<String, String> types = idx.entityTypes();
        Set<String> named = pq.ids(Slot.Type.ENTITY);
        if (person == null || !"person".equals(types.get(person)) || !named.contains(person)) {
            return false;
        }
        List<String> companies = named.stream().filter(e -> !e.equals(person)).toList();
        if (companies.size() > 1 || companies.stream().anyMatch(e -> !"company".equals(types.get(e)))) {
            return false;
        }
        String at = companies.isEmpty() ? null : companies.get(0);
        Map<String, String> claimable = new java.util.HashMap<>(slot.concepts());
        pinned.forEach(r -> claimable.putIfAbsent(r.split("@")[0], r.split("@")[0]));
        Set<String> exempt = new java.util.HashSet<>();
        Set<String> claimed = new LinkedHashSet<>();
        java.util.regex.Matcher listed = slot.values() == null ? null : slot.values().matcher(pq.normalized());
        if (listed != null && listed.find()) {
            claimed.add("~" + listed.group(2));
            exempt.addAll(dev.safqa.index.Terms.all(idx.analyzer(), listed.group(2)));
        }
        Set<String> becoming = analysedWords(slot, idx);
        for (Slot s : pq.slots()) {
            if (s.type() == Slot.Type.ENTITY || s.forms().stream().anyMatch(exempt::contains)) {
                continue;
            }
            switch (s.type()) {
                case CONCEPT -> {
                    List<String> roles = s.terms().stream().map(t -> claimable.get(t.id())).filter(java.util.Objects::nonNull).toList();
                    if (s.context() && roles.stream().allMatch(pinned.stream().map(r -> r.split("@")[0]).toList()::contains)) {
                        // "Droege was Scale's CFO before becoming CEO": the post he took after is the
                        // time the claim is set in, one the fact gives him; the one claimed is the other
                        continue;
                    }
                    if (!roles.isEmpty()) {
                        claimed.addAll(roles);
                    } else if (s.terms().stream().noneMatch(t -> slot.with().contains(t.id())) && !s.context()) {
                        return false;
                    }
                }
                case WORD -> {
                    if (!s.context() && s.forms().stream().noneMatch(becoming::contains)) {
                        return false;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        if (claimed.isEmpty()) {
            return false;
        }
        for (String r : pinned) {
            String[] role = r.split("@");
            if (claimed.contains(role[0]) && (at == null || role.length < 2 || role[1].equals(at))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The fact that gives someone else the post a claim denied by {@code denied} puts on its person
     * ("Alexandr Wang is Meta's CEO now, right?": No, he leads Meta's new team, and Zuckerberg is
     * Meta's CEO), or null: only when the claim names one company and the post said there is pinned
     * ({@code role: [ceo@meta]}) by one other fact alone, or by one alone at the time the claim is
     * about (until-deal, from-deal).
     */
    static Fact holderOfClaimedPost(ParsedQuestion pq, Fact denied, FactIndex idx) {
        PinnedSlot slot = PINNED.get("role");
        Map<String, String> types = idx.entityTypes();
        List<String> companies = pq.ids(Slot.Type.ENTITY).stream().filter(e -> "company".equals(types.get(e))).toList();
        if (slot == null || companies.size() != 1) {
            return null;
        }
        Set<String> posts = new LinkedHashSet<>();
        pq.slots().stream().filter(s -> s.type() == Slot.Type.CONCEPT && !s.context())
                .forEach(s -> s.terms().forEach(t -> {
                    String role = slot.concepts().getOrDefault(t.id(), t.id());
                    posts.add(role + "@" + companies.get(0));
                }));
        List<Fact> holders = new ArrayList<>();
        for (Fact f : idx.pinning()) {
            if (f != denied && f.curated() && f.pins().getOrDefault("role", List.of()).stream().anyMatch(posts::contains)) {
                holders.add(f);
            }
        }
        if (holders.size() > 1) {
            // "Zuckerberg will be Scale AI's new CEO, right?": Wang held the post up to the deal and
            // Droege holds it from the deal on; the one who holds it at the time the claim is about
            // (before the deal if it says so, else the article's now) is whose post it is
            String held = pq.form().periods().contains("before") ? "until-deal" : "from-deal";
            holders.removeIf(f -> f.pins().getOrDefault(held, List.of()).stream().noneMatch(posts::contains));
        }
        return holders.size() == 1 ? holders.get(0) : null;
    }

    /** The post a fact's pins give at a company ({@code ceo@scale_ai} at scale_ai: ceo), the first one; null if none. */
    private static String postAt(List<String> pinned, String company) {
        for (String r : pinned) {
            String[] role = r.split("@");
            if (role.length == 2 && role[1].equals(company)) {
                return role[0];
            }
        }
        return null;
    }

    /** A slot's words a claim may say beside what it claims ({@code words:}), analysed as a question's are. */
    private static Set<String> analysedWords(PinnedSlot slot, FactIndex idx) {
        Set<String> out = new java.util.HashSet<>();
        slot.words().forEach(w -> out.addAll(idx.analysedWord(w)));
        return out;
    }

    /** A name after these is a place, a school or a party, not the one who holds a post ("is the new CEO from Stanford?"). */
    private static final java.util.regex.Pattern NOT_THE_HOLDER = java.util.regex.Pattern.compile(
            "(?i)\\b(from|at|in|of|by|with|for|on|about|to|into|than|like|under)\\s+$");

    /**
     * Whether the claim gives a post the fact's first person holds from the deal on ({@code
     * incumbent: [ceo@scale_ai]}) to a name the article never mentions ("I hear Jane Roe is Scale's
     * new chief executive"): a company has one chief executive, and the article names him. Only a
     * claim of succession (a concept of the slot), the post's company named and no other, every
     * person named one the fact names but not its holder, the unknown names the one claimed (never
     * after a word that makes them a place or a school), and nothing else said than the slot's
     * concepts ({@code with}) and words of becoming.
     */
    private static boolean otherIncumbent(ParsedQuestion pq, Fact f, FactIndex.Profile p, List<String> pinned,
                                          PinnedSlot slot, FactIndex idx) {
        String holder = idx.firstEntityInAnswer(f, dev.safqa.text.Language.EN);
        if (holder == null || pq.unknownNames().isEmpty() || !pq.notCovered().isEmpty()) {
            return false;
        }
        for (String u : pq.unknownNames()) {
            int at = pq.text().indexOf(u);
            if (at < 0 || NOT_THE_HOLDER.matcher(pq.text().substring(0, at)).find()) {
                return false;
            }
        }
        Map<String, String> types = idx.entityTypes();
        Set<String> named = pq.ids(Slot.Type.ENTITY);
        List<String> companies = named.stream().filter(e -> "company".equals(types.get(e))).toList();
        if (companies.size() != 1 || named.contains(holder)
                || named.stream().anyMatch(e -> !"company".equals(types.get(e)) && !p.entities().contains(e))) {
            return false;
        }
        String post = postAt(pinned, companies.get(0));
        if (post == null) {
            return false;
        }
        Set<String> names = new java.util.HashSet<>();
        pq.unknownNames().forEach(u -> names.addAll(dev.safqa.index.Terms.all(idx.analyzer(), dev.safqa.text.ArabicText.fold(u))));
        Set<String> being = analysedWords(slot, idx);
        boolean said = false;
        for (Slot s : pq.slots()) {
            switch (s.type()) {
                case ENTITY -> { }
                case CONCEPT -> {
                    if (s.terms().stream().anyMatch(t -> post.equals(slot.concepts().get(t.id())))) {
                        said = true;
                    } else if (s.terms().stream().noneMatch(t -> slot.with().contains(t.id())) && !s.context()) {
                        return false;
                    }
                }
                case WORD -> {
                    if (!s.context() && s.forms().stream().noneMatch(being::contains)) {
                        return false;
                    }
                }
                case UNKNOWN_WORD -> {
                    if (s.forms().stream().noneMatch(names::contains)) {
                        return false;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        return said;
    }

    /**
     * Whether the claim gives a post the fact's first person alone holds at a company ({@code
     * founder@scale_ai}) to another person ("Jason Droege founded Scale AI, right?", "جيسون درويج
     * هو مؤسس Scale؟"). Only one person named, a person of the lexicon (an unknown name may be a
     * co-founder the article leaves out), and that company named; the post said in the slot's own
     * words (its cue), and nothing else said than the slot's words of being one.
     */
    private static boolean otherHolder(ParsedQuestion pq, Fact f, List<String> pinned, PinnedSlot slot, FactIndex idx) {
        String holder = idx.firstEntityInAnswer(f, dev.safqa.text.Language.EN);
        java.util.regex.Matcher cue = slot.cue() == null ? null : slot.cue().matcher(pq.normalized());
        if (holder == null || cue == null || !cue.find() || !pq.unknownNames().isEmpty()) {
            return false;
        }
        Map<String, String> types = idx.entityTypes();
        Set<String> named = pq.ids(Slot.Type.ENTITY);
        List<String> people = named.stream().filter(e -> "person".equals(types.get(e))).toList();
        List<String> companies = named.stream().filter(e -> "company".equals(types.get(e))).toList();
        if (people.size() != 1 || people.contains(holder) || companies.size() != 1 || named.size() != 2) {
            return false;
        }
        String post = postAt(pinned, companies.get(0));
        if (post == null) {
            return false;
        }
        Set<String> being = analysedWords(slot, idx);
        boolean said = false;
        for (Slot s : pq.slots()) {
            switch (s.type()) {
                case ENTITY -> { }
                case CONCEPT -> {
                    String claimed = s.terms().stream().map(t -> slot.concepts().get(t.id()))
                            .filter(java.util.Objects::nonNull).findFirst().orElse(null);
                    if (post.equals(claimed)) {
                        said = true;
                    } else if (!s.context()) {
                        return false;
                    }
                }
                case WORD -> {
                    if (!s.context() && s.forms().stream().noneMatch(being::contains)) {
                        return false;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        return said;
    }

    /**
     * "scale made like 1.5 billion in 2024 right?": a claimed sum in a claimed year, where the one
     * candidate that states that year (as a figure) accounts for every word of the claim and states
     * another sum of that kind: the fact to say "No" with, though the model is short of confidence
     * in it (the claim's own figure matches nothing it could learn from). Only a contradiction: a
     * sum the fact states is left to the model, never a "Yes" for the year alone. Null otherwise.
     */
    static Fact yearStatesOther(ParsedQuestion pq, List<Answerer.Candidate> ranked) {
        ReadingRules.Words words = ReadingRules.STANDARD.words();
        Map<String, FigureKind> claimed = pq.form().claimed();
        List<String> years = claimed.entrySet().stream().filter(c -> c.getValue() != null && c.getValue().isTime())
                .map(Map.Entry::getKey).toList();
        String rest = words.tagEnd().matcher(pq.normalized()).replaceFirst("");
        if (!pq.claim() || pq.form().instruction() || years.size() != 1 || claimed.size() < 2
                || claimed.values().stream().anyMatch(k -> k == null)
                || words.hedge().matcher(rest).find() || words.alternative().matcher(rest).find()) {
            return null;
        }
        List<Answerer.Candidate> stating = ranked.stream().filter(c -> c.fact().curated() && c.fact().figures().stream()
                .anyMatch(fig -> fig.kind().isTime() && Numbers.canonical(fig.value()).equals(years.get(0)))).toList();
        if (stating.size() != 1) {
            return null;
        }
        Answerer.Candidate c = stating.get(0);
        double[] x = c.features();
        return x[Features.COVERAGE] >= 1 && x[Features.UNKNOWN_WORDS] == 0
                && Answerer.verdict(pq, c.fact()) == Answerer.Verdict.CONTRADICTS ? c.fact() : null;
    }

    /**
     * "هل 65 مليار دولار هي قيمة صفقة سكيل؟" (is $65 billion the Scale deal's value?): a claimed sum
     * the article gives as another measure (Meta's AI budget), of which the question asks nothing
     * the fact of that measure could answer (it was refused), while the best candidate accounts for
     * every word of the claim and states another figure of that kind: the fact to say "No" with,
     * and the figure's own fact beside it, though the model is short of confidence (a figure it
     * states is no word it could learn from). Only when every claimed figure is such a one, of a
     * kind read (no years: {@link #yearStatesOther}), nothing turns the claim ("not", "or") and no
     * candidate bears a figure out. Null otherwise.
     */
    static Fact figureOfAnother(ParsedQuestion pq, List<Answerer.Candidate> ranked, FactIndex idx) {
        ReadingRules.Words words = ReadingRules.STANDARD.words();
        Map<String, FigureKind> claimed = pq.form().claimed();
        String rest = words.tagEnd().matcher(pq.normalized()).replaceFirst("");
        if (!pq.claim() || pq.form().instruction() || claimed.isEmpty() || ranked.isEmpty()
                || claimed.values().stream().anyMatch(k -> k == null || k.isTime())
                || words.hedge().matcher(rest).find() || words.alternative().matcher(rest).find()) {
            return null;
        }
        Answerer.Candidate best = ranked.get(0);
        double[] x = best.features();
        if (!best.fact().curated() || x[Features.COVERAGE] < 1 || x[Features.UNKNOWN_WORDS] > 0
                || Answerer.verdict(pq, best.fact()) != Answerer.Verdict.CONTRADICTS
                || ranked.stream().anyMatch(c -> Answerer.verdict(pq, c.fact()) == Answerer.Verdict.AGREES)) {
            return null;
        }
        Set<Fact> candidates = new java.util.HashSet<>();
        ranked.forEach(c -> candidates.add(c.fact()));
        for (Map.Entry<String, FigureKind> c : claimed.entrySet()) {
            boolean elsewhere = idx.factsStating(c.getKey()).stream().anyMatch(f -> f.curated() && !candidates.contains(f)
                    && f.figures().stream().anyMatch(fig -> Numbers.canonical(fig.value()).equals(c.getKey())
                    && Answerer.compatible(c.getValue(), fig.kind())));
            if (!elsewhere) {
                return null;
            }
        }
        return best.fact();
    }

    private static boolean isActor(FactIndex idx, String entity) {
        String type = idx.entityTypes().get(entity);
        return "person".equals(type) || "company".equals(type);
    }
}
