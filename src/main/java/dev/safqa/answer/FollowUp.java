package dev.safqa.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;


/**
 * Whether a question leans on the one before it in a conversation ("and the valuation?", "وكم عمره؟",
 * "who replaced him?", "when?") or starts afresh ("How much did Meta pay?"). A question leans when it
 * opens with a continuation ("and...", "what about...", "و..."), or names nobody and either refers back
 * by a pronoun or is a fragment of a few words. The cues are data ({@code follow-up.yaml}).
 */
record FollowUp(Rule cue, Rule pronoun, Rule personPronoun, Rule eitherPronoun, Rule thingPronoun,
                Rule setAside, Rule contrast, Rule expletive, int fragmentWords, Superior superior,
                java.util.Map<String, Rule> timeShifts, Rule asksOfItsOwn, Rule typedPronoun,
                Rule onePronoun, java.util.Set<String> oneStandsFor, Rule theFigure, Rule anotherOne, Rule whatWasSaid,
                Rule oneBeside, Rule challengeWords, Rule challengeOfAnother) {
    /**
     * A role said of the person a pronoun points at ("his manager", "مديره"): read as the concept
     * {@code concept} (whom he reports to) instead of those in {@code insteadOf} (who runs a company).
     */
    record Superior(Rule pattern, String concept, java.util.Set<String> insteadOf) {
    }

    /** "who is going to replace him?": him acted on or owning (follow-up.yaml, object-pronouns). */
    private static final Rule OBJECT_PRONOUN = ReadingRules.any(ReadingRules.yaml("follow-up.yaml"), "object-pronouns");

    /** "this one", "this deal" (follow-up.yaml, this-one). */
    private static final Rule THIS_ONE = ReadingRules.any(ReadingRules.yaml("follow-up.yaml"), "this-one");

    /** "who makes that one?": the last thing the last answer named (follow-up.yaml, that-one). */
    private static final Rule THAT_ONE = ReadingRules.any(ReadingRules.yaml("follow-up.yaml"), "that-one");

    /** "how old is the other guy?": a person beside one a chat named (follow-up.yaml, other-person). */
    private static final Rule OTHER_PERSON = ReadingRules.any(ReadingRules.yaml("follow-up.yaml"), "other-person");

    /** "how old is she?" as a chat's first message: a person no turn named (follow-up.yaml, person-named-nowhere). */
    private static final Rule NAMED_NOWHERE = ReadingRules.any(ReadingRules.yaml("follow-up.yaml"), "person-named-nowhere");

    /** "and the others?", "وغيرهما؟": the ones beside all a chat has named (follow-up.yaml, the-others). */
    private static final Rule THE_OTHERS = ReadingRules.any(ReadingRules.yaml("follow-up.yaml"), "the-others");

    /** "name it", "سمّها": the name of what the last answer spoke of (follow-up.yaml, name-it). */
    private static final Rule NAME_IT = ReadingRules.any(ReadingRules.yaml("follow-up.yaml"), "name-it");

    /** "did it say why?", "وذكرت السبب؟": the reason someone gave (follow-up.yaml, why-said). */
    private static final Rule WHY_SAID = ReadingRules.any(ReadingRules.yaml("follow-up.yaml"), "why-said");

    /** "ok back to Scale - ...": a question of its own (follow-up.yaml, fresh-start). */
    private static final Rule FRESH_START = ReadingRules.any(ReadingRules.yaml("follow-up.yaml"), "fresh-start");

    /** "he", "them", هو: the name in their place, as alternate questions are matched (follow-up.yaml, name-in-place). */
    private static final Rule NAME_IN_PLACE = ReadingRules.any(ReadingRules.yaml("follow-up.yaml"), "name-in-place");

    /** "his", "its": the name's (follow-up.yaml, name-owning). */
    private static final Rule NAME_OWNING = ReadingRules.any(ReadingRules.yaml("follow-up.yaml"), "name-owning");

    /** "عمره": the word, then the name (follow-up.yaml, name-after). */
    private static final Rule NAME_AFTER = ReadingRules.any(ReadingRules.yaml("follow-up.yaml"), "name-after");

    /** "is that more than Meta paid?" (follow-up.yaml, more-than-told). */
    private static final Rule MORE_THAN_TOLD = ReadingRules.any(ReadingRules.yaml("follow-up.yaml"), "more-than-told");

    /** "is that less than...?" (follow-up.yaml, less-than-told). */
    private static final Rule LESS_THAN_TOLD = ReadingRules.any(ReadingRules.yaml("follow-up.yaml"), "less-than-told");

    /** "by how much exactly?", "وقديش الفرق؟" (follow-up.yaml, difference). */
    private static final Rule DIFFERENCE = ReadingRules.any(ReadingRules.yaml("follow-up.yaml"), "difference");

    /** "وماذا سيفعل في ميتا؟": he or it carried by the verb alone (follow-up.yaml, verb-pronouns). */
    private static final Rule VERB_PRONOUN = ReadingRules.any(ReadingRules.yaml("follow-up.yaml"), "verb-pronouns");

    static final FollowUp STANDARD = load();

    /**
     * @param q the question read on its own
     */
    /** "itself", نفسها: the party named beside it is the one a pronoun of the question stands for. */
    private static final Pattern REFLEXIVE = Pattern.compile(
            "\\b(itself|himself|herself|themselves)\\b|(^|\\s)(نفسها|نفسه|نفسهم|نفسو|بنفسها|بنفسه|ذاتها|ذاته)(\\s|$)",
            Pattern.UNICODE_CHARACTER_CLASS);

    boolean leans(ParsedQuestion q, java.util.function.Predicate<String> subject) {
        if (q.text().codePoints().noneMatch(Character::isLetter)) {
            return false;     // "3", "?": nothing to lean with, and a guess at what it adds to the last question
        }
        String text = q.normalized();
        if (FRESH_START.matcher(text).find()) {
            return false;     // "ok back to Scale - what is its valuation?": "its" is Scale, named here
        }
        if (!q.ids(Slot.Type.ENTITY).isEmpty() && REFLEXIVE.matcher(text).find()) {
            return false;     // "and Meta itself, what is it worth?": "itself" marks the one named as the one asked of
        }
        if (cue.matcher(text).find() || andName(q)) {
            return true;
        }
        if (!ownNames(q, subject).isEmpty()) {
            return false;     // it names whom it is about: a question of its own
        }
        if (asksToNameIt(q)) {
            return true;      // "name the other AI labs too": the others beside the ones the last answer named
        }
        if (!q.ids(Slot.Type.ENTITY).isEmpty()) {
            return true;      // it names only the article's subjects, and points back past them
        }
        return pronoun.matcher(text).find() || typedPronoun.matcher(q.text()).find() || text.isBlank()
                || text.split("\\s+").length <= fragmentWords || saysNothingOfItsOwn(q);
    }

    /**
     * A question word and nothing the knowledge or the reader can look up ("في أي عام كانت؟", "in
     * which year was it, then?"): on its own it could only be declined, so in a chat it asks of what
     * came before, as a pronoun would.
     */
    static boolean saysNothingOfItsOwn(ParsedQuestion q) {
        return q.slots().isEmpty() && q.unknownNames().isEmpty() && q.numbers().isEmpty() && !q.smallTalk()
                && q.intent() != Intent.ANY && !q.claim() && !q.form().instruction();
    }

    /**
     * Whom a follow-up that names nobody points at with its pronoun: the first person the last answer
     * brought in for "he", "him"; the first thing for "it", "that"; the first of either for Arabic
     * ـه ("عمره", "استقبلوه"); null when it has no such
     * pronoun, or the answer brought in no one of that kind (the earlier question's names then hold).
     *
     * @param introduced the names the last answer stated that its question did not, in order
     */
    dev.safqa.answer.Slot referent(ParsedQuestion q, java.util.List<dev.safqa.answer.Slot> introduced,
                                   java.util.function.Predicate<String> subject) {
        boolean person = personPronoun.matcher(q.text()).find();
        boolean either = !person && (eitherPronoun.matcher(q.text()).find() || saysByVerb(q));
        // "and who does he report to at Meta?": naming a company leaves "he" to point back
        if (introduced.isEmpty() || (person || either ? namesPerson(q) : !ownNames(q, subject).isEmpty())) {
            return null;
        }
        boolean thing = !person && !either && thingPronoun.matcher(q.normalized()).find();
        if (!person && !either && !thing) {
            return null;
        }
        for (Slot s : introduced) {
            boolean isPerson = s.terms().stream().anyMatch(dev.safqa.knowledge.Term::isPerson);
            // "who saw it?": who asks for the actor, so "it" is a thing the answer named, not an actor
            boolean actor = s.terms().stream().anyMatch(t -> t.type() != null && !"product".equals(t.type()));
            if (person ? isPerson : isPerson ? either : q.intent() != Intent.WHO || !actor) {
                return s;
            }
        }
        return null;
    }

    /**
     * The names a follow-up gives of its own: none when it names only the article's own subjects and
     * points back by a pronoun ("who's replacing Scale for them?" after a question about Google,
     * "وميتا دفعت فيها كام؟": "them" and فيها are what the conversation was about, and Meta or Scale
     * alone do not make it a question of its own).
     */
    java.util.Set<String> ownNames(ParsedQuestion q, java.util.function.Predicate<String> subject) {
        java.util.Set<String> named = q.ids(Slot.Type.ENTITY);
        boolean pointsBack = refersBack(q) && !expletive.matcher(q.normalized()).find();
        return !named.isEmpty() && pointsBack && named.stream().allMatch(subject) ? java.util.Set.of() : named;
    }

    /**
     * As the first message of a chat it leans on a turn that never was: it opens as a continuation
     * ("and...", "و...", "طب و...") and points at a person, or at one beside the one spoken of, that it
     * does not name ("and how old is he?", "وكم عمرها؟", "طب والتانية؟"). Whoever a fact names would be
     * a guess. A question that only refers to the deal's parties ("and how much did they pay?") is not
     * this: the article is about them, nor "وكم دفعت فيها؟" (and what did it pay for it?).
     */
    boolean leansOnNoTurn(ParsedQuestion q) {
        if (q.ids(Slot.Type.ENTITY).isEmpty() && OTHER_PERSON.matcher(q.normalized()).find()) {
            return true;
        }
        if (q.ids(Slot.Type.ENTITY).isEmpty() && !namesARole(q) && NAMED_NOWHERE.matcher(q.normalized()).find()) {
            return true;
        }
        java.util.regex.Matcher opens = cue.matcher(q.normalized());
        if (!opens.find() || opens.start() > 0 || !q.ids(Slot.Type.ENTITY).isEmpty()) {
            return false;
        }
        return personPronoun.matcher(q.text()).find() || eitherPronoun.matcher(q.text()).find()
                || anotherOne.matcher(q.normalized()).find() || oneBeside.matcher(q.normalized()).find()
                // ـها is "her" and "its" (of a company) alike: a person only when it is an age ("وكم عمرها؟"),
                // where "وكم قيمتها؟" asks the worth of what the article is about
                || (q.intent() == Intent.AGE && onePronoun.matcher(q.text()).find());
    }

    /** It opens with "and" joined to a name: "وأوبن إيه آي؟", "ووانغ رح يكون تحت مين؟" (not وانغ itself). */
    private static boolean andName(ParsedQuestion q) {
        String first = q.normalized().strip().split("\\s+")[0];
        return first.length() > 2 && first.charAt(0) == 'و' && q.slots().stream().anyMatch(s -> s.type() == Slot.Type.ENTITY
                && s.forms().contains(first) && s.forms().contains(first.substring(1)));
    }

    /** Roles that stand for one person (reading.yaml, roles-of-a-person): "the founder". */
    private static final java.util.Set<String> ROLES_OF_A_PERSON = java.util.stream.StreamSupport
            .stream(ReadingRules.READING.path("roles-of-a-person").spliterator(), false).map(JsonNode::asText)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * It names a person by a role of its own ("والمؤسس عنده كام سنة؟", and the founder, how old is
     * he?): its ـه is that one, named here, not someone a turn before must have named.
     */
    static boolean namesARole(ParsedQuestion q) {
        return q.ids(Slot.Type.CONCEPT).stream().anyMatch(ROLES_OF_A_PERSON::contains);
    }

    /** The question names a person of its own. */
    static boolean namesPerson(ParsedQuestion q) {
        return q.slots().stream().anyMatch(s -> s.type() == Slot.Type.ENTITY
                && s.terms().stream().anyMatch(dev.safqa.knowledge.Term::isPerson));
    }

    /**
     * It says "this one" as a question before did beside another it named ("which came first, the
     * WhatsApp deal or this one?", then "what year was this one?"): this one is the article's deal,
     * set against that other one, whose names are not borrowed.
     */
    static boolean thisOneAgain(ParsedQuestion q, java.util.List<ParsedQuestion> askedBefore,
                                java.util.function.Predicate<String> subject) {
        return THIS_ONE.matcher(q.normalized()).find() && q.ids(Slot.Type.ENTITY).stream().allMatch(subject)
                && askedBefore.stream().anyMatch(b -> THIS_ONE.matcher(b.normalized()).find()
                        && b.ids(Slot.Type.ENTITY).stream().anyMatch(e -> !subject.test(e)));
    }

    /**
     * What "that one" points at ("who makes that one?" after "what's Gemini a rival to?", answered
     * "...models like Gemini, ChatGPT's rival"): the last thing the answer named that its question did
     * not (ChatGPT), not the thing the question named; null when it says no "that one", points at a
     * person ("how old is that one?"), or the answer named no such thing.
     *
     * @param introduced the names the last answer stated that its question did not, in order
     */
    Slot thatOne(ParsedQuestion q, java.util.List<Slot> introduced, java.util.function.Predicate<String> subject) {
        if (!THAT_ONE.matcher(q.normalized()).find() || asksAboutSomeone(q) || !ownNames(q, subject).isEmpty()) {
            return null;
        }
        Slot last = null;
        for (Slot s : introduced) {
            if (s.terms().stream().noneMatch(t -> t.isPerson() || subject.test(t.id()))) {
                last = s;
            }
        }
        return last;
    }

    /**
     * The follow-up as typed with the name its pronoun stands for in the pronoun's place: "and where
     * is he going?" after "how old is Wang?" is "and where is Wang going?", "وكم عمره؟" after "مين
     * وانغ؟" is "وكم عمر وانغ؟". For matching its words with the alternate questions only (they name
     * the person, never "he"); null when it has no such pronoun.
     */
    static String withName(String text, String name) {
        String out = replaced(NAME_IN_PLACE.matcher(text), m -> name);
        out = replaced(NAME_OWNING.matcher(out), m -> name + "'s");
        out = replaced(NAME_AFTER.matcher(out), m -> m.group("word") + " " + name);
        return out.equals(text) ? null : out;
    }

    /**
     * The follow-up whose "he" the verb alone carries, with the name after that verb: "وماذا سيفعل في
     * ميتا؟" after "كم عمر وانغ؟" is "وماذا سيفعل وانغ في ميتا". Read on the folded text, for matching with
     * the alternate questions only (as {@link #withName}); null when no verb carries it.
     */
    static String withNameAfterVerb(ParsedQuestion q, String name) {
        if (!saysByVerb(q)) {
            return null;
        }
        String text = q.normalized();
        java.util.regex.Matcher m = VERB_PRONOUN.matcher(text);
        if (!m.find()) {
            return null;
        }
        java.util.regex.Matcher verb = VERB.matcher(text).region(m.start(), m.end());
        int end = -1;
        while (verb.find()) {
            end = verb.end();
        }
        return end < 0 ? null : text.substring(0, end) + " " + name + text.substring(end);
    }

    /** A verb of the third person as {@code verb-pronouns} reads it: the last such word of a match is the verb. */
    private static final java.util.regex.Pattern VERB = java.util.regex.Pattern.compile("(?<![\\p{IsArabic}])[سهحب]?ي[\\p{IsArabic}]{2,}");

    private static String replaced(java.util.regex.Matcher m, java.util.function.Function<java.util.regex.Matcher, String> by) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(by.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Whether it sets what was said against more (1) or less (-1) of something ("is that more than
     * Meta paid?"), or 0; only when it points at what was said ("that", "ده") and quotes no figure.
     */
    int setsAgainstTold(ParsedQuestion q) {
        if (!pointsAtWhatWasSaid(q) || !q.numbers().isEmpty()) {
            return 0;
        }
        boolean more = MORE_THAN_TOLD.matcher(q.normalized()).find();
        boolean less = LESS_THAN_TOLD.matcher(q.normalized()).find();
        return more == less ? 0 : more ? 1 : -1;
    }

    /** It asks a difference: "by how much exactly?", "what's the gap?", "قديش الفرق؟". */
    static boolean asksDifference(ParsedQuestion q) {
        return DIFFERENCE.matcher(q.normalized()).find();
    }

    /** It asks about another one than the last turn's ("and the bigger one?", "the other company?"). */
    boolean contrasts(ParsedQuestion q) {
        return contrast.matcher(q.normalized()).find();
    }

    /** "and the other one?": another one than the last turn named, and not the article's subjects either. */
    boolean asksOfAnotherOne(ParsedQuestion q) {
        return anotherOne.matcher(q.normalized()).find();
    }

    /**
     * "and the others?" after "Google, OpenAI and other labs cut ties...": the ones beside all the chat
     * has named, in its questions and its last answer, not only the last turn's.
     */
    static boolean asksOfTheOthers(ParsedQuestion q) {
        return q.excluded().isEmpty() && THE_OTHERS.matcher(q.normalized()).find();
    }

    /** It asks the name of what the last answer spoke of: "name it", "سمّها". */
    static boolean asksToNameIt(ParsedQuestion q) {
        return NAME_IT.matcher(q.normalized()).find();
    }

    /** It asks the reason someone gave: "did it say why?", "وقالت ليش؟". */
    static boolean asksWhySaid(ParsedQuestion q) {
        return WHY_SAID.matcher(q.normalized()).find();
    }

    /** It sets aside what the last turn named by a pronoun ("which other labs besides those two?"). */
    boolean setsAsidePrevious(ParsedQuestion q) {
        return q.excluded().isEmpty() && setAside.matcher(q.normalized()).find();
    }

    /**
     * It points at a thing by a pronoun and says nothing of its own about what it is ("who got hold
     * of it?"; not "what's it valued at?", which asks a measure of its own of the company).
     */
    boolean asksAboutSomething(ParsedQuestion q) {
        return q.ids(Slot.Type.ENTITY).isEmpty() && q.ids(Slot.Type.CONCEPT).isEmpty() && !asksAboutSomeone(q)
                && thingPronoun.matcher(q.normalized()).find();
    }

    /**
     * It points back with "that", "this" ("what kind of growth is that?"): at what was said, an
     * answer, where "it" and "they" point at a party a question may have named.
     */
    boolean pointsAtWhatWasSaid(ParsedQuestion q) {
        return whatWasSaid.matcher(q.normalized()).find() && !expletive.matcher(q.normalized()).find();
    }

    /** "that money", "الفلوس دي": the figure the last answer stated, of what the last question asked about. */
    boolean pointsAtTheFigure(ParsedQuestion q) {
        return q.ids(Slot.Type.ENTITY).isEmpty() && theFigure.matcher(q.normalized()).find();
    }

    /** The role word of "his manager", "مديره" as typed, or null when it names no role of the one pointed at. */
    String superiorRole(ParsedQuestion q) {
        java.util.regex.Matcher m = superior.pattern().matcher(q.text());
        return m.find() ? m.group() : null;
    }

    /**
     * The period a bare time shift asks the last question of ("and now?", "والحين؟"): it says nothing
     * but a time, after its continuation. Null for any other question.
     */
    String timeShift(ParsedQuestion q) {
        for (java.util.Map.Entry<String, Rule> e : timeShifts.entrySet()) {
            java.util.regex.Matcher m = e.getValue().matcher(q.normalized());
            if (m.find()) {
                String rest = cue.matcher(m.replaceAll(" ").strip()).replaceFirst(" ");
                if (rest.codePoints().noneMatch(Character::isLetter)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    /** It has a question word the reader has no intent for ("where"): the last question's is not borrowed. */
    boolean asksOfItsOwn(ParsedQuestion q) {
        return asksOfItsOwn.matcher(q.normalized()).find();
    }

    /**
     * It points back by a pronoun that means one thing ("it", "its", Arabic ـها), not an "it" that
     * points at nothing ("is it true that...").
     */
    boolean pointsAtOne(ParsedQuestion q) {
        return onePronoun.matcher(q.text()).find() && !expletive.matcher(q.normalized()).find();
    }

    /**
     * A figure claimed back at the last answer and nothing else ("wait, was that $2 billion?", "يعني
     * 3 مليار؟"): each word beside the figure, its unit and the names and concepts of {@code told}
     * (the fact that answer stated) is one a challenge comes with, and it names no other measure
     * ("so the whole company is 20 billion?" after the price asks the worth).
     */
    boolean challengesFigure(ParsedQuestion q, dev.safqa.index.FactIndex.Profile told) {
        if (challengeOfAnother.matcher(q.normalized()).find()) {
            return false;
        }
        for (Slot s : q.slots()) {
            boolean fits = switch (s.type()) {
                case ENTITY -> told.entities().containsAll(s.terms().stream().map(dev.safqa.knowledge.Term::id).toList());
                case CONCEPT -> s.terms().stream().allMatch(t -> CLAIM_UNITS.contains(t.id()) || told.concepts().contains(t.id()));
                case WORD, UNKNOWN_WORD -> s.forms().stream().allMatch(f -> challengeWords.matcher(f).matches());
                default -> false;
            };
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    /** The concepts that only say a figure's unit: "billion", "مليار" (money). */
    private static final java.util.Set<String> CLAIM_UNITS = java.util.Set.of("money");

    /** It refers back by any pronoun ("how much did it cost?", "وكم عمره؟"). */
    boolean refersBack(ParsedQuestion q) {
        // "كان بيشتغل إيه قبل كده؟": the dialect map drops كده and هيك, so they are looked for as typed
        return pronoun.matcher(q.normalized()).find() || typedPronoun.matcher(q.text()).find() || asksAboutSomeone(q);
    }

    /**
     * It points at a person as the one acted on or owning ("who is going to replace him?", "who's his
     * boss?", "ومن سيحل مكانه؟"), not as the one acting ("who will he report to?").
     */
    boolean pointsAtHimActedOn(ParsedQuestion q) {
        return OBJECT_PRONOUN.matcher(q.text()).find() || eitherPronoun.matcher(q.text()).find();
    }

    /** It points at a person by a pronoun ("how old is he?"), or may ("وكم عمره؟": ـه is "him" or "it"). */
    boolean asksAboutSomeone(ParsedQuestion q) {
        return personPronoun.matcher(q.text()).find() || eitherPronoun.matcher(q.text()).find() || saysByVerb(q);
    }

    /** Its "he" is carried by the verb and by no pronoun a word carries ("وماذا سيفعل؟", not "وكم عمره؟"). */
    boolean onlyTheVerbPoints(ParsedQuestion q) {
        return saysByVerb(q) && !personPronoun.matcher(q.text()).find() && !eitherPronoun.matcher(q.text()).find();
    }

    /**
     * Its "he" or "it" is carried by the verb alone ("وماذا سيفعل في ميتا؟", "وشنو راح يدير؟"): a verb of
     * the third person beside a question word, whose subject does not follow it (a name, or a noun with
     * the article: "وكم يبلغ التقييم؟" says what it asks of). Only when the question names no person.
     */
    static boolean saysByVerb(ParsedQuestion q) {
        if (namesPerson(q)) {
            return false;
        }
        java.util.regex.Matcher m = VERB_PRONOUN.matcher(q.normalized());
        while (m.find()) {
            String[] after = q.normalized().substring(m.end()).strip().split("\\s+", 2);
            String next = after[0].replaceAll("[^\\p{L}]", "");
            boolean subject = next.matches("[وبفلك]{0,2}ال\\p{L}+") || !next.isEmpty() && q.slots().stream()
                    .anyMatch(s -> s.type() == Slot.Type.ENTITY && s.forms().contains(next));
            if (!subject) {
                return true;
            }
        }
        return false;
    }

    private static FollowUp load() {
        JsonNode n = ReadingRules.yaml("follow-up.yaml");
        return new FollowUp(ReadingRules.any(n, "cues"), ReadingRules.any(n, "pronouns"), ReadingRules.any(n, "person-pronouns"),
                ReadingRules.any(n, "either-pronouns"), ReadingRules.any(n, "thing-pronouns"), ReadingRules.any(n, "set-aside"), ReadingRules.any(n, "contrast"), ReadingRules.any(n, "expletive"),
                n.path("fragment-words").asInt(4), superior(n.path("superior")), timeShifts(n.path("time-shift")),
                ReadingRules.any(n, "asks-of-its-own"), ReadingRules.any(n, "typed-pronouns"),
                ReadingRules.any(n, "one-of-pronouns"), oneStandsFor(n.path("one-stands-for")), ReadingRules.any(n, "the-figure"),
                ReadingRules.any(n, "another-one"), ReadingRules.any(n, "what-was-said"),
                ReadingRules.any(n, "one-beside"), ReadingRules.any(n, "challenge-words"),
                ReadingRules.any(n, "challenge-of-another"));
    }

    private static java.util.Set<String> oneStandsFor(JsonNode n) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        n.forEach(x -> out.add(x.asText()));
        return java.util.Set.copyOf(out);
    }

    private static java.util.Map<String, Rule> timeShifts(JsonNode n) {
        java.util.Map<String, Rule> out = new java.util.LinkedHashMap<>();
        n.fieldNames().forEachRemaining(period -> out.put(period, ReadingRules.any(n, period)));
        return java.util.Map.copyOf(out);
    }

    private static Superior superior(JsonNode n) {
        java.util.Set<String> instead = new java.util.LinkedHashSet<>();
        n.path("instead-of").forEach(x -> instead.add(x.asText()));
        return new Superior(ReadingRules.any(n, "patterns"), n.path("concept").asText(), java.util.Set.copyOf(instead));
    }
}
