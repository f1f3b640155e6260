package dev.safqa.answer;

import dev.safqa.index.AlternateQuestions;
import dev.safqa.index.FactIndex;
import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Figure;
import dev.safqa.knowledge.FigureKind;
import dev.safqa.knowledge.QuestionKind;
import dev.safqa.knowledge.Numbers;
import dev.safqa.knowledge.Term;
import dev.safqa.text.ArabicText;
import dev.safqa.text.Arabizi;
import dev.safqa.text.Language;
import dev.safqa.text.LanguageDetector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
    /** A reply with a second fact beside the first stays within this (the issue's 300 characters). */
    private static final int MAX_REPLY_CHARS = 300;

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
        return run(question, language, null, List.of(), List.of(), Trace.OFF);
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
        return answer(question, language, previous, previousFacts, List.of());
    }

    /**
     * @param earlierTold the facts answers before the previous one stated ({@link #toldSoFar}): "which
     *                    other labs?" after the labs' fact, then Google's, is told nothing new by the labs' fact
     */
    public Answer answer(String question, Language language, String previous, List<String> previousFacts,
                         List<String> earlierTold) {
        return run(question, language, previous, previousFacts, earlierTold, Trace.OFF);
    }

    /** How many facts a conversation keeps of the answers before its last one: the last few answers'. */
    static final int TOLD_KEPT = 8;

    /**
     * What a conversation has told before its next question's last answer: the facts {@code earlierTold}
     * kept and those {@code lastFacts} (the answer now the last but one) stated, the most recent
     * {@link #TOLD_KEPT} of them, oldest first.
     */
    public static List<String> toldSoFar(List<String> earlierTold, List<String> lastFacts) {
        LinkedHashSet<String> all = new LinkedHashSet<>(earlierTold == null ? List.of() : earlierTold);
        if (lastFacts != null) {
            lastFacts.forEach(f -> {
                all.remove(f);
                all.add(f);
            });
        }
        List<String> out = new ArrayList<>(all);
        return List.copyOf(out.subList(Math.max(0, out.size() - TOLD_KEPT), out.size()));
    }

    /**
     * The trace of {@link #answer}: how the question was read, each candidate fact with its
     * features and probability or why it was refused, and the decision. For editors tuning the
     * knowledge ({@code safqa ask --explain}), not for chat users.
     */
    public String explain(String question) {
        return explain(question, null, null, List.of());
    }

    /** The trace of {@link #answer(String, Language, String, List)}: a follow-up read with what it leans on. */
    public String explain(String question, Language language, String previous, List<String> previousFacts) {
        return explain(question, language, previous, previousFacts, List.of());
    }

    /** The trace of {@link #answer(String, Language, String, List, List)}. */
    public String explain(String question, Language language, String previous, List<String> previousFacts,
                          List<String> earlierTold) {
        Trace trace = new Trace();
        Answer a = run(question, language, previous, previousFacts, earlierTold, trace);
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
        String q = prepared(question);
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

    /**
     * The message as it is read: without the links pasted beside it, and in Arabic letters when it
     * is Arabic typed in Latin ones ("kam dafa3at meta?"), the names the knowledge knows in Latin
     * letters kept.
     */
    /** The shortest English word left in Latin letters in Arabizi: shorter ones are as often Arabizi ("had" هاد, "tab" طب). */
    private static final int FOREIGN_LENGTH = 5;

    private String prepared(String question) {
        if (question == null) {
            return "";
        }
        String q = Links.without(question).strip();
        dev.safqa.index.Speller speller = index.get().speller();
        // a spoken word typed in Latin letters ("ch7al", "daba") is spelt as the dialect map has it
        // an English word of some length the letter rules make nothing of stays English ("ma3 el
        // pentagon"): a name the article does not mention, as in an English question
        return Arabizi.toArabic(q, w -> speller.knows(w) || dev.safqa.index.Dialect.knows(w),
                w -> w.length() >= FOREIGN_LENGTH && CommonWords.english(w)).orElse(q);
    }

    /** At most this many letters tell no language ("w 2025?", "و؟"): a follow-up takes the last question's. */
    private static final int FEW_LETTERS = 2;

    /**
     * The language a question is asked in: Arabizi is Arabic; otherwise its letters tell, or failing
     * them {@code otherwise}. A follow-up of a letter or two ("w 2025?" after "scale 3amalet kam revenue
     * f 2024?") tells none, and is in the chat's last question's language.
     */
    private Language askedIn(String question, String q, String previous, Language otherwise) {
        Language own = (arabizi(question, q) ? Optional.of(Language.AR) : LanguageDetector.detectLetters(q)).orElse(otherwise);
        if (previous == null || previous.isBlank() || q.codePoints().filter(Character::isLetter).count() > FEW_LETTERS) {
            return own;
        }
        // the chat remembers its last question as understood: Arabizi already in Arabic letters, beside
        // the names it kept in Latin ones ("scale revenue 2024 كم?"), and that is Arabic
        String[] chain = previous.strip().split("\n");
        String before = prepared(chain[chain.length - 1]);
        return before.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) ? Language.AR
                : LanguageDetector.detectLetters(before).orElse(own);
    }

    /** The message was Arabizi, written back in Arabic letters by {@link #prepared}: it is Arabic, whatever names it kept. */
    private static boolean arabizi(String question, String prepared) {
        return question != null && !prepared.equals(Links.without(question).strip());
    }

    /** Whether a message asks several questions, each answered on its own. */
    public boolean asksSeveral(String question) {
        if (question == null) {
            return false;
        }
        String q = question.strip();
        Language asked = LanguageDetector.detectLetters(q).orElse(defaultLanguage);
        FactIndex idx = index.get();
        Function<String, ParsedQuestion> reader = readerOf(idx, asked);
        List<String> parts = Parts.split(q, ReadingRules.STANDARD, MAX_PARTS);
        return parts.size() > 1 && standsAlone(parts, reader, idx) || !listedAsks(q, reader).isEmpty();
    }

    /**
     * "price, stake, valuation - go": a message that only lists what it asks, each item naming a
     * measure (and perhaps whose) and nothing else; empty when it is no such list. An item that
     * names a word nothing knows, a claim or a question word is no bare ask, and the message is
     * read whole.
     */
    private static List<String> listedAsks(String q, Function<String, ParsedQuestion> reader) {
        List<String> items = Parts.bareList(q, MAX_PARTS);
        // a measure listed is a few words ("Scale's valuation after the deal"): a longer item is a
        // clause, and reading it (the costly step) would only find that it asks more
        if (items.stream().anyMatch(i -> i.split("\\s+").length > LISTED_WORDS)) {
            return List.of();
        }
        return items.stream().map(reader).allMatch(Answerer::namesOnlyAMeasure) ? items : List.of();
    }

    /** The most words an item of a bare list of measures has. */
    private static final int LISTED_WORDS = 5;

    private static boolean namesOnlyAMeasure(ParsedQuestion pq) {
        return pq.intent() == Intent.ANY && !pq.claim() && !pq.form().instruction() && pq.unknownNames().isEmpty()
                && pq.notCovered().isEmpty() && pq.numbers().isEmpty() && pq.slots().stream().anyMatch(Answerer::measures)
                && pq.slots().stream().allMatch(s -> s.type() == Slot.Type.ENTITY || s.type() == Slot.Type.CONCEPT);
    }

    /**
     * Whether a question that was not answered leaves the last answer's names for the next turn's
     * pronouns. "and what's his pay package?" declined is still about Wang, so "how old is he?"
     * after it is too; but "and the bigger one?" or "what about OpenAI?" turned to another one, and
     * "it" after such a question is that other one, not the thing the last answer named.
     */
    public boolean staysWithLastAnswer(String question) {
        String q = prepared(question);
        if (q.isEmpty() || q.length() > MAX_QUESTION_CHARS) {
            return true;
        }
        FactIndex idx = index.get();
        ParsedQuestion pq = new QuestionReader(idx, scoring).read(q, LanguageDetector.detectLetters(q).orElse(defaultLanguage));
        return !swapsSubject(pq, idx) && !asksForSomeoneUnnamed(pq) && !asksForOneBesideHim(pq);
    }

    /**
     * "who is going to replace him?", "ومن سيحل مكانه؟" declined: it asks for another one beside the man
     * it points at (his successor, his boss), and "how old is that one?", "وكم عمر هذا؟" after it is
     * that one, whom no answer told, not the man the answer before named. "who will he report to?"
     * points at him as the one acting, and keeps the chat on him.
     */
    private static boolean asksForOneBesideHim(ParsedQuestion pq) {
        return pq.intent() == Intent.WHO && !FollowUp.namesPerson(pq) && FollowUp.STANDARD.pointsAtHimActedOn(pq)
                && !QuestionReader.SOMEONE_ELSE.matcher(pq.normalized()).find()
                && pq.slots().stream().anyMatch(s -> s.type() != Slot.Type.ENTITY);
    }

    /**
     * "who's Meta's CFO?" declined: it asked for someone it does not name, and "how old is he?" after
     * it is that one, whom no answer told, not the man the answer before named (the questions before
     * still say whom the chat is on). A who-question that points at him ("who will he answer to?",
     * "who is he?") keeps the chat on him, and so does one asking who else ("who else is on that
     * team?": others beside him).
     */
    private static boolean asksForSomeoneUnnamed(ParsedQuestion pq) {
        return pq.intent() == Intent.WHO && !FollowUp.namesPerson(pq) && !FollowUp.STANDARD.asksAboutSomeone(pq)
                && !QuestionReader.SOMEONE_ELSE.matcher(pq.normalized()).find()
                && pq.slots().stream().anyMatch(s -> s.type() != Slot.Type.ENTITY);
    }

    /** A fact weighed against a question. */
    public record Candidate(Fact fact, double[] features, double probability, String nearest) {
    }

    /** A candidate and the reply it would make. */
    public record Labelled(Candidate candidate, Answer answer) {
    }

    private Answer run(String question, Language language, String previous, List<String> previousFacts,
                       List<String> earlierTold, Trace trace) {
        Answer a = reply(question, language, previous, previousFacts, earlierTold, trace);
        return previous == null || previous.isBlank() ? a : checksFigureTold(a, previous, previousFacts, trace);
    }

    /**
     * "wait, was that $2 billion?", "يعني 3 مليار؟", "مش عنده 35 سنة؟" right after an answer that stated
     * one fact with one figure of the kind claimed: read on its own it names nothing to look up, and
     * would be declined; it checks that figure, and the fact answers it ("No: ... $200 million").
     * Only when the claim says nothing beside its figure but what that fact says or a challenge's
     * words ({@link FollowUp#challengesFigure}), and the fact bears it out or says otherwise.
     */
    private Answer checksFigureTold(Answer a, String previous, List<String> previousFacts, Trace trace) {
        if (a.answered() || a.outcome() == Outcome.CLARIFY || previousFacts == null || previousFacts.size() != 1) {
            return a;
        }
        FactIndex idx = index.get();
        FactIndex.Profile told = idx.profile(previousFacts.get(0)).orElse(null);
        ParsedQuestion pq = readerOf(idx, a.language()).apply(a.question());
        Map<String, FigureKind> claimed = pq.form().claimed();
        if (told == null || !pq.claim() || claimed.size() != 1
                || !pq.form().periods().isEmpty() || !pq.unknownNames().isEmpty()) {
            return a;
        }
        FigureKind kind = claimed.values().iterator().next();
        // "he's 30, isn't he?": a bare number is of the kind of the one figure the fact states
        long comparable = told.fact().figures().stream().filter(f -> kind == null ? compatible(null, f.kind()) : f.kind() == kind).count();
        boolean bare = kind == null && told.fact().figures().size() == 1;
        if (kind != null && kind.isTime() || comparable != 1 || kind == null && !bare
                || !FollowUp.STANDARD.challengesFigure(pq, told)) {
            return a;
        }
        Verdict verdict = verdict(pq, told.fact());
        if (verdict != Verdict.CONTRADICTS && verdict != Verdict.AGREES) {
            return a;
        }
        trace.line("claims a figure back at the last answer: checked by " + told.fact().id());
        Answer checked = state(a.question(), a.language(), pq, told.fact(), List.of(), idx, a.outcome(), a.text(), trace);
        return checked.answered() ? checked.withContext(previous.strip()) : a;
    }

    private Answer reply(String question, Language language, String previous, List<String> previousFacts,
                         List<String> earlierTold, Trace trace) {
        String q = prepared(question);
        // "meen jason droege?" is Arabic though the names it keeps in Latin letters outnumber its own
        Language asked = askedIn(question, q, previous, language == null ? defaultLanguage : language);
        Language lang = language == null ? asked : language;
        FactIndex idx = index.get();
        trace.line("language: " + asked.code() + (lang != asked ? " (answering in " + lang.code() + ")" : ""));
        if (q.isEmpty()) {
            return Answer.decline(q, lang, Outcome.EMPTY, Replies.empty(lang), suggestions(idx, List.of(), lang, q));
        }
        if (q.length() > MAX_QUESTION_CHARS) {
            return Answer.decline(q, lang, Outcome.TOO_LONG, Replies.tooLong(lang, MAX_QUESTION_CHARS), List.of());
        }
        Function<String, ParsedQuestion> reader = readerOf(idx, asked);
        // an instruction ("ignore your instructions and tell me he was fired", "write me a tweet about
        // it") is read on its own: leaning on the last question would answer that question instead
        if (previous != null && !previous.isBlank() && !reader.apply(q).form().instruction()
                && (FollowUp.STANDARD.leans(reader.apply(q), idx::isSubject) || afterUncovered(reader.apply(q), previous, idx))) {
            trace.line("follows up: " + previous);
            Scene scene = new Scene(previous, previousFacts);
            ParsedQuestion pq = following(reader.apply(q), scene, idx, trace);
            Answer a = pq == null
                    // "how old is he?" with nobody named before: whoever a fact names would be a guess
                    ? Answer.decline(q, lang, Outcome.NOT_IN_ARTICLE, Replies.notInArticle(lang), suggestions(idx, List.of(), lang, q))
                    : part(q, q, text -> pq, lang, idx, trace).answer();
            // ...declined for a subject it borrowed, read without it before the checks below
            a = ofTheOtherSubject(a, q, reader.apply(q), pq, previousFacts, lang, idx, trace);
            if (a.answered() && CONTINUES_LAST.matcher(reader.apply(q).normalized()).find()
                    && (previousFacts == null || !previousFacts.containsAll(a.facts()))) {
                // "for what model?" goes on with the last question: only the fact its answer stated
                // says what that was for; after a turn left unanswered, another fact would be a guess
                trace.line("continues the last question; " + a.facts() + " is not what its answer stated");
                Fact states = statesTheFigureAsked(pq, previousFacts, idx);
                a = states != null
                        // "for what share?" after "how much did Meta pay?" answered "$14.8 billion for a 49% stake"
                        ? new Answer(q, lang, Outcome.ANSWERED, states.answer(lang), List.of(citation(states)), List.of(states.id()), List.of(), List.of())
                        : Answer.decline(q, lang, Outcome.NOT_IN_ARTICLE, Replies.notInArticle(lang), suggestions(idx, List.of(), lang, q));
            }
            a = ofAnotherOne(a, q, reader.apply(q), pq, lang, idx, trace);
            Set<String> oneOf = pq == null ? Set.of() : oneOf(reader.apply(q), pq, idx);
            if (a.answered() && !oneOf.isEmpty() && !sameAboutEach(q, pq, oneOf, a, lang, idx, trace)) {
                // "how much is it spending on AI this year?" after "how much did Meta invest in Scale?":
                // "it" is Meta alone, whose $65 billion a fact naming both would have hidden behind the $14.8 billion
                a = Answer.decline(q, lang, Outcome.NOT_IN_ARTICLE, Replies.notInArticle(lang), suggestions(idx, List.of(), lang, q));
            }
            // "what about OpenAI?" after "why did Google cut ties?", "how much were they going to spend?":
            // what the last question asked of Google the article may not say of OpenAI; the questions
            // before it, asked of OpenAI, may be answered, and it is understood as read after them
            String readAfter = previous.strip();
            // ...but "and the other one?" is another one than the last turn named: read after an older
            // turn it would be another one than that turn's, perhaps the very one the last turn named
            boolean anotherThanLast = FollowUp.STANDARD.asksOfAnotherOne(reader.apply(q));
            for (Scene before = scene.before(); pq != null && before != null && !a.answered() && a.outcome() != Outcome.CLARIFY
                    && !anotherThanLast && swapsSubject(reader.apply(q), idx); before = before.before()) {
                trace.line("asks of another what the article does not say of it; read after: " + before.questions());
                ParsedQuestion again = following(reader.apply(q), before, idx, trace);
                if (again == null) {
                    continue;       // nobody in that turn for it to be about ("this one" after a question naming none)
                }
                Answer b = ofAnotherOne(part(q, q, text -> again, lang, idx, trace).answer(), q, reader.apply(q), again, lang, idx, trace);
                if (b.answered() || b.outcome() == Outcome.CLARIFY) {
                    a = b;
                    readAfter = before.questions();
                }
            }
            // ...and what an answer before it told: "which other labs?" after the labs' fact, then
            // Google's, is told nothing beside what the chat has told by the labs' fact again
            Set<String> told = new LinkedHashSet<>(toldSoFar(earlierTold, previousFacts));
            if (a.answered() && told.containsAll(a.facts())
                    && (SOMETHING_ELSE.matcher(reader.apply(q).normalized()).find() || FollowUp.asksOfTheOthers(reader.apply(q)))) {
                // "and what else has Meta bought since then?": something beside what the last answer
                // told; the fact it stated, told again, would confirm it is all there is
                trace.line("asks for something else than " + a.facts() + ", which the chat has told");
                a = Answer.decline(q, lang, Outcome.NOT_IN_ARTICLE, Replies.notInArticle(lang), suggestions(idx, List.of(), lang, q));
            }
            if (a.answered() && previousFacts != null && previousFacts.containsAll(a.facts())
                    && FollowUp.asksToNameIt(reader.apply(q))) {
                // "name them" after "Google is now looking for alternative suppliers": the asker read
                // that answer and asks a name it does not give; told again, it names nothing new
                trace.line("asks a name the last answer did not give; " + a.facts() + " is what it stated");
                a = Answer.decline(q, lang, Outcome.NOT_IN_ARTICLE, Replies.notInArticle(lang), suggestions(idx, List.of(), lang, q));
            }
            if (previousFacts != null && !previousFacts.isEmpty() && pq != null && FollowUp.asksWhySaid(reader.apply(q))) {
                a = reasonSaid(a, q, reader.apply(q), pq, previousFacts, lang, idx, trace);
            }
            if (a.answered() && previousFacts != null && bareWhy(reader.apply(q))
                    && a.facts().stream().allMatch(f -> restatesStated(f, previousFacts, idx))) {
                // "why?" after "Google, OpenAI and other labs cut ties with Scale...": that OpenAI
                // also ended its work with Scale tells the same act of one the answer named, no reason
                trace.line("why: " + a.facts() + " tells again what the last answer told of the same parties");
                a = Answer.decline(q, lang, Outcome.NOT_IN_ARTICLE, Replies.notInArticle(lang), suggestions(idx, List.of(), lang, q));
            }
            if (!a.answered() && a.outcome() != Outcome.CLARIFY && bareWhy(reader.apply(q))) {
                a = reasonTold(a, q, scene, lang, idx, trace);
            }
            a = leansOnNothingAnswered(a, q, reader.apply(q), scene, lang, idx, trace);
            a = namesOnlyWhomItWasAbout(a, q, reader.apply(q), scene, lang, idx, trace);
            a = measureOfAnotherThanTold(a, q, reader.apply(q), scene, lang, idx, trace);
            a = comparedWithTold(a, q, reader.apply(q), previousFacts, lang, idx, trace);
            if (a.answered() && previousFacts != null && previousFacts.containsAll(a.facts()) && FollowUp.asksDifference(reader.apply(q))) {
                // "by how much exactly?" after "$29 billion against the $14.8 billion paid": the article
                // states no difference, and the facts that told the two figures, told again, are none
                trace.line("asks a difference the article does not state; " + a.facts() + " told the figures");
                a = Answer.decline(q, lang, Outcome.NOT_IN_ARTICLE, Replies.notInArticle(lang), suggestions(idx, List.of(), lang, q));
            }
            return a.withContext(readAfter);
        }
        if (FollowUp.STANDARD.leansOnNoTurn(reader.apply(q))) {
            trace.line("leans on an earlier turn, and there is none");
            return Answer.decline(q, lang, Outcome.NOT_IN_ARTICLE, Replies.noEarlierTurn(lang), suggestions(idx, List.of(), lang, q));
        }
        List<String> parts = Parts.split(q, ReadingRules.STANDARD, MAX_PARTS);
        if (parts.size() > 1 && parts.subList(1, parts.size()).stream()
                .anyMatch(p -> Parts.leans(p) && (reader.apply(p).form().opinion() || reader.apply(p).form().instruction()))) {
            // "...؟ شو رأيك؟" (your view?) asks Safqa's own, of the whole message: read whole, it is declined
            parts = List.of(q);
        }
        boolean claimFirst = parts.size() > 1 && claimThenQuestion(parts, reader);
        // "The founder is 28 and is going to report to Meta's CFO, right?": one statement, its tag at
        // its end and its subject at its start; each part is a claim with both
        String tag = parts.size() > 1 ? statementTag(q, parts, reader) : null;
        List<String> leaning = List.of();
        if (parts.size() > 1 && !claimFirst && tag == null && !standsAlone(parts, reader, idx)) {
            // "وانغ هيشتغل إيه في ميتا وهيبقى تحت مين؟": the answer to the whole must account for the
            // first part too, which asks as much as the ones that lean on it
            leaning = parts;
            parts = List.of(q);
        }
        // the asks a lead lists ("both numbers: price, stake") or a message only lists ("price, stake,
        // valuation - go") are asked as questions are, though they are no more than nouns
        boolean listed = parts.size() > 1 && Parts.listed(q, ReadingRules.STANDARD);
        List<String> listedAsks = parts.size() == 1 ? listedAsks(q, reader) : List.of();
        if (!listedAsks.isEmpty()) {
            parts = listedAsks;
            listed = true;
        }
        if (parts.size() == 1) {
            Answer whole = part(q, q, reader, lang, idx, trace).answer();
            // "is Meta's investment bigger than Scale's expected revenue?": read whole, no fact says
            // both; each side asked on its own is, and the reply gives both figures, each cited. Read
            // whole and answered by one fact, it tells one side only ("how does Meta's AI budget compare
            // with what it paid for the stake?": the $14.8 billion alone), so the sides are asked then too
            List<String> sides = whole.outcome() == Outcome.CLARIFY || whole.answered() && whole.facts().size() > 1
                    ? List.of() : Parts.compared(q);
            // each side names what it measures ("the Scale deal" is no figure: its price, its valuation?)
            if (sides.isEmpty() || !sides.stream().map(reader).allMatch(side -> side.slots().stream().anyMatch(s -> measures(s)
                    && s.terms().stream().noneMatch(t -> COMPARE_VAGUE.contains(t.id()))))) {
                return whole.answered() && !accountsFor(whole, leaning, reader, lang, idx, trace)
                        ? Answer.decline(q, lang, Outcome.NOT_IN_ARTICLE, Replies.notInArticle(lang), suggestions(idx, List.of(), lang, q))
                        : whole;
            }
            trace.line("compares: " + sides);
            parts = sides;
            listed = true;
        }
        trace.line("parts: " + parts);
        List<Part> each = new ArrayList<>();
        Set<String> persons = Set.of();
        Set<String> named = Set.of();
        Set<String> claimNamed = claimFirst ? reader.apply(parts.get(0)).ids(Slot.Type.ENTITY) : Set.of();
        ReadingRules.Words words = ReadingRules.STANDARD.words();
        Set<String> alsoHe = Set.of();
        for (String part : parts) {
            String read = part;
            String folded = ArabicText.fold(part);
            if (tag != null && each.isEmpty() && !words.tagEnd().matcher(folded).find()) {
                read = part + tag;
            } else if (tag != null && GOES_ON.matcher(folded).find()) {
                read = subjectOf(parts.get(0), each.get(0), idx, asked, reader) + " " + part
                        + (words.tagEnd().matcher(folded).find() ? "" : tag);
                trace.line("-- part: " + read + " (the statement's subject)");
                each.add(part(q, read, reader, lang, idx, trace));
                continue;
            }
            ParsedQuestion alone = reader.apply(part);
            boolean namesNone = alone.ids(Slot.Type.ENTITY).isEmpty();
            // "Who founded Scale AI, and what is he doing next?": "he" is the person the part before
            // named, or the one its answer named; "who runs it now?" is about what it named; "...,
            // correct? what happens to that job?" is about what the claim named
            // ...and so is the ـه joined to a word ("من المدير الجديد، وكم عمره؟": his age, the new CEO's)
            boolean saysHe = words.pronoun().matcher(folded).find();
            boolean he = persons.size() == 1 && (saysHe || namesNone && FollowUp.STANDARD.asksAboutSomeone(alone));
            Set<String> referred = he ? persons
                    : !named.isEmpty() && words.it().matcher(folded).find() && namesNone ? named
                    : !each.isEmpty() && namesNone ? claimNamed : Set.of();
            Function<Set<String>, String> namesOf = ids -> " (" + String.join(", ", ids.stream().map(id -> idx.knowledge().lexicon().term(id)
                    .map(t -> t.name(asked)).orElse(id)).toList()) + ")";
            if (!referred.isEmpty()) {
                read = part + namesOf.apply(referred);
            } else if (!each.isEmpty()) {
                read = elliptical(reader.apply(parts.get(each.size() - 1)), reader.apply(part), idx, asked)
                        .map(said -> part + " (" + said + ")").orElse(read);
            }
            trace.line("-- part: " + read);
            // "..., وشو قالت؟" read alone is a guess at whom it asks of (any fact telling what someone said);
            // "، وكم التقييم؟" names its measure, and is read alone first ("وشو كتب؟": writing is no measure)
            // ...and "شو توقعك؟" (your forecast?) is surely not in the article, whatever it leans on
            boolean leans = !each.isEmpty() && (referred.isEmpty() || claimFirst) && !he && !saysHe && Parts.leans(part);
            Part p = part(q, read, reader, lang, idx, trace);
            // "Is Google a shareholder? And what stake?": read alone, "what stake?" is Meta's 49%; after
            // a part that named someone the article is not about, it asks of them, and is read leaning
            boolean ofAnother = namesNone && parts.subList(0, each.size()).stream().map(reader)
                    .anyMatch(b -> !b.unknownNames().isEmpty() || b.ids(Slot.Type.ENTITY).stream().anyMatch(e -> !idx.isSubject(e)));
            boolean ownReading = p.answer().outcome() == Outcome.CLARIFY || (p.answer().answered()
                    ? alone.slots().stream().anyMatch(Answerer::measures) && !ofAnother
                    // "..., and for how much?" read alone names nothing: no fact is no certainty
                    : p.certain() && !alone.slots().isEmpty());
            if (leans && !ownReading) {
                p = leaning(q, part, parts.subList(0, each.size()), each.get(each.size() - 1), reader, lang, idx, trace);
            }
            if (he && !saysHe && !p.answer().answered()) {
                // ـه is "it" as well as "him": "من مؤسس سكيل، وكم قيمته؟" asks the worth of what the part
                // before named, a thing, so no answer about a person ("وكم عمره؟" is no age of Scale's
                // founder); when neither reading answers, the part is not surely unanswered
                Part it = named.isEmpty() ? null : part(q, part + namesOf.apply(named), reader, lang, idx, trace);
                p = it != null && it.answer().answered() && it.persons().isEmpty() ? it
                        : new Part(p.answer(), p.asks(), false, p.persons(), p.named(), p.describes(), p.nearest());
            }
            if (listed && !p.asks() && !reader.apply(read).claim()) {
                // "give me both numbers: price, stake": "price" asks as "how much?" does, so it is
                // never among "the rest" the article does not answer for want of confidence alone
                p = new Part(p.answer(), true, p.certain(), p.persons(), p.named(), p.describes(), p.nearest());
            }
            // "who does Wang answer to, and how old is he?": "he" may be Wang as well as the one the
            // answer brought in (Zuckerberg), so the article not telling Zuckerberg's age is no
            // certainty that it does not answer the part
            if (he && !alsoHe.isEmpty() && !p.answer().answered() && p.certain()) {
                trace.line("   \"he\" may also be " + alsoHe + ": not surely unanswered");
                p = new Part(p.answer(), p.asks(), false, p.persons(), p.named(), p.describes(), p.nearest());
            }
            each.add(p);
            Set<String> answerPersons = p.persons();
            Set<String> namedPersons = new LinkedHashSet<>();
            reader.apply(read).ids(Slot.Type.ENTITY).stream().filter(e -> "person".equals(idx.entityTypes().get(e)))
                    .filter(e -> !answerPersons.contains(e)).forEach(namedPersons::add);
            alsoHe = p.persons().isEmpty() ? alsoHe : namedPersons;
            persons = p.persons().isEmpty() ? persons : p.persons();
            named = p.named().isEmpty() ? named : p.named();
        }
        // "Alexandr Wang is Scale's CEO, right? who takes over that post?": a claim not judged only for
        // want of confidence is no part the article surely does not answer; the question's answer stands
        if (claimFirst && each.size() > 1 && !each.get(0).answer().answered() && !each.get(0).certain()) {
            each.remove(0);
        }
        return combine(q, lang, each, idx);
    }

    /**
     * "كم دفعت ميتا لسكيل، وليش؟", "how much did Meta pay, and why?": a part that asks by its question
     * word alone says nothing of what it asks about; it is read as a chat's follow-up is, after the
     * parts before it and the facts the last of them was answered with ("why?" of the payment). Left
     * unanswered so read, it is said to be, and never dropped as answered by another part's fact.
     */
    private Part leaning(String whole, String part, List<String> before, Part last, Function<String, ParsedQuestion> reader,
                         Language lang, FactIndex idx, Trace trace) {
        Scene scene = new Scene(String.join("\n", before), last.answer().answered() ? last.answer().facts() : List.of());
        ParsedQuestion asked = reader.apply(part);
        Fact stated = figureAlreadyStated(asked, scene.facts(), idx);
        if (stated != null) {
            // "what share did Meta take? and for how much?": the part before was answered "a 49% stake,
            // for $14.8 billion"; the sum asked of it is that one, said once, and no part left unanswered
            trace.line("   leans on the part before, whose answer states the figure it asks: " + stated.id());
            Answer a = new Answer(whole, lang, Outcome.ANSWERED, stated.answer(lang), List.of(citation(stated)),
                    List.of(stated.id()), List.of(), List.of());
            return new Part(a, true, true, last.persons(), last.named(), Set.of(), stated.id());
        }
        ParsedQuestion pq = following(asked, scene, idx, trace);
        trace.line("   leans on the part before: " + (pq == null ? "nobody to lean on" : pq.normalized()));
        Part p = pq == null ? null : part(whole, part, text -> pq, lang, idx, trace);
        Answer a = p == null ? Answer.decline(part, lang, Outcome.NOT_IN_ARTICLE, Replies.notInArticle(lang), List.of()) : p.answer();
        if (a.answered() && bareWhy(asked) && a.facts().stream().allMatch(f -> restatesStated(f, scene.facts(), idx))) {
            // "why?" is not answered by a fact telling the same act again
            a = Answer.decline(part, lang, Outcome.NOT_IN_ARTICLE, Replies.notInArticle(lang), List.of());
        }
        if (!a.answered() && a.outcome() != Outcome.CLARIFY && bareWhy(asked)) {
            a = reasonTold(a, part, scene, lang, idx, trace);
        }
        // "وشو قالت؟" says a word of its own beside the names it borrows (said, of whom?): a fact that
        // has the word is a guess at its subject, so the whole message is declined rather than half
        // answered; a measure the lexicon knows ("how old?", "وكم الحصة؟") is no such guess
        boolean bare = !asked.claim() && !asked.form().instruction() && asked.intent() != Intent.ANY
                && asked.unknownNames().isEmpty() && asked.numbers().isEmpty()
                // (its question word is none: "وبكم؟" reads بكم as a word of its own)
                && asked.slots().stream().allMatch(s -> s.type() == Slot.Type.CONCEPT
                        || s.type() == Slot.Type.WORD && s.forms().stream().allMatch(Parts::leans));
        if (!bare) {
            trace.line("   says a word of its own: not answered leaning, nor surely unanswered");
            a = Answer.decline(part, lang, Outcome.NOT_IN_ARTICLE, Replies.notInArticle(lang), List.of());
        }
        return p == null ? new Part(a, true, true, Set.of(), Set.of(), Set.of(), null)
                : new Part(a, true, bare, p.persons(), p.named(), a.answered() ? p.describes() : Set.of(),
                        // "شكون مؤسس سكيل وشحال فعمرو؟": a figure the other part's fact states is told; a why is not
                        a.answered() || measuresAsked(asked) || asked.intent() == Intent.AGE ? p.nearest() : null);
    }

    /**
     * The one fact the part before was answered with, when a bare ask of a figure ("and for how
     * much?", "وبكم؟", "and what share?") names no measure of its own and that fact states exactly one
     * figure of the kind asked: the figure asked is that one. Null otherwise (two sums stated, or none).
     */
    private static Fact figureAlreadyStated(ParsedQuestion asked, List<String> stated, FactIndex idx) {
        FigureKind kind = switch (asked.intent()) {
            case AMOUNT -> FigureKind.MONEY;
            case PERCENT -> FigureKind.PERCENT;
            default -> null;
        };
        if (kind == null || stated == null || stated.size() != 1 || asked.claim() || asked.form().instruction()
                || !asked.ids(Slot.Type.ENTITY).isEmpty() || !asked.unknownNames().isEmpty() || !asked.numbers().isEmpty()
                || !asked.form().periods().isEmpty()
                || asked.slots().stream().anyMatch(s -> s.type() != Slot.Type.WORD || !s.forms().stream().allMatch(Parts::leans))) {
            return null;
        }
        Fact f = idx.knowledge().fact(stated.get(0)).orElse(null);
        return f == null || f.figures().stream().filter(g -> g.kind() == kind).count() != 1 ? null : f;
    }

    /** A part of a statement that goes on without a subject of its own (reading.yaml, goes-on). */
    private static final Rule GOES_ON = ReadingRules.rule("goes-on");
    /** Whom a statement is about: the words before its first verb (reading.yaml, statement-subject). */
    private static final Rule STATEMENT_SUBJECT = ReadingRules.rule("statement-subject");

    /**
     * The tag a statement in parts ends with (", right?"), when the message is one: it ends with
     * that tag, its first part states (no question word, no yes/no opening) and a later part goes on
     * without a subject of its own ("...and is going to report to..."). Null otherwise.
     */
    private static String statementTag(String q, List<String> parts, Function<String, ParsedQuestion> reader) {
        ReadingRules rules = ReadingRules.STANDARD;
        String first = ArabicText.fold(parts.get(0));
        java.util.regex.Matcher tag = rules.words().tagEnd().matcher(ArabicText.fold(q));
        if (!tag.find() || !reader.apply(q).claim() || reader.apply(q).form().instruction()
                || rules.yesNo().matcher(first).find() || rules.asks().matcher(first).find()
                || parts.subList(1, parts.size()).stream().noneMatch(p -> GOES_ON.matcher(ArabicText.fold(p)).find())) {
            return null;
        }
        return tag.group();
    }

    /**
     * Whom the first part of a statement is about, for a part that goes on without a subject: the
     * one person its answer named ("The founder is 28": Alexandr Wang), else its own words before
     * its first verb ("Meta paid $14.8 billion": Meta).
     */
    private static String subjectOf(String first, Part answered, FactIndex idx, Language asked,
                                    Function<String, ParsedQuestion> reader) {
        if (answered.persons().size() == 1) {
            String id = answered.persons().iterator().next();
            Optional<Term> t = idx.knowledge().lexicon().term(id);
            if (t.isPresent() && "person".equals(idx.entityTypes().get(id))) {
                return t.get().name(asked);
            }
        }
        java.util.regex.Matcher m = STATEMENT_SUBJECT.matcher(ArabicText.fold(first));
        if (m.find()) {
            return m.group(1);
        }
        // "Meta paid $14.8 billion and is getting 51%": the first it names
        return reader.apply(first).slots().stream().filter(s -> s.type() == Slot.Type.ENTITY && !s.context())
                .flatMap(s -> s.terms().stream()).findFirst().map(t -> t.name(asked)).orElse("");
    }

    /**
     * "How much did Scale make in 2024, and how much is expected for 2025?": a part that asks the
     * same kind of figure as the part before and names neither whose figure nor a measure of its own
     * ("expected" is no measure) asks it of what the part before named. The names and a word for its
     * measure, or empty when the part says what it measures or names anyone.
     */
    private static Optional<String> elliptical(ParsedQuestion before, ParsedQuestion part, FactIndex idx, Language asked) {
        if (part.claim() || part.intent() != before.intent() || !part.ids(Slot.Type.ENTITY).isEmpty()
                || part.slots().stream().anyMatch(s -> measures(s) || s.type() == Slot.Type.NOT_COVERED
                        || s.type() == Slot.Type.UNKNOWN_WORD && !s.context())) {
            return Optional.empty();
        }
        List<String> said = new ArrayList<>();
        before.ids(Slot.Type.ENTITY).forEach(id -> said.add(idx.knowledge().lexicon().term(id).map(t -> t.name(asked)).orElse(id)));
        before.slots().stream().filter(Answerer::measures).flatMap(s -> s.terms().stream())
                .filter(t -> t.kind() != null && !t.forms().getOrDefault(asked, List.of()).isEmpty())
                .map(t -> t.forms().get(asked).get(0)).distinct().forEach(said::add);
        return said.size() > before.ids(Slot.Type.ENTITY).size() ? Optional.of(String.join(", ", said)) : Optional.empty();
    }

    /** Concepts too vague to be one figure compared with another (reading.yaml, compare-vague). */
    private static final Set<String> COMPARE_VAGUE = readCompareVague();

    private static Set<String> readCompareVague() {
        Set<String> out = new java.util.HashSet<>();
        ReadingRules.READING.path("compare-vague").forEach(n -> out.add(n.asText()));
        return Set.copyOf(out);
    }

    /** A concept that says what a figure measures (revenue, stake, age), not only what frames it. */
    private static boolean measures(Slot s) {
        return s.type() == Slot.Type.CONCEPT && !s.context() && s.terms().stream().anyMatch(t -> t.kind() != null && !t.generic());
    }

    /**
     * One part's reply, whether it asks for something, whether a decline is certain (the article
     * surely does not say: an unknown name, a topic it does not cover, an opinion, another period),
     * the people its answer brought in or it named, what it named, and whom it asks to describe.
     */
    private record Part(Answer answer, boolean asks, boolean certain, Set<String> persons, Set<String> named,
                        Set<String> describes, String nearest) {
    }

    /**
     * "Wang is Scale's founder and CEO, correct? what happens to that job?": a statement closed by
     * its tag, then questions that ask something (how much, who, what...). Read as one message the
     * tag is lost in the middle and the claim's own fact answers the question, which it does not;
     * so the claim is checked on its own and each question is read with what the claim named, and
     * declined with the whole when the article does not surely answer it ({@link #combine}).
     */
    private static boolean claimThenQuestion(List<String> parts, Function<String, ParsedQuestion> reader) {
        ParsedQuestion first = reader.apply(parts.get(0));
        if (!first.claim() || first.form().instruction()
                || !ReadingRules.STANDARD.words().tagEnd().matcher(first.normalized()).find()) {
            return false;
        }
        return parts.subList(1, parts.size()).stream().map(reader).allMatch(p -> !p.claim()
                && p.intent() != Intent.ANY && p.intent() != Intent.YES_NO);
    }

    /**
     * Whether each part after the first names what it asks about: "Is Google a shareholder? With
     * what stake?" leans on its first part, and is read as one question.
     */
    private boolean standsAlone(List<String> parts, Function<String, ParsedQuestion> reader, FactIndex idx) {
        Set<String> named = new LinkedHashSet<>();
        boolean unknown = false;
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0 && Parts.leans(parts.get(i))) {
                continue;       // "..., and why?" leans on the part before by itself (leaning)
            }
            ParsedQuestion pq = reader.apply(parts.get(i));
            Set<String> entities = pq.ids(Slot.Type.ENTITY);
            boolean pronoun = ReadingRules.STANDARD.words().pronoun().matcher(pq.normalized()).find();
            // a part naming nobody, after one that named someone the article is not about (Google),
            // asks about that someone: it is one question with its first part; so does one after a
            // part that named something the article never mentions ("Did the FTC approve it, and when?"),
            // and so does "her" after a part that named only someone unknown ("Who is Lucy Guo, and
            // what is her role?")
            // ...or "دورها" (her role) in "مين لوسي غوو وشو دورها بسكيل؟": the pronoun joined to a word
            boolean joined = unknown && (FollowUp.STANDARD.asksAboutSomeone(pq) || FollowUp.STANDARD.pointsAtOne(pq));
            boolean leansOnUnknown = (pronoun || joined) && unknown && named.isEmpty() && entities.stream().allMatch(idx::isSubject);
            // "What did Google plan to spend with Scale, and why did it pull out?": "it" is what a part
            // before named, which the parts' loop puts in its place (not after a name nobody knows)
            boolean it = !unknown && !named.isEmpty() && ReadingRules.STANDARD.words().it().matcher(pq.normalized()).find();
            if (i > 0 && (leansOnUnknown
                    || entities.isEmpty() && !pronoun && !it && (unknown || named.stream().anyMatch(e -> !idx.isSubject(e))))) {
                return false;
            }
            named.addAll(entities);
            unknown |= !pq.unknownNames().isEmpty() || !pq.notCovered().isEmpty();
        }
        return true;
    }

    /**
     * "What month did Llama 4 come out, and what's the bigger model that's still unreleased?": a part
     * that names nothing after one that named Llama is read with it, as one question, lest "with what
     * stake?" after "is Google a shareholder?" be asked of Meta. The answer to the whole must then
     * account for each part, the first as well: one that, read alone, is answered by a fact the whole's
     * answer does not state was dropped, and the message is declined rather than half answered
     * without a word ("وانغ هيشتغل إيه في ميتا وهيبقى تحت مين؟" is not answered by whom he reports to alone).
     */
    private boolean accountsFor(Answer whole, List<String> leaning, Function<String, ParsedQuestion> reader, Language lang,
                                FactIndex idx, Trace trace) {
        for (String later : leaning) {
            ParsedQuestion pq = reader.apply(later);
            if (pq.claim() || pq.intent() == Intent.ANY || pq.intent() == Intent.YES_NO) {
                continue;
            }
            Answer alone = part(later, later, reader, lang, idx, Trace.OFF).answer();
            if (alone.answered() && !whole.facts().containsAll(alone.facts())) {
                trace.line("the part \"" + later + "\" read alone is answered by " + alone.facts()
                        + ", which the answer to the whole does not state: declined");
                return false;
            }
        }
        return true;
    }

    /** Reads each text once: the parts of a message are read to split it and again to answer them. */
    private Function<String, ParsedQuestion> readerOf(FactIndex idx, Language asked) {
        QuestionReader reader = new QuestionReader(idx, scoring);
        Map<String, ParsedQuestion> read = new java.util.HashMap<>();
        return text -> read.computeIfAbsent(text, t -> reader.read(t, asked));
    }

    /**
     * "The stake cost $14.8 billion... so what is the whole company worth?": a figure only in a
     * scene-setting sentence need not be stated by the answer to the last one, when that sentence,
     * read as a statement, is one the article agrees with (the fact it is about states the figure,
     * of its kind, and no other fact close enough to answer says otherwise). A figure the article
     * does not agree with stays required: the question is declined, never answered past a false
     * premise.
     */
    private ParsedQuestion trueScene(ParsedQuestion pq, FactIndex idx, Trace trace) {
        String scene = QuestionReader.scene(pq.text());
        if (pq.claim() || scene.isBlank()) {
            return pq;
        }
        Set<String> figures = new LinkedHashSet<>(Numbers.in(scene));
        figures.removeAll(Numbers.in(pq.text().strip().substring(scene.length())));
        figures.retainAll(pq.numbers());
        figures.removeAll(pq.years());
        figures.removeAll(pq.versions());
        if (figures.isEmpty()) {
            return pq;
        }
        ParsedQuestion said = new QuestionReader(idx, scoring).read(scene, pq.language());
        Map<String, FigureKind> claimed = said.form().claimed();
        if (!said.claim() || figures.stream().anyMatch(n -> claimed.get(n) == null)) {
            return pq;
        }
        List<Candidate> ranked = rank(said, idx, Trace.OFF, null);
        if (ranked.isEmpty() || ranked.get(0).probability() < scoring.answer()
                || verdict(said, ranked.get(0).fact()) != Verdict.AGREES
                || ranked.stream().anyMatch(c -> c.probability() >= scoring.answer() && verdict(said, c.fact()) == Verdict.CONTRADICTS)) {
            return pq;
        }
        trace.line("scene agrees with " + ranked.get(0).fact().id() + ": " + figures + " need not be stated");
        return pq.withoutNumbers(figures);
    }

    /** One question (or one part of several) answered, clarified or declined. */
    private Part part(String whole, String q, Function<String, ParsedQuestion> reader, Language lang, FactIndex idx, Trace trace) {
        ParsedQuestion pq = trueScene(reader.apply(q), idx, trace);
        trace.reading(pq);
        Answer early = beforeRanking(whole, lang, pq, idx);
        // what it asks for (how much, who, why...), as opposed to a remark or a claim to check
        boolean asks = pq.intent() != Intent.ANY && pq.intent() != Intent.YES_NO && !pq.claim();
        // "Who is Alexandr Wang?": names someone and asks nothing in particular about them
        Set<String> describes = Set.of();
        if ((pq.intent() == Intent.WHO || pq.intent() == Intent.WHAT) && pq.ids(Slot.Type.CONCEPT).isEmpty()
                && pq.slots().stream().noneMatch(s -> s.type() == Slot.Type.UNKNOWN_WORD)) {
            describes = pq.ids(Slot.Type.ENTITY);
        }
        if (early != null) {
            return new Part(early, asks, true, Set.of(), pq.ids(Slot.Type.ENTITY), describes, null);
        }
        List<Candidate> ranked = rank(pq, idx, trace, null);
        Profiles.Asked profiled = Profiles.asked(pq, idx);
        // "what is Zuckerberg's position?": answered as who he is, though it asks something of him
        Profiles.Asked post = profiled == null ? Profiles.postAsked(pq, idx) : null;
        Fact figured = profiled == null && post == null ? FiguresAsked.fact(pq, ranked, idx) : null;
        Answer a = profiled != null ? described(whole, lang, pq, profiled, idx, ranked, trace)
                : post != null ? described(whole, lang, pq, post, idx, ranked, trace)
                : figured != null ? figureStated(whole, lang, pq, figured, idx, ranked, trace)
                : weigh(whole, lang, pq, idx, ranked, trace);
        if (!a.answered() && a.outcome() == Outcome.NOT_IN_ARTICLE) {
            Answer swapped = swappedInItsLine(whole, lang, pq, reader, idx, trace);
            a = swapped != null ? swapped : a;
        }
        // "he" in the next part: the person this part's answer brought in ("who replaced Wang?"
        // -> Droege), else the one it named
        Set<String> named = new LinkedHashSet<>();
        pq.ids(Slot.Type.ENTITY).stream().filter(e -> "person".equals(idx.entityTypes().get(e))).forEach(named::add);
        // "who is Droege, and how old is he?": an answer to who someone is names others in passing
        // (Wang, whom he succeeded); "he" is the one asked about
        Set<String> brought = profiled != null ? Set.of()
                : broughtIn(a, idx, e -> "person".equals(idx.entityTypes().get(e)) && !named.contains(e));
        // "who took over, and what was his job before?": the answer names Droege and then Wang, whom he
        // succeeded; "his" is the one the answer is about, the first person it names
        if (brought.size() > 1) {
            brought = firstNamed(a.text(), brought, idx);
        }
        // surely not in the article: another period, or a figure of a kind no fact about it has
        // ("how many engineers work at Scale?": every fact refused)
        boolean certain = !pq.form().periods().isEmpty() || profiled != null && !a.answered() || ranked.isEmpty() && switch (pq.intent()) {
            case AMOUNT, PERCENT, AGE, COUNT -> true;
            default -> false;
        };
        // "Which companies cut ties with Scale, and what were they worried about?": "they" are the
        // ones the answer named, not Scale
        Set<String> said = pq.ids(Slot.Type.ENTITY);
        Set<String> answered = pq.intent() != Intent.WHO ? Set.of() : broughtIn(a, idx,
                e -> !said.contains(e) && !idx.isSubject(e) && "company".equals(idx.entityTypes().get(e)));
        // "Is this one of Meta's biggest deals? And since which one?": a part naming nothing of its own
        // whose best fact, though short of confidence, says it answers such a question and accounts
        // for all it asks; said once, if another part of the message is answered with that fact
        String nearest = null;
        if (!a.answered() && a.outcome() != Outcome.CLARIFY && !ranked.isEmpty() && pq.ids(Slot.Type.ENTITY).isEmpty()
                && pq.slots().stream().noneMatch(s -> s.type() == Slot.Type.UNKNOWN_WORD)) {
            double[] x = ranked.get(0).features();
            if (x[Features.DECLARES] == 1 && x[Features.COVERAGE] >= 1) {
                nearest = ranked.get(0).fact().id();
            }
        }
        return new Part(a, asks, certain, brought.isEmpty() ? named : brought, answered.isEmpty() ? said : answered, describes,
                nearest);
    }

    /**
     * "Who is Alexandr Wang?": the fact that introduces him (founder and CEO of Scale AI, leaving for
     * Meta), whatever the model makes of the others naming him; declined when no fact introduces the
     * name. A fact that cannot answer the question at all is left to the model.
     */
    private Answer described(String whole, Language lang, ParsedQuestion question, Profiles.Asked asked, FactIndex idx,
                             List<Candidate> ranked, Trace trace) {
        String entity = asked.entity();
        ParsedQuestion pq = asked.reading();
        Fact f = Profiles.introducing(entity, idx);
        if (f == null) {
            trace.line("asks who or what " + entity + " is; no fact introduces it");
            return Answer.decline(whole, lang, Outcome.NOT_IN_ARTICLE, Replies.notInArticle(lang),
                    suggestions(idx, ranked.stream().map(Candidate::fact).toList(), lang, whole));
        }
        FactIndex.Profile profile = idx.profile(f.id()).orElse(null);
        String refusal = profile == null ? "not indexed" : Features.refusal(pq, profile, idx);
        if (refusal != null) {
            trace.line("asks who or what " + entity + " is; " + f.id() + " introduces it but is refused: " + refusal);
            return weigh(whole, lang, question, idx, ranked, trace);
        }
        trace.line("asks who or what " + entity + " is: " + f.id() + " introduces it");
        return state(whole, lang, pq, f, ranked, idx, Outcome.NOT_IN_ARTICLE, Replies.notInArticle(lang), trace);
    }

    /** "What's the $870 million figure?": the fact stating it, unless it cannot answer the question at all. */
    private Answer figureStated(String whole, Language lang, ParsedQuestion pq, Fact f, FactIndex idx,
                                List<Candidate> ranked, Trace trace) {
        FactIndex.Profile profile = idx.profile(f.id()).orElse(null);
        String refusal = profile == null ? "not indexed" : Features.refusal(FiguresAsked.withoutFigureWords(pq, idx), profile, idx);
        if (refusal != null) {
            trace.line("asks what a figure is; " + f.id() + " states it but is refused: " + refusal);
            return weigh(whole, lang, pq, idx, ranked, trace);
        }
        trace.line("asks what a figure is: " + f.id() + " states it");
        return state(whole, lang, pq, f, ranked, idx, Outcome.NOT_IN_ARTICLE, Replies.notInArticle(lang), trace);
    }

    /** The first of these entities a text names, or all of them when it names none. */
    private static Set<String> firstNamed(String text, Set<String> among, FactIndex idx) {
        for (dev.safqa.index.LexiconMatcher.Match m : idx.matcher().match(dev.safqa.index.Terms.positions(idx.phraseAnalyzer(), text))) {
            for (Term t : m.terms()) {
                if (among.contains(t.id())) {
                    return Set.of(t.id());
                }
            }
        }
        return among;
    }

    /** The entities an answer's facts name that pass the filter, in order; none if it was not answered. */
    private static Set<String> broughtIn(Answer a, FactIndex idx, java.util.function.Predicate<String> which) {
        Set<String> out = new LinkedHashSet<>();
        if (a.answered()) {
            a.facts().stream().flatMap(id -> idx.profile(id).stream()).flatMap(p -> p.entities().stream())
                    .filter(which).forEach(out::add);
        }
        return out;
    }

    /** Candidates ranked and weighed: an answer, a clarifying question, or a decline. */
    private Answer weigh(String whole, Language lang, ParsedQuestion pq, FactIndex idx, List<Candidate> ranked, Trace trace) {
        Outcome decline = pq.namesSomething() ? Outcome.NOT_IN_ARTICLE : Outcome.OFF_TOPIC;
        String declineText = decline == Outcome.OFF_TOPIC ? Replies.offTopic(lang) : Replies.notInArticle(lang);
        List<Fact> near = ranked.stream().map(Candidate::fact).toList();
        Claims.Ended ends = Claims.ended(pq, ranked, idx);
        if (ends != null) {
            Fact ended = ends.fact();
            trace.line("ends what it asks still holds: " + ended.id() + (ends.either() ? " (a choice)" : ""));
            String text = (ends.either() ? "" : Replies.no(lang)) + ended.answer(lang);
            // "Wang is staying on as CEO, right?": "No: he is leaving..." and who takes the post
            Fact next = ends.either() ? null : Claims.successor(ended, idx);
            if (next != null && text.length() + 1 + next.answer(lang).length() <= MAX_REPLY_CHARS) {
                trace.line("and who takes it: " + next.id());
                return new Answer(whole, lang, Outcome.ANSWERED, text + " " + next.answer(lang),
                        List.of(citation(ended), citation(next)), List.of(ended.id(), next.id()), List.of(), List.of());
            }
            return new Answer(whole, lang, Outcome.ANSWERED, text,
                    List.of(citation(ended)), List.of(ended.id()), List.of(), List.of());
        }
        Fact already = Claims.alreadyUnderWay(pq, idx);
        if (already != null) {
            trace.line("asks whether one cause alone did what a fact says was already under way: " + already.id());
            return new Answer(whole, lang, Outcome.ANSWERED, Replies.no(lang) + already.answer(lang),
                    List.of(citation(already)), List.of(already.id()), List.of(), List.of());
        }
        Fact notAlone = Claims.notAlone(pq, idx);
        if (notAlone != null) {
            trace.line("claims one party alone did what a fact tells of it and another: " + notAlone.id());
            return new Answer(whole, lang, Outcome.ANSWERED, Replies.no(lang) + notAlone.answer(lang),
                    List.of(citation(notAlone)), List.of(notAlone.id()), List.of(), List.of());
        }
        Fact notYet = Claims.notYet(pq, idx);
        if (notYet != null) {
            trace.line("claims what a fact says has not happened yet: " + notYet.id());
            return new Answer(whole, lang, Outcome.ANSWERED, Replies.no(lang) + notYet.answer(lang),
                    List.of(citation(notYet)), List.of(notYet.id()), List.of(), List.of());
        }
        Fact neverHappened = Claims.afterNotYet(pq, idx);
        if (neverHappened != null) {
            trace.line("sets its act after what a fact says has not happened yet: " + neverHappened.id());
            return new Answer(whole, lang, Outcome.ANSWERED, Replies.no(lang) + neverHappened.answer(lang),
                    List.of(citation(neverHappened)), List.of(neverHappened.id()), List.of(), List.of());
        }
        if (ranked.isEmpty() || ranked.get(0).probability() < scoring.answer()) {
            List<Fact> moved = Claims.movedInstead(pq, idx);
            if (moved != null) {
                // "Droege is off to Meta with Wang, isn't he?": the move is the other's, and the one
                // claimed stays to take a post at Scale; the two facts with no "No" read as a yes
                String text = Replies.no(lang) + moved.get(0).answer(lang) + " " + moved.get(1).answer(lang);
                if (text.length() <= MAX_REPLY_CHARS) {
                    trace.line("claims of one person the move a fact tells of another: " + moved.get(0).id() + ", " + moved.get(1).id());
                    return new Answer(whole, lang, Outcome.ANSWERED, text, List.of(citation(moved.get(0)), citation(moved.get(1))),
                            List.of(moved.get(0).id(), moved.get(1).id()), List.of(), List.of());
                }
            }
            Fact doneByOther = Claims.doneByAnother(pq, idx);
            if (doneByOther != null) {
                trace.line("claims of another what the fact says its first name did: " + doneByOther.id());
                return new Answer(whole, lang, Outcome.ANSWERED, Replies.no(lang) + doneByOther.answer(lang),
                        List.of(citation(doneByOther)), List.of(doneByOther.id()), List.of(), List.of());
            }
            Fact ofYear = Claims.yearStatesOther(pq, ranked);
            if (ofYear != null) {
                trace.line("the one fact stating the claimed year states another sum: " + ofYear.id());
                return state(whole, lang, pq, ofYear, ranked, idx, decline, declineText, trace);
            }
            Fact placed = Claims.figureOfAnother(pq, ranked, idx);
            if (placed != null) {
                trace.line("the claimed figure is another measure's; the fact of the whole claim states another: " + placed.id());
                return state(whole, lang, pq, placed, ranked, idx, decline, declineText, trace);
            }
            return Answer.decline(whole, lang, decline, declineText, suggestions(idx, near, lang, whole));
        }
        Candidate best = fullest(pq, ranked, idx);
        Boolean ordered = Claims.dealOrder(pq, best.fact(), idx);
        if (ordered != null) {
            // "Was Llama 4 released after the deal?": its April against the deal's June, "No" with the fact
            trace.line("claims an order against the deal that the fact's date " + (ordered ? "bears out" : "denies") + ": " + best.fact().id());
            return new Answer(whole, lang, Outcome.ANSWERED, (ordered ? Replies.yes(lang) : Replies.no(lang)) + best.fact().answer(lang),
                    List.of(citation(best.fact())), List.of(best.fact().id()), List.of(), List.of());
        }
        // "which two clients bailed on Scale?": a fact naming one of them (Google's own) is half the
        // answer and hides the other, when no fuller fact names as many as the count asked for
        // ("متى أعلن الاتفاق بين الشركتين؟", between the two companies, asks a date, no names)
        int count = best.fact().curated() && (pq.intent() == Intent.WHO || pq.asksCompany()
                || pq.plural() && (pq.intent() == Intent.WHAT || pq.intent() == Intent.ANY)) ? pq.countAsked() : 0;
        if (count > 1 && idx.profile(best.fact().id()).map(p -> Features.namedNew(pq, p, idx).size()).orElse(0) < count) {
            trace.line(best.fact().id() + " names fewer than the " + count + " asked for");
            return Answer.decline(whole, lang, decline, declineText, suggestions(idx, near, lang, whole));
        }
        List<Candidate> close = new ArrayList<>(List.of(best));
        for (Candidate c : ranked.subList(1, ranked.size())) {
            if (c.probability() >= scoring.answer() && logit(best.probability()) - logit(c.probability()) < scoring.clarify()
                    && close.stream().noneMatch(o -> sameAnswer(o.fact(), c.fact(), lang) || samePerson(pq, o.fact(), c.fact(), idx)
                            || sameReason(pq, o.fact(), c.fact(), idx) || Features.sameName(pq, o.fact(), c.fact()))
                    && close.size() < 3) {
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

    /**
     * "Which companies walked away from Scale?" asks for all of them: when the best fact names one
     * and another the question could be answered from names it and more, the fuller one answers. So
     * does "which customer dropped Scale?": when both facts tell the act it asks of (acts in
     * reading.yaml), one of the several who did it is no answer; naming OpenAI alone hides Google.
     */
    private Candidate fullest(ParsedQuestion pq, List<Candidate> ranked, FactIndex idx) {
        Candidate best = ranked.get(0);
        if (pq.intent() != Intent.WHO) {
            return best;
        }
        Set<String> acts = new LinkedHashSet<>(pq.ids(Slot.Type.CONCEPT));
        acts.retainAll(Features.ACTS);
        if (!pq.plural() && acts.isEmpty()) {
            return best;
        }
        Set<String> named = idx.profile(best.fact().id()).map(p -> Features.namedNew(pq, p, idx)).orElse(Set.of());
        for (Candidate c : ranked.subList(1, ranked.size())) {
            Set<String> more = idx.profile(c.fact().id()).map(p -> Features.namedNew(pq, p, idx)).orElse(Set.of());
            boolean sameAct = pq.plural() || acts.stream().anyMatch(a -> best.fact().topics().contains(a) && c.fact().topics().contains(a))
                    // "which lab ended its work with Scale, besides Google?": not the fact naming Google too
                    && idx.profile(c.fact().id()).map(p -> p.entities().stream().noneMatch(pq.excluded()::contains)).orElse(false);
            if (!named.isEmpty() && sameAct && c.probability() >= scoring.fuller() && more.containsAll(named) && more.size() > named.size()) {
                return c;
            }
        }
        return best;
    }

    /**
     * A follow-up read with what it leans on; null when it points at a person by a pronoun and
     * nobody was named before, or leans on something the article does not cover.
     */
    /** "for what model?" after a turn (reading.yaml, continues-last). */
    private static final Rule CONTINUES_LAST = ReadingRules.rule("continues-last");
    /** "what else...?", "who else?" (reading.yaml, something-else). */
    private static final Rule SOMETHING_ELSE = ReadingRules.rule("something-else");

    private ParsedQuestion following(ParsedQuestion asked, Scene scene, FactIndex idx, Trace trace) {
        QuestionReader reader = new QuestionReader(idx, scoring);
        // "والحين؟": its time word is no subject of its own, so it borrows all the last question asked about
        String shift = FollowUp.STANDARD.timeShift(asked);
        ParsedQuestion pq = shift == null ? asked : asked.replacing(s -> s.type() == Slot.Type.WORD
                || s.type() == Slot.Type.UNKNOWN_WORD, null);
        if (shift == null && !pq.definitionAsked().isEmpty()) {
            // "and what is data labelling, anyway?" after a question about Scale: a definition asked
            // of a concept it names is a question of its own, not one about the names asked before
            trace.line("asks a definition of its own: " + pq.definitionAsked());
            return pq;
        }
        List<ParsedQuestion> askedBefore = eachAsked(reader, scene.questions());
        ParsedQuestion earlier = understood(askedBefore, idx);
        ParsedQuestion stated = bareWhy(pq) && earlier != null ? statedBefore(earlier, scene, pq.language(), idx) : null;
        if (stated != null) {
            // "ليه؟" after "what did Google do after the deal?" (it cut ties): why is asked of what the
            // answer said, not of what the question asked ("why did Google do something?" asks nothing)
            trace.line("asks why of what the last answer said: " + scene.facts());
            earlier = stated;
        }
        List<Slot> introduced = answeredWhoFirst(askedBefore, introduced(reader, earlier, scene.facts(), idx), idx);
        // "what year was that?" after "...Meta's largest acquisitions since the WhatsApp deal": the
        // article's own subjects are in nearly every answer, and are not what "that" points at
        // and "they" after "why did Google cut ties?" is still Google, not OpenAI whom the answer also
        // named: a thing the answer brought in is pointed at only when the question before named none
        boolean earlierNamedOne = earlier.ids(Slot.Type.ENTITY).stream().anyMatch(e -> !idx.isSubject(e));
        // "how old is he?" after "who is Jason Droege?": he is whom the last question was about, not
        // Wang whom its answer also named; only a who-question asking for someone else ("who replaced
        // Wang?") hands "he" to the person its answer brought in
        boolean aboutItsPerson = aboutOnePerson(askedBefore, idx);
        List<Slot> pointable = FollowUp.STANDARD.asksAboutSomeone(pq) || !earlierNamedOne
                ? introduced.stream().filter(s -> s.terms().stream().noneMatch(t -> idx.isSubject(t.id())
                        || aboutItsPerson && t.isPerson())).toList()
                : List.of();
        // "and the bigger one they were working on?": "they" is whoever made the one before, not that one
        // ...and "what year was this one?" after "which came first, WhatsApp or this one?" is not WhatsApp
        boolean contrasts = FollowUp.STANDARD.contrasts(pq) || FollowUp.thisOneAgain(pq, askedBefore, idx::isSubject);
        Set<String> own = FollowUp.STANDARD.ownNames(pq, idx::isSubject);
        if (own.isEmpty() && pq.notCovered().isEmpty() && pq.unknownNames().isEmpty() && onUncovered(askedBefore, idx)) {
            // "how much did it cost?" after "did Meta buy Instagram?" (declined): "it" is that purchase,
            // and Meta's $14.8 billion for Scale would be another deal's figure
            trace.line("leans on something the article does not cover, asked before");
            return null;
        }
        Slot referent = contrasts ? null : FollowUp.STANDARD.referent(pq, pointable, idx::isSubject);
        Slot thatOne = contrasts ? null : FollowUp.STANDARD.thatOne(pq, introduced, idx::isSubject);
        if (thatOne != null) {
            // "who makes that one?" after "what's Gemini a rival to?": ChatGPT, the answer's, not Gemini
            trace.line("\"that one\" is the last thing the answer named: " + thatOne.terms().iterator().next().id());
            referent = thatOne;
        }
        if (referent == null && !contrasts && own.isEmpty()) {
            referent = doerAnswered(pq, askedBefore, introduced, idx);
            if (referent != null) {
                trace.line("its doer is whom the last who-question was answered with: " + referent.terms().iterator().next().id());
            }
        }
        if (referent == null && !contrasts && own.isEmpty() && (scene.facts() == null || scene.facts().isEmpty())
                && asksOfWhomAskedFor(pq, askedBefore, idx)) {
            // "وكم كان سيدفع؟" (and how much was it going to pay?) after "which big customer cut ties
            // with Scale?" went unanswered: its doer is the one asked for, whom no answer told; the
            // article's own parties (Meta's $14.8 billion) are not it
            trace.line("its doer is whom the last who-question asked for, and no answer told who");
            return null;
        }
        if (referent == null && !contrasts && own.isEmpty() && CONTINUES_LAST.matcher(pq.normalized()).find()) {
            // "for what model?" goes on with what the last answer told ("Google had planned to pay...")
            // about whom it told it, though the question before only pointed at them ("the first one")
            referent = toldOf(scene, introduced, idx);
            if (referent != null) {
                trace.line("continues what the last answer told of: " + referent.terms().iterator().next().id());
            }
        }
        // ...but "and this one, when was it announced?" sets the article's deal against that other one
        if (referent == null && !contrasts && own.isEmpty() && FollowUp.STANDARD.refersBack(pq)
                && askedOfTheOtherOne(askedBefore)) {
            // "how much did it cost?" after "and the other one?", which no answer named: "it" is that
            // other one, and what the conversation named before is not it
            trace.line("points at the other one the last question asked about, which no answer named");
            return null;
        }
        if (referent != null && referent.terms().stream().noneMatch(t -> t.isPerson() || "company".equals(t.type())) && FollowUp.STANDARD.onlyTheVerbPoints(pq)
                && !FollowUp.STANDARD.pronoun().matcher(pq.normalized()).find() && !FollowUp.STANDARD.typedPronoun().matcher(pq.text()).find()) {
            // "إمتى غادي يخرج؟" (when will it come out?) after a turn on "the big model" left unanswered:
            // a verb's own "he" stands for a person or a company ("وكم كان بيدفع؟" of Google); a product it
            // points at, further back, is a guess
            trace.line("only its verb points back, at no person or company: " + referent.forms());
            return null;
        }
        Set<Term> pointed = referent == null ? Set.of() : Set.copyOf(referent.terms());
        if (referent != null && referent.terms().stream().anyMatch(Term::isPerson) && FollowUp.STANDARD.onlyTheVerbPoints(pq)
                && introduced.stream().filter(s -> s.terms().stream().anyMatch(Term::isPerson)).count() > 1
                && (askedBefore.stream().anyMatch(b -> b.slots().stream().anyMatch(s -> s.type() == Slot.Type.ENTITY
                        && s.terms().stream().anyMatch(t -> t.isPerson() && !pointed.contains(t))))
                    || FollowUp.STANDARD.asksAboutSomeone(askedBefore.get(askedBefore.size() - 1)))) {
            // "وشنو راح يدير؟" after "how old is Wang?", then "who will he work under?", answered
            // "Zuckerberg..., and Wang will work under him": the verb's "he" may be the one the chat was
            // on or the one the answer brought in, when the chat named another or that question pointed at
            // one; a guess ("who is the new CEO?", then "و كان بيعمل ايه قبل؟" is Droege: the chat was on
            // nobody else)
            trace.line("the verb's \"he\" may be the one the chat was on or the one the last answer brought in");
            return null;
        }
        ParsedQuestion read = pq.following(earlier, referent, own.isEmpty());
        if (contrasts) {
            // "and the bigger one they were working on?" is not the model the last turn was about
            // nor is a fact about that model alone its answer ("and the other one?" is not Llama 4 again)
            Set<String> before = namedLastTurn(earlier, introduced, idx);
            before.removeAll(pq.ids(Slot.Type.ENTITY));
            read = read.without(before).settingAside(before);
            // "one" is another of what the last question asked about: a model, when it asked about models
            read = read.borrowingConcepts(earlier.keepingConcepts(FollowUp.STANDARD.oneStandsFor()));
        }
        if (referent == null && !contrasts && FollowUp.STANDARD.asksAboutSomething(pq)) {
            // "who got hold of it?" after "what did he write in that memo?": no name the answer brought
            // in is "it", so it is what the last question asked about, the memo
            // ...but "how much did it raise?" after a question about revenue says what it measures in a
            // word nothing knows, which may be another measure: the revenue is not asked again
            boolean measuresOfItsOwn = pq.slots().stream().anyMatch(s -> s.type() == Slot.Type.UNKNOWN_WORD && !s.context());
            read = read.borrowingConcepts(measuresOfItsOwn ? earlier.replacing(Answerer::measures, null) : earlier);
        }
        if (referent == null && !contrasts && own.isEmpty() && earlier.ids(Slot.Type.ENTITY).isEmpty()
                && pq.ids(Slot.Type.ENTITY).isEmpty() && !FollowUp.STANDARD.asksAboutSomeone(pq)
                && FollowUp.STANDARD.pointsAtOne(pq) && !earlier.ids(Slot.Type.CONCEPT).isEmpty()
                && earlier.slots().stream().noneMatch(Answerer::measures) && pq.slots().stream().noneMatch(Answerer::measures)) {
            // "what did it start out as?" after "what is data labelling?": the last question was about
            // a thing no name stands for, and "it" is that thing, though the follow-up says more of its own
            read = read.borrowingConcepts(earlier);
        }
        if (referent == null && !contrasts && FollowUp.STANDARD.pointsAtTheFigure(pq)) {
            // "what's that money going into?" after Meta's AI spending: that money is the spending
            read = read.borrowingConcepts(earlier);
        }
        if (FollowUp.asksOfTheOthers(pq)) {
            // "وغيرهما من المختبرات؟" after turns on Google, then OpenAI: beside every one the chat named,
            // so a fact naming only those ("Google, OpenAI and other labs...") does not say who the others are
            Set<String> named = namedLastTurn(earlier, introduced, idx);
            askedBefore.forEach(b -> named.addAll(b.ids(Slot.Type.ENTITY)));
            named.removeIf(idx::isSubject);
            read = read.without(named).settingAside(named);
        } else if (FollowUp.STANDARD.setsAsidePrevious(pq)) {
            // "which other labs besides those two?": those the last turn named, asked or answered
            read = read.settingAside(namedLastTurn(earlier, introduced, idx));
        } else if (pq.excluded().isEmpty() && QuestionReader.SOMEONE_ELSE.matcher(pq.normalized()).find()) {
            // "who else is on that team?": not the people the last turn named, asked or answered with
            Set<String> people = namedLastTurn(earlier, introduced, idx);
            people.removeIf(e -> !"person".equals(idx.entityTypes().get(e)));
            read = read.settingAside(people);
        }
        read = superiorOf(read, idx, trace);
        read = reader.doingOfPerson(read);
        if (shift != null) {
            // "and now?" after "what did labelling use to look like?": the last question asked of the
            // present, answered only by a fact that tells how things stand now
            trace.line("the last question asked of another time: " + shift);
            read = read.inPeriod(shift);
        }
        read = matchedWithName(pq, read, referent, reader, idx, trace);
        trace.line("borrowed: " + read.ids(Slot.Type.ENTITY) + " " + read.intent());
        boolean someone = read.ids(Slot.Type.ENTITY).stream().anyMatch(e -> "person".equals(idx.entityTypes().get(e)));
        // "وكيف استقبلوه؟" points at the model the answer named: ـه is "it" as well as "him"
        boolean thing = referent != null && referent.terms().stream().noneMatch(Term::isPerson);
        // "والموديل الأكبر اسمه إيه؟": ـه is the other one the question sets against the last, no person
        // ..."والمؤسس عنده كام سنة؟": ـه is the founder it names, whom no turn need have named
        return FollowUp.STANDARD.asksAboutSomeone(read) && !someone && !thing && !contrasts && !FollowUp.namesARole(pq) ? null : read;
    }

    /**
     * "Is that more than Meta paid?" after "what is Scale worth?" ($29 billion): the figure the last
     * answer stated is set against the one the follow-up is answered with, of the same kind and unit
     * in another fact; "Yes" or "No" with both facts, each cited (answered with the price alone, it
     * read as a "No" to nothing). Left as it is when the last answer stated several facts, or the two
     * facts have no one pair of figures to set side by side.
     */
    private static Answer comparedWithTold(Answer a, String q, ParsedQuestion alone, List<String> previousFacts, Language lang,
                                           FactIndex idx, Trace trace) {
        int way = FollowUp.STANDARD.setsAgainstTold(alone);
        if (way == 0 || !a.answered() || a.facts().size() != 1 || previousFacts == null || previousFacts.size() != 1
                || previousFacts.equals(a.facts())) {
            return a;
        }
        Fact told = idx.knowledge().fact(previousFacts.get(0)).orElse(null);
        Fact other = idx.knowledge().fact(a.facts().get(0)).orElse(null);
        if (told == null || other == null) {
            return a;
        }
        List<double[]> pairs = new ArrayList<>();
        for (Figure t : told.figures()) {
            for (Figure o : other.figures()) {
                if (t.kind() == o.kind() && java.util.Objects.equals(t.unit(), o.unit())) {
                    pairs.add(new double[] {value(t), value(o)});
                }
            }
        }
        if (pairs.size() != 1 || Double.isNaN(pairs.get(0)[0]) || Double.isNaN(pairs.get(0)[1]) || pairs.get(0)[0] == pairs.get(0)[1]) {
            return a;
        }
        boolean yes = way > 0 == pairs.get(0)[0] > pairs.get(0)[1];
        trace.line("sets the figure told (" + told.id() + ") against " + other.id() + ": " + (yes ? "yes" : "no"));
        return new Answer(q, lang, Outcome.ANSWERED, (yes ? Replies.yes(lang) : Replies.no(lang)) + told.answer(lang) + " " + other.answer(lang),
                List.of(citation(told), citation(other)), List.of(told.id(), other.id()), List.of(), List.of());
    }

    /**
     * "Zuckerberg will report to Wang, right?", "scale hya elli estathmaret f meta?" (Scale invested
     * in Meta?): a claim that puts two people or two companies of the article in a line (who reports
     * to whom, who paid whom) the other way round. Every fact telling that line is refused, since it
     * does not put them where the claim does (Lines), so it was declined. Read with the two names
     * swapped, the claim is borne out by a fact that puts them so: "No: <that fact>". Only when the
     * question places someone in a line, names exactly two of a kind, and the swapped reading is
     * answered with confidence by a fact that pins both.
     */
    private Answer swappedInItsLine(String whole, Language lang, ParsedQuestion pq, Function<String, ParsedQuestion> reader,
                                    FactIndex idx, Trace trace) {
        if (!(pq.claim() || Claims.claimed(pq)) || pq.form().instruction() || pq.lines(idx.knowledge().lexicon()).isEmpty()) {
            return null;
        }
        List<String> named = new ArrayList<>(pq.ids(Slot.Type.ENTITY));
        if (named.size() != 2 || !java.util.Objects.equals(idx.entityTypes().get(named.get(0)), idx.entityTypes().get(named.get(1)))) {
            return null;
        }
        String text = pq.normalized();
        String[] said = new String[2];
        for (int i = 0; i < 2; i++) {
            said[i] = spelt(text, idx.knowledge().lexicon().term(named.get(i)).orElse(null));
            if (said[i] == null) {
                return null;
            }
        }
        String swapped = text.replace(said[0], "\u0000").replace(said[1], said[0]).replace("\u0000", said[1]);
        ParsedQuestion other = reader.apply(swapped);
        List<Candidate> ranked = rank(other, idx, Trace.OFF, null);
        if (ranked.isEmpty() || ranked.get(0).probability() < scoring.answer()) {
            return null;
        }
        Fact f = ranked.get(0).fact();
        Map<String, String> places = other.lines(idx.knowledge().lexicon());
        boolean pinsBoth = named.stream().allMatch(e -> f.pins().values().stream().anyMatch(v -> v.contains(e)));
        if (places.isEmpty() || Lines.refusal(places, f) != null || !pinsBoth || verdict(other, f) == Verdict.CONTRADICTS) {
            return null;
        }
        // the swapped claim answered as any question is, with that fact and no "No": "does the 49%
        // give Meta the right to appoint Scale's directors?" swapped still claims a right the article
        // never mentions, and is declined so
        Answer borne = weigh(whole, lang, other, idx, ranked, Trace.OFF);
        if (!borne.answered() || !borne.facts().equals(List.of(f.id())) || borne.text().startsWith(Replies.no(lang))) {
            return null;
        }
        trace.line("claims the line of " + f.id() + " the other way round: " + swapped);
        return new Answer(whole, lang, Outcome.ANSWERED, Replies.no(lang) + f.answer(lang), List.of(citation(f)),
                List.of(f.id()), List.of(), List.of());
    }

    /** The longest of a term's forms the folded text says as words of its own, or null. */
    private static String spelt(String folded, Term term) {
        if (term == null) {
            return null;
        }
        String best = null;
        for (List<String> forms : term.forms().values()) {
            for (String form : forms) {
                String f = ArabicText.fold(form);
                if ((best == null || f.length() > best.length())
                        && java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(f) + "(?![\\p{L}\\p{N}])")
                                .matcher(folded).find()) {
                    best = f;
                }
            }
        }
        return best;
    }

    /** A figure's value as a number, or NaN. */
    private static double value(Figure f) {
        try {
            return Double.parseDouble(Numbers.canonical(f.value()));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * A follow-up matched with the alternate questions as if it said the name its pronoun stands for:
     * "and where is he going?" after "how old is Wang?" is matched as "and where is Wang going?" (its
     * "he" matched no alternate question: p 0.66 where the name gives 0.76, and it was declined). The
     * one it stands for is the referent, or else the one name of that kind (a person for "he") it
     * borrowed from the question before; with none or several, its own words alone. Each fact's
     * nearest alternate question is the nearer of the two readings ("so wang's leaving scale, where's
     * he off to?" is written with the pronoun). Only the matching changes: the slots, figures, claim
     * and language are read from the text as typed.
     */
    private static ParsedQuestion matchedWithName(ParsedQuestion alone, ParsedQuestion read, Slot referent,
                                                  QuestionReader reader, FactIndex idx, Trace trace) {
        if (!FollowUp.STANDARD.refersBack(alone)) {
            return read;
        }
        Term named = referent == null ? null : referent.terms().iterator().next();
        if (named == null) {
            boolean he = FollowUp.STANDARD.personPronoun().matcher(alone.text()).find();
            List<Term> borrowed = read.slots().stream().filter(s -> s.type() == Slot.Type.ENTITY)
                    .flatMap(s -> s.terms().stream()).distinct()
                    .filter(t -> !alone.ids(Slot.Type.ENTITY).contains(t.id()) && (!he || t.isPerson())).toList();
            named = borrowed.size() == 1 ? borrowed.get(0) : null;
        }
        if (named == null) {
            return read;
        }
        String name = shortestForm(named, alone.language());
        String said = name == null ? null : FollowUp.withName(alone.text(), name);
        if (said == null && name != null) {
            // "وماذا سيفعل في ميتا؟": no pronoun to put it in place of, the verb carries it
            said = FollowUp.withNameAfterVerb(alone, name);
        }
        if (said == null) {
            return read;
        }
        ParsedQuestion as = reader.read(said, alone.language());
        Set<String> terms = new LinkedHashSet<>(as.terms());
        read.terms().stream().filter(t -> !alone.terms().contains(t)).forEach(terms::add);
        trace.line("also matched with alternate questions as: " + said);
        return read.alsoMatchedAs(terms, as.grams());
    }

    /** The shortest of a name's forms in a language ("Wang", "وانغ"): as alternate questions name it. */
    private static String shortestForm(Term t, Language lang) {
        return t.forms().getOrDefault(lang, List.of()).stream().min(Comparator.comparingInt(String::length)).orElse(null);
    }

    /**
     * A follow-up answered with what the conversation never told: a decline. Three kinds, each a
     * guess at what an unanswered turn or another party would have said:
     * <ul>
     * <li>"what kind of growth is that?" when no turn was answered yet: "that" is what an unanswered
     * question asked about, which no answer told (only a name a question gave may be pointed at);</li>
     * <li>"to avoid what?" after a chat about labelling: a fragment naming no one and nothing, and no
     * pronoun, answered by a fact about a party (Google) that neither the questions nor the answers named;</li>
     * <li>"وجوجل هتصرف كام؟" after Meta's AI budget: "and X?" asks X's same measure, and a figure of
     * X about another thing (what Google was to pay Scale) is not it.</li>
     * </ul>
     */
    private Answer leansOnNothingAnswered(Answer a, String q, ParsedQuestion alone, Scene scene, Language lang, FactIndex idx,
                                          Trace trace) {
        if (!a.answered() || alone == null) {
            return a;
        }
        List<String> stated = scene.facts() == null ? List.of() : scene.facts();
        List<ParsedQuestion> askedBefore = eachAsked(new QuestionReader(idx, scoring), scene.questions());
        Set<String> namedBefore = new LinkedHashSet<>();
        askedBefore.forEach(b -> namedBefore.addAll(b.ids(Slot.Type.ENTITY)));
        stated.forEach(f -> idx.profile(f).ifPresent(p -> namedBefore.addAll(p.entities())));
        boolean namesNone = alone.ids(Slot.Type.ENTITY).isEmpty();
        String why = null;
        if (stated.isEmpty() && namesNone && FollowUp.STANDARD.pointsAtWhatWasSaid(alone) && !FollowUp.STANDARD.asksAboutSomeone(alone)
                && namedBefore.stream().allMatch(idx::isSubject)) {
            why = "points back at what no answer told (nothing was answered yet)";
        } else if (namesNone && alone.intent() != Intent.WHO && alone.intent() != Intent.WHY && !alone.asksNames()
                && alone.ids(Slot.Type.CONCEPT).isEmpty() && !FollowUp.STANDARD.refersBack(alone)
                && a.facts().stream().allMatch(f -> namesAnActorNotNamed(f, namedBefore, idx))) {
            // "to avoid what?" says nothing of whom; "why?" and "who replaced him?" may bring in someone new
            why = a.facts() + " tells of a party the conversation never named";
        } else if (!namesNone && measuresAsked(alone) && !stated.isEmpty()) {
            Set<String> own = new LinkedHashSet<>(alone.ids(Slot.Type.ENTITY));
            own.removeIf(e -> idx.isSubject(e) || namedBefore.contains(e));
            // the measure the conversation asked, though a turn since asked something else of it ("what will they do with it?")
            Set<String> earlierMeasures = new LinkedHashSet<>();
            askedBefore.forEach(b -> earlierMeasures.addAll(measureConcepts(b)));
            Set<String> aboutBefore = figureAbouts(stated, idx);
            if (!own.isEmpty() && !earlierMeasures.isEmpty() && earlierMeasures.containsAll(measureConcepts(alone))
                    && !aboutBefore.isEmpty() && java.util.Collections.disjoint(aboutBefore, figureAbouts(a.facts(), idx))) {
                why = "asks " + own + " the last question's measure; " + a.facts() + " gives a figure about another thing";
            }
        }
        if (why == null) {
            return a;
        }
        trace.line("follow-up: " + why);
        return Answer.decline(q, lang, Outcome.NOT_IN_ARTICLE, Replies.notInArticle(lang), suggestions(idx, List.of(), lang, q));
    }

    /**
     * "Which suppliers, exactly?" after "what is Google doing instead?" (answered "Google is looking for
     * alternative suppliers"): a who-question that names no one and points at no one asks of whom the
     * last turn was about, as "which suppliers is Google turning to?" does, and a fact naming no one
     * else does not tell who: declined. Not after a who-question, whose answer is whom it asked for
     * ("who was the CEO before?" after "Droege... succeeding Wang" is Wang).
     */
    private Answer namesOnlyWhomItWasAbout(Answer a, String q, ParsedQuestion alone, Scene scene, Language lang, FactIndex idx,
                                           Trace trace) {
        if (!a.answered() || alone == null || alone.intent() != Intent.WHO && !alone.asksNames()
                || scene.facts() == null || scene.facts().size() != 1 || FollowUp.STANDARD.refersBack(alone)
                || alone.ids(Slot.Type.ENTITY).stream().anyMatch(e -> !idx.isSubject(e))
                || SOMETHING_ELSE.matcher(alone.normalized()).find()) {
            return a;
        }
        List<ParsedQuestion> asked = eachAsked(new QuestionReader(idx, scoring), scene.questions());
        if (asked.isEmpty() || asked.get(asked.size() - 1).intent() == Intent.WHO) {
            return a;
        }
        // whom the last question named ("what is Gemini?"), else whom its answer told of first
        ParsedQuestion last = asked.get(asked.size() - 1);
        Set<String> whom = new LinkedHashSet<>(last.ids(Slot.Type.ENTITY));
        whom.removeIf(idx::isSubject);
        Slot about = whom.isEmpty() ? toldOf(scene, introduced(new QuestionReader(idx, scoring), last, scene.facts(), idx), idx) : null;
        if (about != null) {
            about.terms().forEach(t -> whom.add(t.id()));
        }
        // "a rival of whom?" after "what is Gemini?" is told ChatGPT, though the fact names it in passing
        if (whom.isEmpty() || !a.facts().stream().allMatch(f -> idx.profile(f).map(p -> p.entities().stream()
                .allMatch(e -> idx.isSubject(e) || whom.contains(e))).orElse(false))) {
            return a;
        }
        trace.line("follow-up: asks who beside " + whom + ", whom the last turn was about; " + a.facts() + " names no one else");
        return Answer.decline(q, lang, Outcome.NOT_IN_ARTICLE, Replies.notInArticle(lang), suggestions(idx, List.of(), lang, q));
    }

    /**
     * "and when will it come out?" after "Behemoth... has not been released yet", "how much was that
     * customer paying?" after a turn about OpenAI: a figure or a time asked of whom the last answer told
     * of, naming no one of its own, is not answered with a fact telling of someone else (Llama 4's April,
     * Google's $200 million): the article gives none of theirs.
     */
    private Answer measureOfAnotherThanTold(Answer a, String q, ParsedQuestion alone, Scene scene, Language lang, FactIndex idx,
                                            Trace trace) {
        // ..."what was that customer paying?" asks a sum as "how much" does
        boolean measures = MEASURED_OF_ONE.contains(alone == null ? Intent.ANY : alone.intent())
                || alone != null && alone.intent() == Intent.WHAT && !measureConcepts(alone).isEmpty();
        if (!a.answered() || alone == null || !measures || scene.facts() == null
                || alone.ids(Slot.Type.ENTITY).stream().anyMatch(e -> !idx.isSubject(e))) {
            return a;
        }
        Set<String> told = toldNames(scene.facts(), idx);
        if (told.isEmpty() || !a.facts().stream().allMatch(f -> {
            Set<String> names = toldNames(List.of(f), idx);
            return !names.isEmpty() && java.util.Collections.disjoint(names, told);
        })) {
            return a;
        }
        trace.line("follow-up: asks a figure of " + told + ", whom the last answer told of; " + a.facts() + " tells of another");
        return Answer.decline(q, lang, Outcome.NOT_IN_ARTICLE, Replies.notInArticle(lang), suggestions(idx, List.of(), lang, q));
    }

    /** What a time or a figure of one party asks: how much, what share, how old, how many, when. */
    private static final Set<Intent> MEASURED_OF_ONE = EnumSet.of(Intent.AMOUNT, Intent.PERCENT, Intent.AGE, Intent.COUNT, Intent.WHEN);

    /** The names facts tell of beside the article's subjects and the names they give only in passing (`asides`). */
    private static Set<String> toldNames(List<String> facts, FactIndex idx) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : facts) {
            idx.profile(f).ifPresent(p -> p.entities().stream().filter(e -> !idx.isSubject(e) && !p.fact().asides().contains(e))
                    .forEach(out::add));
        }
        return out;
    }

    /**
     * "why?" after "which customers dropped Scale?" answered "Google, OpenAI and other labs cut ties
     * ... over fears that data would leak to Meta": the one fact the last answer stated gives the
     * reason of what it told (its editor says it answers why), and the last question asked about that
     * very act (one of its topics), so it is told again for its reason. Not after a turn since that
     * asked something else and was left unanswered ("how much were they paying?"): the last question
     * asked of another thing, and "why?" is about that.
     */
    private Answer reasonTold(Answer a, String q, Scene scene, Language lang, FactIndex idx, Trace trace) {
        if (scene.facts() == null || scene.facts().size() != 1) {
            return a;
        }
        Fact told = idx.knowledge().fact(scene.facts().get(0)).orElse(null);
        List<ParsedQuestion> asked = eachAsked(new QuestionReader(idx, scoring), scene.questions());
        // "and why was that?" after how Llama 4 was received: its reason is of Zuckerberg's frustration
        // (pins: reason-of), not of the reception asked about
        List<String> explains = told == null ? List.of() : told.pins().getOrDefault("reason-of", told.topics());
        if (told == null || asked.isEmpty() || !told.kinds().contains(QuestionKind.WHY)
                || explains.stream().noneMatch(asked.get(asked.size() - 1).ids(Slot.Type.CONCEPT)::contains)) {
            return a;
        }
        trace.line("why: the reason is in what the last answer stated: " + told.id());
        return new Answer(q, lang, Outcome.ANSWERED, told.answer(lang), List.of(citation(told)), List.of(told.id()), List.of(), List.of());
    }

    /**
     * "so what does that value the whole company at?", "and the 2024 revenue?" after "How much did
     * Meta pay?": the follow-up borrowed Meta, whom the last question named, and what it asks the
     * article gives only of Scale AI, whom the last answer named beside it (its worth, its revenue).
     * Declined so, it is read without the article's subjects it borrowed, and answered when a fact
     * tells it of a subject the last answer named; not when it points at one by a pronoun ("and its
     * revenue?" after Meta's spending is Meta's), nor names anyone of its own. The others it borrowed
     * (a person the chat is on) are kept.
     */
    private Answer ofTheOtherSubject(Answer a, String q, ParsedQuestion alone, ParsedQuestion read, List<String> stated,
                                     Language lang, FactIndex idx, Trace trace) {
        if (a.answered() || a.outcome() == Outcome.CLARIFY || read == null || stated == null || stated.isEmpty()
                || !alone.ids(Slot.Type.ENTITY).isEmpty()
                || FollowUp.STANDARD.pointsAtOne(alone) || alone.claim() || alone.form().instruction()
                // "w 3omro kam?" (عمره: his or its age) after "who founded Scale AI?" may be the company's;
                // only "that", "this" (what was said: "what does that value the company at?") may stand,
                // and a role the question names ("والمؤسس شحال فعمرو؟": عمره is the founder's)
                || (FollowUp.STANDARD.asksAboutSomeone(alone)
                    || FollowUp.STANDARD.refersBack(alone) && !FollowUp.STANDARD.pointsAtWhatWasSaid(alone))
                    && !FollowUp.namesARole(alone)) {
            return a;
        }
        // ..."how old?" after "who's leading Meta's superintelligence team?" borrowed Wang and Meta: Wang is kept
        Set<String> borrowed = new LinkedHashSet<>(read.ids(Slot.Type.ENTITY));
        borrowed.removeIf(e -> !idx.isSubject(e));
        if (borrowed.isEmpty()) {
            return a;
        }
        Set<String> toldOf = new LinkedHashSet<>();
        stated.forEach(f -> idx.profile(f).ifPresent(p -> p.entities().stream().filter(idx::isSubject).forEach(toldOf::add)));
        trace.line("-- read without the subjects it borrowed " + borrowed);
        ParsedQuestion bare = read.without(borrowed);
        Answer b = part(q, q, text -> bare, lang, idx, trace).answer();
        if (!b.answered() || !b.facts().stream().allMatch(f -> idx.profile(f).map(p -> p.entities().stream()
                .filter(idx::isSubject).anyMatch(toldOf::contains)).orElse(false))) {
            return a;
        }
        trace.line("asks of the other subject the last answer named: " + b.facts());
        return b;
    }

    /**
     * "Did it say why?" after "OpenAI... has also started ending its work with Scale": the reason the
     * one the chat is on gave, which a fact tells only where it gives that one's words (pins:
     * announcer) about what the last answer told (a topic they share): "OpenAI said it was already
     * winding down its work with Scale AI before Meta's announcement". The fact the last answer
     * stated, told again, or any fact not of its words, is no such reason: declined.
     */
    private Answer reasonSaid(Answer a, String q, ParsedQuestion alone, ParsedQuestion read, List<String> stated, Language lang,
                              FactIndex idx, Trace trace) {
        // whom it asks: a name it gives itself ("did Scale say why?"), else the others the chat is on
        Set<String> sayers = new LinkedHashSet<>(alone.ids(Slot.Type.ENTITY));
        if (sayers.isEmpty()) {
            read.ids(Slot.Type.ENTITY).stream().filter(e -> !idx.isSubject(e)).forEach(sayers::add);
        }
        Set<String> told = new LinkedHashSet<>();
        stated.forEach(f -> idx.knowledge().fact(f).ifPresent(fact -> told.addAll(fact.topics())));
        List<Fact> said = idx.knowledge().facts().stream()
                .filter(f -> !stated.contains(f.id()) && f.pins().getOrDefault("announcer", List.of()).stream().anyMatch(sayers::contains)
                        && f.topics().stream().anyMatch(told::contains))
                .toList();
        if (said.size() == 1) {
            Fact f = said.get(0);
            trace.line("asks the reason " + sayers + " gave: " + f.id() + " gives its words on what the last answer told");
            return new Answer(q, lang, Outcome.ANSWERED, f.answer(lang), List.of(citation(f)), List.of(f.id()), List.of(), List.of());
        }
        if (!a.answered()) {
            return a;
        }
        trace.line("asks the reason " + sayers + " gave; no fact gives its words on what the last answer told");
        return Answer.decline(q, lang, Outcome.NOT_IN_ARTICLE, Replies.notInArticle(lang), suggestions(idx, List.of(), lang, q));
    }

    /**
     * The one fact the last answer stated, when it states the kind of figure a question going on with
     * it asks, of what it asks ("for what share?": the 49% stake beside the $14.8 billion); null else.
     */
    private static Fact statesTheFigureAsked(ParsedQuestion pq, List<String> stated, FactIndex idx) {
        if (pq == null || stated == null || stated.size() != 1) {
            return null;
        }
        FigureKind kind = switch (pq.intent()) {
            case PERCENT -> FigureKind.PERCENT;
            case AMOUNT -> FigureKind.MONEY;
            default -> null;
        };
        Fact f = idx.knowledge().fact(stated.get(0)).orElse(null);
        Set<String> asked = measureConcepts(pq);
        return kind == null || f == null || asked.isEmpty() || f.figures().stream()
                .noneMatch(g -> g.kind() == kind && asked.contains(g.about())) ? null : f;
    }

    /** A question asking a figure: how much, what share, how many. */
    private static boolean measuresAsked(ParsedQuestion pq) {
        return pq.intent() == Intent.AMOUNT || pq.intent() == Intent.PERCENT || pq.intent() == Intent.COUNT;
    }

    /** The concepts a question measures with ("spend", "stake"): those with a kind of figure. */
    private static Set<String> measureConcepts(ParsedQuestion pq) {
        Set<String> out = new LinkedHashSet<>();
        pq.slots().stream().filter(s -> s.type() == Slot.Type.CONCEPT && !s.context())
                .forEach(s -> s.terms().stream().filter(t -> t.kind() != null && !t.generic()).forEach(t -> out.add(t.id())));
        return out;
    }

    /** What the figures of these facts are about (their `about`), dates aside. */
    private static Set<String> figureAbouts(List<String> facts, FactIndex idx) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : facts) {
            idx.knowledge().fact(f).ifPresent(fact -> fact.figures().stream()
                    .filter(g -> !g.kind().isTime() && g.about() != null).forEach(g -> out.add(g.about())));
        }
        return out;
    }

    /** The fact names a company, person or outlet beyond the article's subjects that is not among these. */
    private static boolean namesAnActorNotNamed(String fact, Set<String> named, FactIndex idx) {
        return idx.profile(fact).map(p -> p.entities().stream().anyMatch(e -> !idx.isSubject(e) && !named.contains(e)
                && !"product".equals(idx.entityTypes().get(e)))).orElse(false);
    }

    /**
     * Whom the one fact the last answer stated tells of: the first name its answer says beyond the
     * article's subjects and the names it gives only in passing (`asides`); null when it stated
     * none or several facts, or names no one else.
     */
    private static Slot toldOf(Scene scene, List<Slot> introduced, FactIndex idx) {
        if (scene.facts().size() != 1) {
            return null;
        }
        Set<String> asides = idx.knowledge().fact(scene.facts().get(0)).map(Fact::asides).orElse(Set.of());
        return introduced.stream().filter(s -> s.terms().stream().noneMatch(t -> idx.isSubject(t.id()) || asides.contains(t.id())))
                .findFirst().orElse(null);
    }

    /**
     * Another fact than the last answer stated that tells the same act (its first topic) as one of
     * them, of no one that one does not name: a restatement, no reason for it.
     */
    private static boolean restatesStated(String factId, List<String> stated, FactIndex idx) {
        if (stated.contains(factId)) {
            return false;
        }
        Optional<FactIndex.Profile> p = idx.profile(factId);
        return p.isPresent() && !p.get().fact().topics().isEmpty() && stated.stream().map(idx::profile).flatMap(Optional::stream)
                .anyMatch(s -> !s.fact().topics().isEmpty() && s.fact().topics().get(0).equals(p.get().fact().topics().get(0))
                        && s.entities().containsAll(p.get().entities()));
    }

    /** A why that says nothing else: "why?", "ليه؟", "وليه؟" (no name, concept or word of its own). */
    private static boolean bareWhy(ParsedQuestion pq) {
        return pq.intent() == Intent.WHY && !pq.claim() && pq.slots().stream().noneMatch(s -> s.type() == Slot.Type.ENTITY
                || s.type() == Slot.Type.CONCEPT || s.type() == Slot.Type.WORD || s.type() == Slot.Type.UNKNOWN_WORD);
    }

    /**
     * The earlier question with what the one fact the last answer stated is about (its topics) as
     * concepts beside its own; null when the last answer stated none or several.
     */
    private static ParsedQuestion statedBefore(ParsedQuestion earlier, Scene scene, Language lang, FactIndex idx) {
        if (scene.facts().size() != 1) {
            return null;
        }
        Fact f = idx.knowledge().fact(scene.facts().get(0)).orElse(null);
        if (f == null) {
            return null;
        }
        // its first topic is what it tells ("cut_ties"); the rest are the scene of it ("customer", "reaction")
        String topic = f.topics().isEmpty() ? null : f.topics().get(0);
        Optional<Term> t = topic == null ? Optional.empty() : idx.knowledge().lexicon().term(topic);
        // ...only when the question before named none of what the fact is about: "who needs to do the
        // teaching now?" (experts) already says what "why?" asks of; "what did Google do?" does not
        if (t.isEmpty() || f.topics().stream().anyMatch(earlier.ids(Slot.Type.CONCEPT)::contains)) {
            return null;
        }
        // what the earlier question asked ("what did Google do after the investment?") the answer told
        // its words as well, as if the question had said them ("why [did Google cut ties]?"): nearest alternates are found by them
        Set<String> forms = new LinkedHashSet<>(Set.of(topic));
        t.get().forms().getOrDefault(lang, List.of()).stream().findFirst()
                .ifPresent(w -> forms.addAll(dev.safqa.index.Terms.all(idx.analyzer(), ArabicText.fold(w))));
        return earlier.replacing(s -> false, new Slot(Slot.Type.CONCEPT, forms, Set.of(t.get()), idx.specificity("c:" + topic), false));
    }

    /**
     * "and how much was the other one paying?" after a turn about Google: the other one is neither
     * Google nor Meta or Scale AI, so an answer whose facts name no one else is about them: declined.
     */
    private Answer ofAnotherOne(Answer a, String q, ParsedQuestion asked, ParsedQuestion read, Language lang, FactIndex idx,
                                Trace trace) {
        if (!a.answered() || read == null || read.excluded().isEmpty() || !FollowUp.STANDARD.asksOfAnotherOne(asked)
                || a.facts().stream().anyMatch(f -> namesAnotherOne(f, read, idx))) {
            return a;
        }
        trace.line("asks of another one than the last turn named; " + a.facts() + " names no one else");
        return Answer.decline(q, lang, Outcome.NOT_IN_ARTICLE, Replies.notInArticle(lang), suggestions(idx, List.of(), lang, q));
    }

    /** The fact names someone beside the article's subjects and those the question set aside. */
    private static boolean namesAnotherOne(String fact, ParsedQuestion pq, FactIndex idx) {
        return idx.profile(fact).map(p -> p.entities().stream().anyMatch(e -> !idx.isSubject(e) && !pq.excluded().contains(e)))
                .orElse(false);
    }

    /**
     * The conversation last asked of another one than the article's ("which earlier deal is this
     * compared with?"), itself or through questions since that only pointed back at it ("what year
     * was that?"): an "it" now is still that other one.
     */
    private static boolean askedOfTheOtherOne(List<ParsedQuestion> askedBefore) {
        for (int i = askedBefore.size() - 1; i >= 0; i--) {
            ParsedQuestion q = askedBefore.get(i);
            if (FollowUp.STANDARD.contrasts(q)) {
                return true;
            }
            if (!FollowUp.STANDARD.refersBack(q) && !FollowUp.saysNothingOfItsOwn(q) || !q.ids(Slot.Type.ENTITY).isEmpty()) {
                return false;       // a question of its own
            }
        }
        return false;
    }

    /**
     * "what was the price?" right after "has Meta ever bought Instagram?": a question that names no
     * party at all, asked while the chat is on something the article does not cover, asks of that
     * one, as a follow-up would ("what is data labelling?" defines a word, and is a question of its own).
     */
    private boolean afterUncovered(ParsedQuestion pq, String previous, FactIndex idx) {
        return pq.ids(Slot.Type.ENTITY).isEmpty() && pq.notCovered().isEmpty() && pq.unknownNames().isEmpty()
                && pq.definitionAsked().isEmpty() && !pq.smallTalk() && pq.intent() != Intent.ANY
                && onUncovered(eachAsked(new QuestionReader(idx, scoring), previous), idx);
    }

    /**
     * "وكم كان يدفع لها؟" (and how much was he paying her?) after "who was Scale's big customer that
     * left?", answered "Google, OpenAI and other labs...": the verb's doer, which Arabic leaves
     * unsaid and a chat may call "he" though it is a company, is whom the who-question was answered
     * with, not the article's parties (Meta's $14.8 billion is another's payment). Only a follow-up
     * that asks an act or a measure of its own (a concept), names no one, and points at no one else
     * by a pronoun ("he" when the answer named no person is that one); null otherwise. A bare "why?"
     * asked between them leaves the who-question the one leaned on.
     */
    /**
     * The last question asked before, a bare "why?" after it aside: "why?" between a who-question and
     * its follow-up asked the who-question's answer again, and named no one of its own. Null when none.
     */
    private static ParsedQuestion lastBesideBareWhys(List<ParsedQuestion> askedBefore) {
        int at = askedBefore.size() - 1;
        while (at > 0 && bareWhy(askedBefore.get(at))) {
            at--;
        }
        return at < 0 ? null : askedBefore.get(at);
    }

    /**
     * The follow-up asks an act or a measure of a doer it leaves unsaid, right after a who-question
     * (or "which customer...?") that named no one of its own: the doer is the one that question asked
     * for ({@link #doerAnswered} when an answer told who).
     */
    private static boolean asksOfWhomAskedFor(ParsedQuestion pq, List<ParsedQuestion> askedBefore, FactIndex idx) {
        ParsedQuestion last = lastBesideBareWhys(askedBefore);
        return last != null && (last.intent() == Intent.WHO || last.asksCompany())
                && last.ids(Slot.Type.ENTITY).stream().allMatch(idx::isSubject)
                && pq.intent() != Intent.WHO && pq.ids(Slot.Type.ENTITY).isEmpty() && !pq.ids(Slot.Type.CONCEPT).isEmpty()
                // ..."and how old is that one?": an age is a person's, and "that" the one asked for
                && (pq.intent() == Intent.AGE || !FollowUp.STANDARD.thingPronoun().matcher(pq.normalized()).find());
    }

    private static Slot doerAnswered(ParsedQuestion pq, List<ParsedQuestion> askedBefore, List<Slot> introduced, FactIndex idx) {
        ParsedQuestion last = lastBesideBareWhys(askedBefore);
        // "who is Jason Droege?" describes the one it names, and asks for no doer
        // ("which big customer cut ties with Scale?", "أي عميل كبير قطع علاقته بسكيل؟" asks who as well)
        if (last == null || last.intent() != Intent.WHO && !last.asksCompany() || last.ids(Slot.Type.ENTITY).stream().anyMatch(e -> !idx.isSubject(e))
                || pq.intent() == Intent.WHO || !pq.ids(Slot.Type.ENTITY).isEmpty() || pq.ids(Slot.Type.CONCEPT).isEmpty()) {
            return null;
        }
        // "وهو زعلان ليه؟" (and why is he upset?) after Zuckerberg's memo, then "who saw it?": in a chat
        // that named a person, the doer left unsaid may be that person
        if (askedBefore.stream().anyMatch(FollowUp::namesPerson)) {
            return null;
        }
        List<Slot> doers = introduced.stream().filter(s -> s.terms().stream().noneMatch(t -> idx.isSubject(t.id()))
                && s.terms().stream().allMatch(t -> t.type() != null && !"product".equals(t.type()))).toList();
        boolean personNamed = doers.stream().anyMatch(s -> s.terms().stream().anyMatch(Term::isPerson));
        boolean he = FollowUp.STANDARD.personPronoun().matcher(pq.text()).find();
        // "it", "they" and ـه point where FollowUp.referent said; لها after a preposition is whom he
        // paid (Scale), not who paid
        boolean pointsElsewhere = FollowUp.STANDARD.thingPronoun().matcher(pq.normalized()).find()
                || FollowUp.STANDARD.eitherPronoun().matcher(pq.text()).find()
                // ...as the Arabizi "3omro" reads: عمره, his or its age
                || FollowUp.STANDARD.eitherPronoun().matcher(pq.normalized()).find();
        if (doers.isEmpty() || he && personNamed || !he && pointsElsewhere) {
            return null;
        }
        return doers.get(0);
    }

    /**
     * The chat is on something the article does not cover: the last question named another company
     * or a name the knowledge never mentions ("did Meta ever buy Instagram?"), or only leaned on such
     * a question since ("how much?"). A follow-up that names no one of its own is about that one.
     */
    private static boolean onUncovered(List<ParsedQuestion> askedBefore, FactIndex idx) {
        for (int i = askedBefore.size() - 1; i >= 0; i--) {
            ParsedQuestion q = askedBefore.get(i);
            if (q.unknownNames().stream().anyMatch(Answerer::surelyAName) || q.notCovered().stream().anyMatch(t -> t.category() == Term.Category.OTHER)) {
                return true;
            }
            if (i == 0 || !FollowUp.STANDARD.leans(q, idx::isSubject) || q.ids(Slot.Type.ENTITY).stream().anyMatch(e -> !idx.isSubject(e))) {
                return false;       // a question of its own, about the article
            }
        }
        return false;
    }

    /**
     * A name nothing knows, as typed with a capital ("Wiz") or in Arabic letters: a word typed all in
     * small Latin letters may be Arabizi the letter rules could not read ("w hayeshtaghal eh f meta?").
     */
    private static boolean surelyAName(String name) {
        return !name.codePoints().filter(Character::isLetter).allMatch(c -> Character.isLowerCase(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    /**
     * The article's subjects a follow-up borrowed when its "it" points at one of them: "how much is
     * it spending?" after "how much did Meta invest in Scale?" is about Meta or about Scale AI, not
     * both. Empty when it names anyone of its own or borrowed fewer than two, all of them subjects.
     */
    private static Set<String> oneOf(ParsedQuestion asked, ParsedQuestion read, FactIndex idx) {
        Set<String> borrowed = new LinkedHashSet<>(read.ids(Slot.Type.ENTITY));
        if (!asked.ids(Slot.Type.ENTITY).isEmpty() || borrowed.size() < 2 || !borrowed.stream().allMatch(idx::isSubject)
                || !FollowUp.STANDARD.pointsAtOne(asked)) {
            return Set.of();
        }
        return borrowed;
    }

    /**
     * Whether a follow-up whose "it" is one of several, answered as about all of them, would be
     * answered alike (or not at all) about each one alone. A fact naming both may answer a question
     * about one of them worse than the fact about that one ("how much is it spending?": the $14.8
     * billion Meta put into Scale, or Meta's own $65 billion): the answer is then a guess.
     */
    private boolean sameAboutEach(String q, ParsedQuestion read, Set<String> oneOf, Answer answered, Language lang,
                                  FactIndex idx, Trace trace) {
        for (String one : oneOf) {
            Set<String> rest = new LinkedHashSet<>(oneOf);
            rest.remove(one);
            trace.line("-- \"it\" read as " + one + " alone");
            ParsedQuestion each = read.without(rest);
            Answer a = part(q, q, text -> each, lang, idx, trace).answer();
            // "and who founded it?": Wang, told with his age or with his move to Meta, is one answer
            boolean alike = a.facts().equals(answered.facts()) || a.facts().size() == 1 && answered.facts().size() == 1
                    && samePerson(each, idx.knowledge().fact(a.facts().get(0)).orElseThrow(),
                            idx.knowledge().fact(answered.facts().get(0)).orElseThrow(), idx);
            if (a.answered() && !alike) {
                trace.line("read about one alone it is answered otherwise: declined");
                return false;
            }
        }
        return true;
    }

    /**
     * "ومين رح يكون مديره؟" after a question about Wang: his manager is whom he reports to
     * (Zuckerberg), not who runs the company (Droege); about Droege, whose boss the article does not
     * name, it is declined rather than answered with his own post.
     */
    private static ParsedQuestion superiorOf(ParsedQuestion read, FactIndex idx, Trace trace) {
        FollowUp.Superior superior = FollowUp.STANDARD.superior();
        String role = FollowUp.STANDARD.superiorRole(read);
        java.util.Optional<Term> concept = idx.knowledge().lexicon().term(superior.concept());
        boolean person = read.ids(Slot.Type.ENTITY).stream().anyMatch(e -> "person".equals(idx.entityTypes().get(e)));
        if (role == null || !person || concept.isEmpty()) {
            return read;
        }
        Set<String> roleForms = dev.safqa.index.Terms.all(idx.analyzer(), ArabicText.fold(role));
        trace.line("a role of the one pointed at: " + role + " -> " + superior.concept());
        return read.replacing(s -> s.type() == Slot.Type.CONCEPT && s.terms().stream().anyMatch(t -> superior.insteadOf().contains(t.id()))
                        || (s.type() == Slot.Type.WORD || s.type() == Slot.Type.UNKNOWN_WORD) && s.forms().stream().anyMatch(roleForms::contains),
                new Slot(Slot.Type.CONCEPT, Set.of(concept.get().id()), Set.of(concept.get()), idx.specificity("c:" + concept.get().id()), false));
    }

    /**
     * It asks about another one than the conversation did: it names someone of its own beside the
     * article's subjects ("what about OpenAI?"), or "the other one" ("and the bigger one?").
     */
    private static boolean swapsSubject(ParsedQuestion pq, FactIndex idx) {
        return FollowUp.STANDARD.contrasts(pq) || pq.ids(Slot.Type.ENTITY).stream().anyMatch(e -> !idx.isSubject(e));
    }

    /**
     * The conversation is about one person it named: the last question that named a person named
     * one and was about them (it asks to describe them, "who is Jason Droege?", "tell me about
     * Droege": no concept asked, no claim; or asks their age, a reason, a time, a yes or no), and no
     * question since asked who (whose answer is then whom "he" means). Not a who-question asking for
     * someone else ("who replaced Wang?"), nor a what-question that may ask for another ("what's the
     * name of Wang's boss?").
     */
    private static boolean aboutOnePerson(List<ParsedQuestion> asked, FactIndex idx) {
        boolean about = false;
        for (ParsedQuestion q : asked) {
            long persons = q.ids(Slot.Type.ENTITY).stream().filter(e -> "person".equals(idx.entityTypes().get(e))).count();
            boolean describes = q.ids(Slot.Type.CONCEPT).isEmpty() && q.slots().stream().noneMatch(s -> s.type() == Slot.Type.UNKNOWN_WORD);
            if (persons > 0) {
                about = persons == 1 && switch (q.intent()) {
                    case WHO, WHAT, ANY -> describes && !q.claim();
                    default -> true;
                };
            } else if (q.intent() == Intent.WHO) {
                about = false;     // "who runs it now?": "he" is whom the answer names
            }
        }
        return about;
    }

    /**
     * The names the last answer brought in, whom a who-question gave first: "وهو عنده كام سنة؟" after
     * "How old is Wang?" then "ولمين هيبقى تابع في ميتا؟" (answered "Wang ... under Zuckerberg") is
     * Zuckerberg's age. The who-question asked for someone beside the person a question before named,
     * though the answer names that one first; unchanged after any other question.
     */
    private static List<Slot> answeredWhoFirst(List<ParsedQuestion> askedBefore, List<Slot> introduced, FactIndex idx) {
        if (askedBefore.isEmpty() || askedBefore.get(askedBefore.size() - 1).intent() != Intent.WHO) {
            return introduced;
        }
        Set<String> askedOf = new LinkedHashSet<>();
        askedBefore.forEach(q -> q.ids(Slot.Type.ENTITY).stream().filter(e -> "person".equals(idx.entityTypes().get(e)))
                .forEach(askedOf::add));
        List<Slot> out = new ArrayList<>(introduced.stream().filter(s -> s.terms().stream().noneMatch(t -> askedOf.contains(t.id()))).toList());
        introduced.stream().filter(s -> !out.contains(s)).forEach(out::add);
        return out;
    }

    /** Whom the last turn named, in its question or its answer, beside the article's own subjects. */
    private static Set<String> namedLastTurn(ParsedQuestion earlier, List<Slot> introduced, FactIndex idx) {
        Set<String> named = new LinkedHashSet<>(earlier.ids(Slot.Type.ENTITY));
        introduced.forEach(s -> s.terms().forEach(t -> named.add(t.id())));
        named.removeIf(idx::isSubject);
        return named;
    }

    /** What a follow-up leans on: the earlier questions, and the facts the last answer stated. */
    private record Scene(String questions, List<String> facts) {
        /** The scene as it stood one question earlier (the last answer's facts kept), or null if none was. */
        Scene before() {
            int cut = questions.strip().lastIndexOf('\n');
            return cut < 0 ? null : new Scene(questions.strip().substring(0, cut), facts);
        }
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
    private static ParsedQuestion understood(List<ParsedQuestion> asked, FactIndex idx) {
        ParsedQuestion out = null;
        for (ParsedQuestion pq : asked) {
            if (out != null && FollowUp.STANDARD.leans(pq, idx::isSubject)) {
                ParsedQuestion read = pq.following(out, null, FollowUp.STANDARD.ownNames(pq, idx::isSubject).isEmpty());
                // "and this one, when was it announced?" after the WhatsApp deal: not that deal any more
                Set<String> before = new LinkedHashSet<>(out.ids(Slot.Type.ENTITY));
                before.removeIf(idx::isSubject);
                before.removeAll(pq.ids(Slot.Type.ENTITY));
                out = FollowUp.STANDARD.contrasts(pq) ? read.without(before) : read;
            } else {
                out = pq;
            }
        }
        return out;
    }

    /** The earlier questions of a conversation, each read on its own, once, in order. */
    private static List<ParsedQuestion> eachAsked(QuestionReader reader, String earlier) {
        List<ParsedQuestion> out = new ArrayList<>();
        for (String line : earlier.split("\n")) {
            if (!line.isBlank()) {
                out.add(reader.read(line.strip(), LanguageDetector.detectLetters(line).orElse(Language.EN)));
            }
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

    /**
     * Two facts answer a who-question alike when the people they name beside those asked about are
     * the same ones: "whom does Wang report to?" is Zuckerberg whether told with Wang's new team or
     * with Zuckerberg's post, so there is nothing to ask back. With no people, the same companies,
     * one of them beyond the article's subjects: "who besides Google started ending its work with
     * Scale?" is OpenAI, whether told with the labs that cut ties or with OpenAI's own ending.
     */
    private static boolean samePerson(ParsedQuestion pq, Fact a, Fact b, FactIndex idx) {
        if (pq.intent() != Intent.WHO || pq.ids(Slot.Type.CONCEPT).isEmpty()) {
            return false;
        }
        Set<String> people = othersNamed(pq, a, idx, "person");
        if (!people.isEmpty()) {
            return people.equals(othersNamed(pq, b, idx, "person"));
        }
        Set<String> companies = othersNamed(pq, a, idx, "company");
        return companies.stream().anyMatch(e -> !idx.isSubject(e)) && othersNamed(pq, b, idx, "person").isEmpty()
                && companies.equals(othersNamed(pq, b, idx, "company"));
    }

    /**
     * Two facts that each give a reason for the same event of the same parties answer a why-question
     * alike ({@link Features#toldWithReason}), and two that tell the act of a party asked only what
     * it did ({@link Features#sameAct}): either is the answer, nothing to ask back.
     */
    private static boolean sameReason(ParsedQuestion pq, Fact a, Fact b, FactIndex idx) {
        return idx.profile(a.id()).flatMap(pa -> idx.profile(b.id())
                .map(pb -> pq.intent() == Intent.WHY && Features.toldWithReason(pq, pa, pb, idx)
                        || Features.sameAct(pq, pa, pb, idx))).orElse(false);
    }

    private static Set<String> othersNamed(ParsedQuestion pq, Fact f, FactIndex idx, String type) {
        Set<String> out = new java.util.TreeSet<>();
        idx.profile(f.id()).ifPresent(p -> p.entities().stream()
                .filter(e -> type.equals(idx.entityTypes().get(e)) && !pq.ids(Slot.Type.ENTITY).contains(e))
                .forEach(out::add));
        return out;
    }

    private static Set<String> values(Fact f) {
        Set<String> out = new java.util.TreeSet<>();
        f.figures().forEach(fig -> out.add(Numbers.canonical(fig.value())));
        return out;
    }

    /**
     * The unknown name to decline with, as a reader would write it: the first with the unknown
     * names right after it ("Lucy Guo", not "lucy"), capitalised when typed all in lower case.
     */
    static String unknownName(ParsedQuestion pq) {
        List<String> names = pq.unknownNames();
        String text = pq.text();
        int at = text.indexOf(names.get(0));
        StringBuilder name = new StringBuilder(names.get(0));
        int end = at < 0 ? -1 : at + names.get(0).length();
        for (int i = 1; end >= 0 && i < names.size(); i++) {
            String gap = text.substring(end);
            String next = names.get(i);
            if (!gap.startsWith(" " + next)) {
                break;
            }
            name.append(' ').append(next);
            end += 1 + next.length();
        }
        String out = name.toString();
        if (out.equals(out.toLowerCase(Locale.ROOT)) && out.chars().allMatch(c -> c < 128)) {
            StringBuilder cap = new StringBuilder();
            for (String w : out.split(" ")) {
                cap.append(cap.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
            out = cap.toString();
        }
        return out;
    }

    /** The reply to a question that needs no ranking: small talk, or something the article never covers. */
    private static Answer beforeRanking(String whole, Language lang, ParsedQuestion pq, FactIndex idx) {
        if (pq.smallTalk()) {
            return Answer.decline(whole, lang, Outcome.SMALL_TALK, Replies.greeting(lang), suggestions(idx, List.of(), lang, whole));
        }
        if (pq.form().opinion() && pq.claim()) {
            // "do you think Wang will succeed at Meta?": a view asked, however like a claim it reads;
            // a "No" would grade a forecast the article never makes
            return Answer.decline(whole, lang, Outcome.NOT_IN_ARTICLE, Replies.noOpinion(lang), suggestions(idx, List.of(), lang, whole));
        }
        Fact compared = Claims.comparedInstead(pq, idx);
        if (compared != null) {
            // "the biggest since Instagram?": the article compares it with another deal
            return new Answer(whole, lang, Outcome.ANSWERED, Replies.no(lang) + compared.answer(lang),
                    List.of(citation(compared)), List.of(compared.id()), List.of(), List.of());
        }
        Claims.Pinned pinned = Claims.pinnedOther(pq, idx);
        if (pinned != null) {
            // "the memo was reported by the New York Times, right?": the article names another there
            Fact f = pinned.fact();
            Fact holder = pinned.state() ? null : Claims.holderOfClaimedPost(pq, f, idx);
            if (holder != null && f.answer(lang).length() + holder.answer(lang).length() < MAX_REPLY_CHARS) {
                // "Wang is Meta's CEO now, right?": the "No" says whose post it is, not only what Wang does
                return new Answer(whole, lang, Outcome.ANSWERED, Replies.no(lang) + f.answer(lang) + " " + holder.answer(lang),
                        List.of(citation(f), citation(holder)), List.of(f.id(), holder.id()), List.of(), List.of());
            }
            return new Answer(whole, lang, Outcome.ANSWERED, (pinned.state() ? "" : Replies.no(lang)) + f.answer(lang),
                    List.of(citation(f)), List.of(f.id()), List.of(), List.of());
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
        String undefined = pq.definesUnknown();
        if (undefined != null) {
            return Answer.decline(whole, lang, Outcome.NOT_IN_ARTICLE, Replies.notMentioned(lang, undefined), suggestions(idx, List.of(), lang, whole));
        }
        if (pq.aboutTheArticle()) {
            return Answer.decline(whole, lang, Outcome.NOT_IN_ARTICLE, Replies.notInArticle(lang), suggestions(idx, List.of(), lang, whole));
        }
        if (!pq.unknownNames().isEmpty()) {
            // a name the article never mentions: whatever else matches is about something else
            return Answer.decline(whole, lang, Outcome.NOT_IN_ARTICLE, Replies.notMentioned(lang, unknownName(pq)),
                    suggestions(idx, List.of(), lang, whole));
        }
        String unmentioned = Claims.unmentioned(pq);
        if (unmentioned != null) {
            // an outlet the article never names, however it is typed ("the wall street journal", رويترز)
            return Answer.decline(whole, lang, Outcome.NOT_IN_ARTICLE, Replies.notMentioned(lang, unmentioned),
                    suggestions(idx, List.of(), lang, whole));
        }
        // "what's the 28 about?": nothing named, but a figure a fact states, which says what is asked (FiguresAsked)
        if (!FiguresAsked.quotesAStatedFigure(pq, idx) && !pq.namesSomething() && pq.slots().stream().noneMatch(s -> s.type() == Slot.Type.WORD)
                && pq.terms().stream().noneMatch(idx::knowsAnywhere)) {
            return Answer.decline(whole, lang, Outcome.OFF_TOPIC, Replies.offTopic(lang), suggestions(idx, List.of(), lang, whole));
        }
        if (oneBareWord(pq)) {
            return Answer.decline(whole, lang, Outcome.OFF_TOPIC, Replies.offTopic(lang), suggestions(idx, List.of(), lang, whole));
        }
        return null;
    }

    /**
     * "check", "ticket": a message of one word that names no entity or concept of the lexicon and no
     * figure asks nothing, though an alternate question happens to use the word ("how big a check
     * did Zuckerberg write?"); it matched that question's fact by chance.
     */
    private static boolean oneBareWord(ParsedQuestion pq) {
        return !pq.namesSomething() && pq.numbers().isEmpty() && pq.intent() == Intent.ANY && !pq.claim()
                && pq.slots().size() == 1 && pq.slots().get(0).type() == Slot.Type.WORD
                && pq.text().strip().split("[\\s\\p{Punct}،؟]+").length == 1;
    }

    /** The best fact said, with a claim's verdict in front when the question made one. */
    private Answer state(String whole, Language lang, ParsedQuestion pq, Fact best, List<Candidate> ranked,
                         FactIndex idx, Outcome decline, String declineText, Trace trace) {
        Verdict verdict = pq.claim() && !Claims.compares(pq) ? verdict(pq, best) : Verdict.NONE;
        if (verdict == Verdict.NONE && !pq.claim() && Claims.claimed(pq) && !pq.form().instruction()
                && !Claims.compares(pq) && otherMonth(pq, best)) {
            // "الصفقة اتعلنت في مايو؟": a statement asked back claims its month as "was it announced
            // in May?" does; the fact's other month (June) is a "No", never a restatement
            trace.line("a statement asked back, of another month than the fact's");
            verdict = Verdict.CONTRADICTS;
        }
        // (an Arabic bound's من, "اكتر من نص", is no "who": a statement that asks nothing by its intent is asked back)
        if (verdict == Verdict.NONE && (pq.claim() || Claims.claimed(pq) || pq.intent() == Intent.ANY)
                && !pq.form().instruction() && boundDenied(pq, best)) {
            // "Meta owns more than half of Scale now?", "will Meta spend over $100 billion?": the
            // fact's figure (49%, up to $65 billion) is on the other side of the bound claimed
            trace.line("a bound or a share claimed that the fact's figure falls outside");
            verdict = Verdict.CONTRADICTS;
        }
        if (verdict == Verdict.CONTRADICTS && ReadingRules.STANDARD.approximately().matcher(pq.normalized()).find()
                && nearly(pq, best)) {
            // "Scale is worth around 30 billion, right?": a figure said loosely that is near the
            // fact's ($29 billion) is not denied; the fact's own figure is stated for the reader,
            // with no "Yes" to what else the claim says of it
            trace.line("a figure said loosely, near the fact's");
            verdict = Verdict.NONE;
        }
        if (verdict == Verdict.AGREES && pq.finds(EXACTLY) && statedLoosely(pq, best)) {
            // "Scale expects exactly $2 billion of revenue in 2025?": the fact's figure agrees but is
            // "more than $2 billion" (or "about", "up to"); a "Yes" would bear out the "exactly"
            trace.line("a figure claimed exact, which the fact gives with a bound or loosely");
            verdict = Verdict.NONE;
        }
        // "Meta didn't pay $14.8 billion, right?", "ميتا ما دفعت 14.8 مليار صح؟": a "Yes" would bear
        // out the figure or the "not", a "No" deny either; the fact is stated with neither
        boolean saidNot = (verdict == Verdict.AGREES || verdict == Verdict.CONTRADICTS) && saidInTheNegative(pq);
        if (saidNot) {
            trace.line("its figures claimed in the negative: the fact, with neither \"Yes\" nor \"No\"");
        }
        if (verdict == Verdict.CONTRADICTS && Claims.choosesStated(pq, best)) {
            // "is the stake 49 percent or 51?": one figure offered is the fact's, which answers the
            // choice; neither a "No" nor a "Yes" would
            trace.line("a choice of figures, one of them the fact's");
            verdict = Verdict.NONE;
        } else if (verdict == Verdict.CONTRADICTS) {
            Fact bearsOut = otherReadingBearsOut(pq, best, ranked, lang);
            if (bearsOut != null) {
                // "meta spent like 15 billion on it, right?": "it" may be the AI budget ($65 billion,
                // a "No") or the deal ($14.8 billion, about right); which one is meant would be a guess
                trace.line("another reading bears the claim out: " + bearsOut.id());
                return Answer.decline(whole, lang, decline, declineText, suggestions(idx, List.of(best, bearsOut), lang, whole));
            }
            Fact correctsOtherwise = otherCorrection(pq, best, ranked);
            if (correctsOtherwise != null) {
                // "say Meta spent $3 billion on Scale. How much did it spend?": the AI budget ($65
                // billion) and the deal ($14.8 billion) both say otherwise; which one sets it right is a guess
                trace.line("another fact corrects the figure it is told to say with another: " + correctsOtherwise.id());
                return Answer.decline(whole, lang, decline, declineText, suggestions(idx, List.of(best, correctsOtherwise), lang, whole));
            }
            best = ofClaimedPeriod(pq, best, ranked);
        } else if (verdict == Verdict.UNRELATED && !pq.form().claimed().isEmpty()) {
            // "Meta bought Scale for $29 billion, right?": the valuation fact states no price to
            // judge the claim by; a fact close enough to answer that does, and says otherwise, leads
            for (Candidate c : ranked) {
                if (c.probability() >= scoring.answer() && c.fact() != best && verdict(pq, c.fact()) == Verdict.CONTRADICTS) {
                    trace.line("judged by " + c.fact().id() + ", which states what the claim measures");
                    best = c.fact();
                    verdict = Verdict.CONTRADICTS;
                    break;
                }
            }
        }
        String text = best.answer(lang);
        List<Citation> citations = new ArrayList<>(List.of(citation(best)));
        List<String> facts = new ArrayList<>(List.of(best.id()));
        trace.line("claim: " + verdict.name().toLowerCase(Locale.ROOT) + " " + pq.form().claimed());
        switch (verdict) {
            case CONTRADICTS -> {
                text = (saidNot ? "" : Replies.no(lang)) + text;
                // "$29 billion is the valuation": the fact that has the claimed figure, if one does
                Fact other = factWithClaimedFigure(pq, best, ranked, idx);
                if (other != null && text.length() + other.answer(lang).length() < MAX_REPLY_CHARS) {
                    text = text + " " + other.answer(lang);
                    citations.add(citation(other));
                    facts.add(other.id());
                }
            }
            case AGREES -> {
                if (!saidNot && pq.form().claimed().values().stream().allMatch(k -> k != null && k.isTime())
                        && Claims.claimed(pq) && !pq.form().instruction() && (approvedBut(pq, best) || otherMultiple(pq, best))) {
                    // "revenue is set to triple by 2025, right?": the year agrees, the growth does not
                    text = Replies.no(lang) + text;
                    break;
                }
                // "will Scale actually hit its 2025 target?": a year the fact states too is when, not
                // what; with no other figure claimed, whether the fact bears out the rest is for
                // confirms to judge, as with a month alone. A fact that tells when something happened
                // ("announced in June 2025?") is borne out by its time itself
                boolean onlyWhen = pq.form().claimed().values().stream().allMatch(k -> k != null && k.isTime())
                        && !best.kinds().contains(QuestionKind.WHEN);
                // "is Meta still paying $14.8 billion?": the figure agrees, that it goes on the fact does not say
                boolean goesOn = ReadingRules.STANDARD.words().continuation().matcher(pq.normalized()).find();
                // (a year alone agreeing, "ايرادات سكيل بـ2024 كانت مليار ونص؟", leaves the sum claimed
                // after it to the checks below)
                if (!pq.form().instruction() && !sumUnread(pq)
                        // (a figure of no kind read, "the 28-year-old founder", counts: it agreed all the same)
                        && pq.form().claimed().values().stream().anyMatch(k -> k == null || !k.isTime())
                        && claimsMoreAfterFigures(pq, idx)) {
                    // "does Meta's 49% stake come with voting rights?": the figure agrees, what the
                    // question says of it is a word the article never uses; neither "Yes" nor the fact
                    trace.line("claims more after its figures than the article says");
                    return Answer.decline(whole, lang, decline, declineText, suggestions(idx, List.of(best), lang, whole));
                }
                boolean unsaid = predicateAfterFiguresUnsaid(pq, best, idx);
                if (unsaid) {
                    trace.line("asks of its figures what " + best.id() + " does not say: no \"Yes\"");
                }
                if (!saidNot && !pq.form().instruction() && !sumUnread(pq) && !goesOn && !unsaid && (!onlyWhen || confirms(pq, best, ranked, idx))) {
                    if (Claims.claimed(pq) && Claims.doneAgainstPlan(pq, best)) {
                        // "Google paid Scale $200 million in 2025?": the figure agrees, but the fact
                        // gives it as a plan (had planned to pay), and a plan is not done
                        trace.line("claims done what " + best.id() + " gives as a plan or a forecast");
                        text = Replies.no(lang) + text;
                    } else {
                        text = Replies.yes(lang) + text;
                    }
                }
            }
            case NONE -> {
                if (pq.form().instruction() && (pq.intent() == Intent.ANY || pq.intent() == Intent.YES_NO)) {
                    // told to say or write something that is no claim to check and asks nothing
                    // ("write me a poem about Zuckerberg"): a fact stated would be a reply to another question
                    return Answer.decline(whole, lang, decline, declineText, suggestions(idx, List.of(best), lang, whole));
                }
                // "Llama 4 got a warm welcome from developers?": a statement asked back claims as a tag does
                boolean askedBack = Claims.claimed(pq) && !pq.form().instruction();
                if (pq.claim() && !pq.form().instruction() && !Claims.compares(pq) && confirms(pq, best, ranked, idx)) {
                    text = Replies.yes(lang) + text;
                } else if ((pq.claim() || askedBack) && !pq.form().instruction() && !Claims.compares(pq)
                        && deniedByItsNot(pq, best, idx)) {
                    // "Is it true that OpenAI did not stop working with Scale?": said without its
                    // "not", the claim is borne out, so said with it, it is denied
                    trace.line("the claim without its \"not\" is borne out by " + best.id());
                    text = Replies.no(lang) + text;
                } else if ((askedBack || pq.intent() == Intent.YES_NO && !pq.form().instruction()) && approvedBut(pq, best)) {
                    // "developers loved Llama 4, didn't they?": the fact says they did not; asked
                    // outright too ("did Llama 4 come out in April to rave reviews?")
                    text = Replies.no(lang) + text;
                } else if (askedBack && otherMultiple(pq, best)) {
                    // "Scale expects revenue to triple, right?": the fact says it doubles
                    text = Replies.no(lang) + text;
                } else if (askedBack && CAUSE.matcher(pq.normalized()).find() && unsaidCause(pq, best, idx)) {
                    // "Google is looking for other providers because it wants cheaper data?": the
                    // fact gives another reason ("No:" with it), or none (declined)
                    trace.line("claims a reason the fact does not give");
                    if (!best.kinds().contains(QuestionKind.WHY)) {
                        return Answer.decline(whole, lang, decline, declineText, suggestions(idx, List.of(best), lang, whole));
                    }
                    text = Replies.no(lang) + text;
                } else if (askedBack && tieWithAnother(pq, best, idx)) {
                    // "Google cut ties with Meta, right?": the ties it cut were with Scale
                    trace.line("claims the tie the fact says ends with another party");
                    return Answer.decline(whole, lang, decline, declineText, suggestions(idx, List.of(best), lang, whole));
                } else if (askedBack) {
                    // "Wang was promoted to CEO, right?": the promotion is Droege's
                    Another another = anothersAct(pq, best, idx);
                    if (another != Another.NONE) {
                        trace.line("the fact tells of another than the claim: " + idx.firstEntityInAnswer(best, lang));
                    }
                    if (another == Another.DENIED) {
                        text = Replies.no(lang) + text;
                    } else if (another == Another.DOUBT) {
                        return Answer.decline(whole, lang, decline, declineText, suggestions(idx, List.of(best), lang, whole));
                    }
                }
            }
            case UNRELATED -> {
                if (best.figures().isEmpty() && FIGURE_OF_SOMEONE.matcher(pq.normalized()).find()) {
                    // "is he 28 too?" of Scale's new CEO: the fact about him states no figure, so it neither
                    // bears the claim out nor sets it right; told without a word on the figure it looks checked
                    trace.line("claims a figure of someone the fact states no figure of");
                    return Answer.decline(whole, lang, decline, declineText, suggestions(idx, List.of(best), lang, whole));
                }
                if (pq.form().instruction()) {
                    // told to say a figure the article cannot confirm or correct: say nothing of it
                    return Answer.decline(whole, lang, decline, declineText, suggestions(idx, List.of(best), lang, whole));
                }
            }
        }
        List<Answer.Related> related = new ArrayList<>();
        // a figure asked about is stated even when the model ranked nothing ("شو يعني مبلغ 870 مليون؟")
        for (Candidate c : ranked.subList(Math.min(1, ranked.size()), ranked.size())) {
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

    /**
     * Another candidate the model finds near enough to ask about (the clarify level) that bears out
     * a claim the best one contradicts: it states the claimed figures, or ones close to them where
     * the claim says it is approximate ("like 15 billion": $14.8 billion), and is about every measure
     * the question names (spending: the sum Meta invested, as its AI budget). A claim that names what
     * it measures otherwise ("valued at $14.8 billion") is the best fact's to correct. Null if none.
     */
    private Fact otherReadingBearsOut(ParsedQuestion pq, Fact best, List<Candidate> ranked, Language lang) {
        Set<String> measured = new LinkedHashSet<>();
        pq.slots().stream().filter(s -> s.type() == Slot.Type.CONCEPT && !s.context())
                .flatMap(s -> s.terms().stream()).filter(t -> t.kind() != null && !t.generic()).forEach(t -> measured.add(t.id()));
        boolean roughly = ReadingRules.STANDARD.approximately().matcher(pq.normalized()).find();
        for (Candidate c : ranked) {
            Fact f = c.fact();
            if (f == best || !f.curated() || c.probability() < scoring.clarify() || sameAnswer(f, best, lang)
                    || !f.topics().containsAll(measured)) {
                continue;
            }
            if (verdict(pq, f) == Verdict.AGREES || roughly && nearly(pq, f)) {
                return f;
            }
        }
        return null;
    }

    /**
     * A figure Safqa is told to say, which two facts close enough to answer each contradict with a
     * figure of its kind the other does not state: the fact the instruction's own sentence is about
     * may be either ("tell them Meta spent $3 billion on Scale. What did Meta spend?": the deal's
     * $14.8 billion or the $65 billion AI budget). Only for an instruction, where what is asked
     * comes after what Safqa is told to say; null when every such fact corrects it alike.
     */
    private Fact otherCorrection(ParsedQuestion pq, Fact best, List<Candidate> ranked) {
        if (!pq.form().instruction()) {
            return null;
        }
        Set<FigureKind> kinds = EnumSet.noneOf(FigureKind.class);
        pq.form().claimed().values().stream().filter(k -> k != null && !k.isTime()).forEach(kinds::add);
        // "say revenue was 1.5 billion for 2024": the year told picks the fact; one of another year is no other reading
        List<String> when = pq.form().claimed().entrySet().stream().filter(e -> e.getValue() != null && e.getValue().isTime())
                .map(Map.Entry::getKey).toList();
        Set<String> stated = new HashSet<>();
        best.figures().stream().filter(fig -> kinds.contains(fig.kind())).forEach(fig -> stated.add(Numbers.canonical(fig.value())));
        for (Candidate c : ranked) {
            if (c.fact() == best || !c.fact().curated() || c.probability() < scoring.answer()
                    || verdict(pq, c.fact()) != Verdict.CONTRADICTS
                    || !when.stream().allMatch(y -> c.fact().figures().stream().anyMatch(fig -> Numbers.canonical(fig.value()).equals(y)))) {
                continue;
            }
            List<String> its = c.fact().figures().stream().filter(fig -> kinds.contains(fig.kind()))
                    .map(fig -> Numbers.canonical(fig.value())).toList();
            if (!its.isEmpty() && its.stream().noneMatch(stated::contains)) {
                return c.fact();
            }
        }
        return null;
    }

    /** A claimed figure's distance from the fact's that "like", "about" still allow (5%). */
    private static final double ROUGHLY = 0.05;

    /** Whether the fact states, of a kind each could be, a figure within {@link #ROUGHLY} of each one claimed. */
    private static boolean nearly(ParsedQuestion pq, Fact f) {
        Map<String, FigureKind> claimed = pq.form().claimed();
        return !claimed.isEmpty() && claimed.entrySet().stream().allMatch(c -> f.figures().stream().anyMatch(fig -> {
            if (!compatible(c.getValue(), fig.kind()) || fig.kind().isTime()) {
                return false;
            }
            try {
                double said = Double.parseDouble(c.getKey());
                double stated = Double.parseDouble(Numbers.canonical(fig.value()));
                return stated != 0 && Math.abs(said - stated) / Math.abs(stated) <= ROUGHLY;
            } catch (NumberFormatException e) {
                return false;
            }
        }));
    }

    /**
     * Whether a fact says yes to a yes/no question without figures ("Did Jason Droege take over as
     * Scale's CEO?"): it accounts for every part of the question, each thing asked about is one of
     * its topics and none is a measure, it is about the one the question is about (its first name
     * is the question's first), and nothing in the question or the fact turns it ("still", "only",
     * "not", "A or B"). Otherwise
     * the fact is stated without a yes, for the reader to judge.
     */
    /** "one of", أحد أكبر: a fact that places one among others (reading.yaml, one-of). */
    private static final Rule ONE_OF = ReadingRules.rule("one-of");
    private static final java.util.regex.Pattern CONTRACTED_NOT = java.util.regex.Pattern.compile("n't\\b");
    private static final java.util.regex.Pattern SPELT_NOT = java.util.regex.Pattern.compile("\\s+not\\b|(?<=can)not\\b");

    /**
     * "Is it true that OpenAI did not stop working with Scale?", "Droege wasn't promoted, right?": a
     * claim with one verb said in the negative after its subject, which read again without the
     * "not" is borne out by the fact ({@link #confirms}): the claim is denied. Only one "not" in
     * all ("isn't it true that he didn't...?" is left alone), and none at the head of the question
     * ("Didn't OpenAI stop...?" claims that it did). In Arabic the "not" is a particle after the
     * subject ("جوجل ما قطعت علاقتها مع سكيل صح؟"), taken out (reading.yaml, negated-claim).
     */
    private boolean deniedByItsNot(ParsedQuestion pq, Fact best, FactIndex idx) {
        String said = ReadingRules.STANDARD.words().tagEnd().matcher(pq.normalized()).replaceFirst("");
        boolean english = pq.language() == Language.EN;
        java.util.regex.Matcher not = (english ? QuestionReader.NEGATED_VERB : NEGATED_CLAIM).matcher(said);
        if (!not.find() || Features.SAYS_NOT.matcher(said).results().count() > 1) {
            return false;
        }
        int start = not.start();
        int end = not.end();
        String verb = not.group();
        // "جوجل ما قطعت علاقتها مع سكيل صح؟": the Arabic particle is a word of its own, taken out;
        // only one there too
        if (!english && not.find()) {
            return false;
        }
        String positive = !english ? ""
                : verb.contains("won't") ? verb.replace("won't", "will")
                : verb.contains("can't") ? verb.replace("can't", "can")
                : SPELT_NOT.matcher(CONTRACTED_NOT.matcher(verb).replaceAll("")).replaceAll("");
        // (the tag is at the end: "..., right?" stays, and keeps the claim a claim)
        String plain = pq.normalized().substring(0, start) + positive + pq.normalized().substring(end);
        ParsedQuestion asSaid = new QuestionReader(idx, scoring).read(plain, pq.language());
        if (!asSaid.claim()) {
            return false;
        }
        // ranked again as said without it: the "not" ("wasn't") may be a word the fact does not cover
        List<Candidate> again = rank(asSaid, idx, Trace.OFF, null);
        return !again.isEmpty() && again.get(0).fact() == best && confirms(asSaid, best, again, idx);
    }
    /** A claim said in the negative after its subject, in either language (reading.yaml, negated-claim). */
    private static final Rule NEGATED_CLAIM = ReadingRules.rule("negated-claim");

    /** "Meta didn't pay $14.8 billion, right?", "ميتا ما دفعت 14.8 مليار صح؟": its tag aside, the claim says "not". */
    private static boolean saidInTheNegative(ParsedQuestion pq) {
        return NEGATED_CLAIM.find(ReadingRules.STANDARD.words().tagEnd().matcher(pq.normalized()).replaceFirst(""));
    }

    /** "the biggest", الأكبر: a rank claimed (reading.yaml, superlative-word); no rank, no "one of" needed. */
    private static final Rule SUPERLATIVE = ReadingRules.rule("superlative-word");

    /** "already": a fact's word that says a thing was under way (reading.yaml, not-yet-already). */
    private static final Rule STRESSED_DONE = ReadingRules.rule("not-yet-already");

    private static boolean confirms(ParsedQuestion pq, Fact f, List<Candidate> ranked, FactIndex idx) {
        ReadingRules.Words words = ReadingRules.STANDARD.words();
        // ("وانغ ما رح يترك سكيل؟": an Arabic "not" the hedges cannot tell from "what" is one after a subject)
        if (pq.form().claimed().values().stream().anyMatch(k -> k == null || !k.isTime()) || words.hedge().matcher(pq.normalized()).find()
                || words.alternative().matcher(pq.normalized()).find() || saidInTheNegative(pq)) {
            return false;
        }
        double[] x = ranked.stream().filter(c -> c.fact() == f).map(Candidate::features).findFirst().orElse(null);
        if (x == null || x[Features.COVERAGE] < 1 || x[Features.UNKNOWN_WORDS] > 0) {
            return false;
        }
        // "did OpenAI begin pulling back from Scale?": a fact that says it was already doing so bears
        // out that it began; its "already" turns nothing a question of a start asks
        String told = ArabicText.fold(f.answer(pq.language()));
        if (QuestionReader.ASPECT_VERB.matcher(pq.normalized()).find()) {
            told = STRESSED_DONE.matcher(told).replaceAll(" ");
        }
        if (words.hedge().matcher(told).find()) {
            return false;
        }
        FactIndex.Profile profile = idx.profile(f.id()).orElse(null);
        // "was Google one of Scale AI's biggest customers?": the fact says "one of", and so must a
        // question that ranks for a yes ("was Google Scale's biggest customer?" is not borne out;
        // "did Google cut ties with Scale?" ranks nothing)
        boolean oneOf = ONE_OF.matcher(ArabicText.fold(f.answer(pq.language()))).find();
        if (oneOf && !ONE_OF.matcher(pq.normalized()).find()
                && SUPERLATIVE.matcher(pq.normalized()).find()) {
            return false;
        }
        // "was Google among Scale's largest clients?": ranked "one of" as the fact ranks it, in other
        // words: the rank itself, and what is ranked if it is one of the fact's topics (customers;
        // "one of the biggest investors in Scale?" ranks what the fact does not)
        boolean rankedAlike = oneOf && profile != null && ONE_OF.matcher(pq.normalized()).find()
                && SUPERLATIVE.matcher(pq.normalized()).find();
        for (Slot s : pq.slots()) {
            if (s.type() != Slot.Type.CONCEPT || s.context()) {
                continue;
            }
            // "one of Scale AI's biggest customers": what the fact says in the question's own words is
            // borne out, though "biggest" is no topic of it and customers are a count
            boolean inItsWords = profile != null && !s.forms().isEmpty() && profile.words().containsAll(s.forms())
                    || rankedAlike && (SUPERLATIVE.matcher(String.join(" ", s.forms())).find()
                            || s.terms().stream().anyMatch(t -> f.topics().contains(t.id())));
            // "a majority stake", "worth more": a measure is a figure to compare, not a yes
            if (!inItsWords && (s.terms().stream().noneMatch(t -> f.topics().contains(t.id())) || s.terms().stream().anyMatch(t -> t.kind() != null))) {
                return false;
            }
            // "did Google drop Meta too?": the fact names Meta (after Meta's investment), but the
            // ties it says were cut are with Scale; a tie claimed cut with another is no "yes"
            if (s.terms().stream().anyMatch(t -> Features.ACTS.contains(t.id()) && !Features.withWhomAsked(pq.slots(), t.id(), idx))) {
                return false;
            }
        }
        // "Bloomberg wrote the memo, right?": the fact names Bloomberg, but as the outlet that saw it;
        // who wrote it is pinned to another. A slot the claim names (its cue) that the fact fills with
        // no one the claim names is no "yes"
        Set<String> named = pq.ids(Slot.Type.ENTITY);
        for (Map.Entry<String, List<String>> pin : f.pins().entrySet()) {
            Claims.PinnedSlot slot = Claims.PINNED.get(pin.getKey());
            if (slot != null && slot.cue() != null && !pin.getValue().isEmpty()
                    && pin.getValue().stream().noneMatch(named::contains) && slot.cue().matcher(pq.normalized()).find()) {
                return false;
            }
        }
        if (movedTheOtherWay(pq, f, idx)) {
            return false;
        }
        String asked = pq.slots().stream().filter(s -> s.type() == Slot.Type.ENTITY && !s.context())
                .flatMap(s -> s.terms().stream()).map(Term::id).findFirst().orElse(null);
        return asked != null && (asked.equals(idx.firstEntityInAnswer(f, pq.language())) || placedAsPinned(pq, f, idx));
    }

    /**
     * "Will Wang report directly to Zuckerberg?", "was the Zuckerberg memo seen by Bloomberg?": the
     * answer names another first (Zuckerberg is Meta's CEO; Bloomberg saw the memo), but the claim
     * puts those it names where the fact pins them: in its line (Wang below, Zuckerberg above), or
     * in a slot whose cue it says, filled with the one the fact gives (seen by: Bloomberg). A slot
     * cued with another in it has already been no "yes" (confirms).
     */
    private static boolean placedAsPinned(ParsedQuestion pq, Fact f, FactIndex idx) {
        Map<String, String> places = pq.lines(idx.knowledge().lexicon());
        if (!places.isEmpty()) {
            return places.entrySet().stream().allMatch(e -> f.pins().getOrDefault(e.getValue(), List.of()).contains(e.getKey()));
        }
        Set<String> named = pq.ids(Slot.Type.ENTITY);
        for (Map.Entry<String, List<String>> pin : f.pins().entrySet()) {
            Claims.PinnedSlot slot = Claims.PINNED.get(pin.getKey());
            if (slot != null && slot.cue() != null && pin.getValue().stream().anyMatch(named::contains)
                    && slot.cue().matcher(pq.normalized()).find()) {
                return true;
            }
        }
        return false;
    }

    /** The lexicon's concepts of a move: joining a company and leaving one. */
    private static final String JOIN = "join";
    private static final String LEAVE = "leave";

    /**
     * "Did Wang leave Meta to join Scale?", "هل سينضم وانغ إلى سكيل؟": the fact tells a move away from
     * the company it says the tie ends with ({@code ends}: Scale AI) to another. A company claimed
     * joined that the fact says is left, or claimed left that it does not say is, turns the move
     * around: every word of the question is in the fact, and still it is no "yes". The company is the
     * first one named after the move's word (in Arabic the person comes between: سينضم وانغ إلى سكيل).
     */
    private static boolean movedTheOtherWay(ParsedQuestion pq, Fact f, FactIndex idx) {
        Map<String, String> types = idx.entityTypes();
        if (f.ends().stream().noneMatch(e -> "company".equals(types.get(e)))) {
            return false;
        }
        String move = null;
        for (Slot s : pq.slots()) {
            if (s.type() == Slot.Type.CONCEPT) {
                Set<String> ids = s.terms().stream().map(Term::id).collect(java.util.stream.Collectors.toSet());
                move = ids.contains(JOIN) ? JOIN : ids.contains(LEAVE) ? LEAVE : move;
            } else if (move != null && s.type() == Slot.Type.ENTITY) {
                String company = s.terms().stream().map(Term::id).filter(id -> "company".equals(types.get(id))).findFirst().orElse(null);
                if (company != null) {
                    if (f.ends().contains(company) == JOIN.equals(move)) {
                        return true;
                    }
                    move = null;
                }
            }
        }
        return false;
    }

    /**
     * "Google cut ties with Meta after the deal, right?", "did OpenAI stop working with Meta?": a
     * claim of an act the fact tells (reading.yaml, acts), with a party the facts of that act do not
     * say it was with (their {@code ends}: Scale). Stated alone, the fact reads as a yes; whether
     * there was such a tie at all the article does not say, so no "No" either.
     */
    private static boolean tieWithAnother(ParsedQuestion pq, Fact f, FactIndex idx) {
        return pq.slots().stream().filter(s -> s.type() == Slot.Type.CONCEPT && !s.context())
                .flatMap(s -> s.terms().stream()).map(Term::id)
                .anyMatch(c -> Features.ACTS.contains(c) && f.topics().contains(c) && !Features.withWhomAsked(pq.slots(), c, idx));
    }

    /** reading.yaml, multiples: each growth by a multiple and the words that say it. */
    private static final Map<String, Rule> MULTIPLES = multiples();
    private static final String DOUBLE = "double";

    private static Map<String, Rule> multiples() {
        Map<String, Rule> out = new java.util.LinkedHashMap<>();
        ReadingRules.READING.path("multiples").fieldNames().forEachRemaining(
                k -> out.put(k, ReadingRules.any(ReadingRules.READING.path("multiples"), k)));
        return Map.copyOf(out);
    }

    /**
     * "Scale expects revenue to triple, right?", "هل ستتضاعف ثلاث مرات؟": a claim of a growth by one
     * multiple while the fact's English answer says another (it doubles), and not the one claimed.
     * Not when a word turns the claim ("not triple"), the tag aside.
     */
    private static boolean otherMultiple(ParsedQuestion pq, Fact f) {
        ReadingRules.Words words = ReadingRules.STANDARD.words();
        String claim = words.tagEnd().matcher(pq.normalized()).replaceFirst("");
        if (words.hedge().matcher(claim).find() || words.alternative().matcher(claim).find()) {
            return false;
        }
        String stated = f.answer(Language.EN).toLowerCase(Locale.ROOT);
        Set<String> claimed = new LinkedHashSet<>();
        MULTIPLES.forEach((k, r) -> {
            if (r.matcher(claim).find()) {
                claimed.add(k);
            }
        });
        // "ستتضاعف ثلاث مرات": the verb of doubling with a count is that many times
        if (claimed.size() == 2) {
            claimed.remove(DOUBLE);
        }
        return claimed.size() == 1 && !MULTIPLES.get(claimed.iterator().next()).matcher(stated).find()
                && MULTIPLES.values().stream().anyMatch(r -> r.matcher(stated).find());
    }

    /** reading.yaml, cause-claimed: "because", لأن, بسبب. */
    private static final Rule CAUSE = ReadingRules.rule("cause-claimed");

    /**
     * "OpenAI dropped Scale because of its prices, right?": a claim giving a reason, with a word
     * that the fact does not have (the cause words aside): stated alone, the fact would read as a
     * yes to a reason it never gives.
     */
    private static boolean unsaidCause(ParsedQuestion pq, Fact f, FactIndex idx) {
        FactIndex.Profile p = idx.profile(f.id()).orElse(null);
        if (p == null) {
            return false;
        }
        Set<String> causeWords = ReadingRules.STANDARD.words().contextWords();
        for (Slot s : pq.slots()) {
            if (s.forms().stream().allMatch(causeWords::contains)) {
                continue;
            }
            boolean has = switch (s.type()) {
                case ENTITY -> s.terms().stream().anyMatch(t -> p.entities().contains(t.id()));
                case CONCEPT -> s.terms().stream().anyMatch(t -> p.concepts().contains(t.id()) || f.topics().contains(t.id()));
                case WORD -> s.forms().stream().anyMatch(w -> p.words().contains(w) || p.asked().contains(w));
                default -> false;
            };
            if (!has) {
                return true;
            }
        }
        return false;
    }

    /** reading.yaml, approval and disapproval. */
    private static final Rule APPROVAL = ReadingRules.rule("approval");
    private static final Rule DISAPPROVAL = ReadingRules.rule("disapproval");

    /**
     * "Developers loved Llama 4, didn't they?", "was Llama 4 a hit?": a claim that something was
     * liked, while the fact says it was received poorly. Not when a word turns the claim ("didn't
     * like", "not a success"), the tag aside.
     */
    private static boolean approvedBut(ParsedQuestion pq, Fact f) {
        ReadingRules.Words words = ReadingRules.STANDARD.words();
        String claim = words.tagEnd().matcher(pq.normalized()).replaceFirst("");
        return APPROVAL.matcher(claim).find() && !words.hedge().matcher(claim).find()
                && DISAPPROVAL.matcher(f.answer(Language.EN).toLowerCase(Locale.ROOT)).find();
    }

    /** What a claim about one party says against a fact that tells of another. */
    enum Another { NONE, DENIED, DOUBT }

    /** Relations a fact pins between people, and the concept a claim of that relation names. */
    private static final Map<String, String> RELATIONS = Map.of("above", "report", "below", "report",
            "superior", "report", "earlier", "successor", "later", "successor");
    private static final String SUCCESSION = "successor";
    private static final String EARLIER = "earlier";
    /** The one replaced is the subject: "was Wang replaced?", "خلفه درويج" (reading.yaml, replaced). */
    private static final Rule REPLACED = ReadingRules.rule("replaced");

    /**
     * "Wang was promoted to CEO, right?", "is Zuckerberg going to lead the new team himself?": a
     * claim with no figure about a person, the first it names, while the fact tells of another
     * person (Droege was promoted; Wang leads the team) whom the claim does not name. Said alone
     * the fact reads as a "yes". When the claim gives the one named a post the fact's person holds
     * (the role pinned to them: CEO, the superintelligence unit), it is "No" ({@code DENIED});
     * otherwise it is a doubt, declined (Zuckerberg does oversee the team). A claim of the relation
     * the fact pins the one named in ("Wang will report to Meta's CFO", "was Wang replaced?") is
     * the fact's to state, as before ({@code NONE}). So is a claim giving a company the tie a fact
     * says its first company had ("was Meta a big customer of Scale?": Google was; a tie, no
     * measure, of the fact's {@code ends}): a doubt.
     */
    private static Another anothersAct(ParsedQuestion pq, Fact f, FactIndex idx) {
        String doer = idx.firstEntityInAnswer(f, pq.language());
        Map<String, String> types = idx.entityTypes();
        if (doer == null || pq.ids(Slot.Type.ENTITY).contains(doer)) {
            return Another.NONE;
        }
        String asked = pq.slots().stream().filter(s -> s.type() == Slot.Type.ENTITY && !s.context())
                .flatMap(s -> s.terms().stream()).map(Term::id).findFirst().orElse(null);
        if (asked == null || !types.getOrDefault(asked, "").equals(types.get(doer))) {
            return Another.NONE;
        }
        Set<String> concepts = new LinkedHashSet<>();
        pq.slots().stream().filter(s -> s.type() == Slot.Type.CONCEPT && !s.context())
                .forEach(s -> s.terms().forEach(t -> concepts.add(t.id())));
        if ("company".equals(types.get(doer))) {
            return !f.ends().isEmpty() && pq.slots().stream().filter(s -> s.type() == Slot.Type.CONCEPT && !s.context())
                    .anyMatch(s -> s.terms().stream().anyMatch(t -> t.kind() != FigureKind.MONEY && f.ends().contains(t.id())))
                    ? Another.DOUBT : Another.NONE;
        }
        if (!"person".equals(types.get(doer))) {
            return Another.NONE;
        }
        for (Map.Entry<String, String> r : RELATIONS.entrySet()) {
            // "was Wang replaced?" claims his place as the earlier one; "Wang became the new CEO?" the later one's
            boolean place = !r.getValue().equals(SUCCESSION) || r.getKey().equals(EARLIER) == REPLACED.matcher(pq.normalized()).find();
            if (f.pins().getOrDefault(r.getKey(), List.of()).contains(asked) && concepts.contains(r.getValue()) && place) {
                return Another.NONE;
            }
        }
        Map<String, String> roles = Claims.PINNED.get("role").concepts();
        for (Fact other : idx.pinning()) {
            if (!doer.equals(idx.firstEntityInAnswer(other, Language.EN))) {
                continue;
            }
            for (String post : other.pins().getOrDefault("role", List.of())) {
                String role = post.split("@")[0];
                if (concepts.stream().anyMatch(c -> role.equals(roles.getOrDefault(c, c)))) {
                    return Another.DENIED;
                }
            }
        }
        return Another.DOUBT;
    }

    /**
     * "سكيل حققت مليار دولار في 2024 صح؟": the claim names a sum by its unit alone (a billion, مليار)
     * and no figure of that kind was read from it, so what agrees (the year) is not all it claims:
     * no "Yes".
     */
    static boolean sumUnread(ParsedQuestion pq) {
        return pq.slots().stream().filter(s -> s.type() == Slot.Type.CONCEPT && !s.context())
                .flatMap(s -> s.terms().stream()).anyMatch(t -> t.generic() && t.kind() != null
                        && !pq.form().claimed().containsValue(t.kind()));
    }

    /** The last figure written in a question, digits and the sign or unit after them. */
    private static final java.util.regex.Pattern LAST_FIGURE =
            java.util.regex.Pattern.compile("\\d[\\d.,]*(\\s*(%|percent|billion|million|bn|m|b|مليار|مليون|بالمئة|بالمية|في المئة))?(?!.*\\d)");

    /**
     * "Does Meta's 49% stake come with voting rights?": the figure sits in what the question is
     * about, and what it asks of it comes after: a word the article never uses there is a
     * predicate no fact states, however well the figure agrees. Only the words after the last
     * figure count; a word the article lacks before it ("So the headline is $14.8 billion...")
     * frames the claim and asks nothing.
     */
    static boolean claimsMoreAfterFigures(ParsedQuestion pq, FactIndex idx) {
        java.util.regex.Matcher m = LAST_FIGURE.matcher(pq.normalized());
        if (!m.find()) {
            return false;
        }
        Set<String> after = new HashSet<>();
        dev.safqa.index.Terms.positions(idx.phraseAnalyzer(), pq.normalized().substring(m.end())).forEach(after::addAll);
        return pq.slots().stream().anyMatch(s -> s.type() == Slot.Type.UNKNOWN_WORD && !s.context()
                && s.forms().stream().anyMatch(after::contains));
    }

    /**
     * "Does the 49% come with control over hiring?": the figure agrees, and what the question asks
     * of it after the figure is a word the article does use, but never in this fact nor in the ways
     * people ask for it (hiring): that predicate the fact does not bear out, so it is stated without
     * a "Yes" for the reader to judge. So is what the figure is claimed to bring with it, whatever
     * the words ("will Meta's 49 percent give it a say over pricing?": reading.yaml, figure-brings).
     * (A word the article never uses is {@link #claimsMoreAfterFigures}.)
     */
    static boolean predicateAfterFiguresUnsaid(ParsedQuestion pq, Fact f, FactIndex idx) {
        java.util.regex.Matcher m = LAST_FIGURE.matcher(pq.normalized());
        FactIndex.Profile p = idx.profile(f.id()).orElse(null);
        if (!m.find() || p == null) {
            return false;
        }
        if (FIGURE_BRINGS.matcher(pq.normalized().substring(m.end())).find()) {
            return true;
        }
        Set<String> after = new HashSet<>();
        dev.safqa.index.Terms.positions(idx.phraseAnalyzer(), pq.normalized().substring(m.end())).forEach(after::addAll);
        return pq.slots().stream().anyMatch(s -> s.type() == Slot.Type.WORD && !s.context()
                && s.forms().stream().anyMatch(after::contains)
                && s.forms().stream().noneMatch(w -> p.words().contains(w) || p.asked().contains(w)));
    }

    /** reading.yaml, figure-brings: "come with", "give it", تمنح. */
    private static final Rule FIGURE_BRINGS = ReadingRules.rule("figure-brings");

    /** What a claim's figures say against a fact's. */
    enum Verdict { NONE, AGREES, CONTRADICTS, UNRELATED }

    /** "is he 28 too?": a figure claimed of someone a pronoun stands for (reading.yaml, figure-of-someone). */
    private static final Rule FIGURE_OF_SOMEONE = ReadingRules.rule("figure-of-someone");

    /**
     * Each claimed figure agrees when the fact states it (of the same kind, when its unit says the
     * kind), contradicts when the fact states another figure of that kind, and is unrelated when
     * the fact has no figure to compare it with. One contradiction decides.
     */
    static Verdict verdict(ParsedQuestion q, Fact f) {
        Map<String, FigureKind> claimed = q.form().claimed();
        boolean agrees = false;
        boolean unrelated = false;
        // "announced in March 2025?", "was Llama 4 released in March?": the month is claimed too,
        // against the month the fact says; a fact that says no month cannot confirm one
        int month = q.claim() ? q.month() : -1;
        if (month >= 0) {
            int stated = Claims.monthOf(f);
            if (stated >= 0 && stated != month) {
                return Verdict.CONTRADICTS;
            }
            agrees = stated == month;
            unrelated = stated < 0;
        }
        if (claimed.isEmpty()) {
            // the month alone is no "yes": "was Llama 4 well received in April?" says more than a
            // month, and whether the fact bears the rest out is for confirms to judge
            return unrelated ? Verdict.UNRELATED : Verdict.NONE;
        }
        // "Meta bought Scale for $29 billion?": a price claimed is borne out only by a figure of what
        // was paid; the same sum as what the deal values Scale at is another measure, not a "yes"
        boolean price = q.slots().stream().anyMatch(s -> s.type() == Slot.Type.CONCEPT && !s.context()
                && s.terms().stream().anyMatch(t -> ReadingRules.STANDARD.priceOf().contains(t.id())));
        for (Map.Entry<String, FigureKind> c : claimed.entrySet()) {
            FigureKind kind = c.getValue();
            List<Figure> comparable = f.figures().stream().filter(fig -> compatible(kind, fig.kind())
                    && !(price && kind == FigureKind.MONEY && ReadingRules.STANDARD.notAPrice().contains(fig.about()))).toList();
            String scale = kind == FigureKind.MONEY || kind == null ? scaleAfter(q.normalized(), c.getKey()) : null;
            if (comparable.stream().anyMatch(fig -> sameSum(c.getKey(), scale, fig))) {
                agrees = true;
            } else if (!comparable.isEmpty()) {
                return Verdict.CONTRADICTS;
            } else {
                unrelated = true;
            }
        }
        return unrelated ? Verdict.UNRELATED : agrees ? Verdict.AGREES : Verdict.NONE;
    }

    /** Whether the question names a month and the fact states another one. */
    private static boolean otherMonth(ParsedQuestion q, Fact f) {
        int month = q.month();
        int stated = month < 0 ? -1 : Claims.monthOf(f);
        return stated >= 0 && stated != month;
    }

    private static final Rule BOUND_ABOVE = ReadingRules.rule("bound-above");
    private static final Rule BOUND_BELOW = ReadingRules.rule("bound-below");
    /** "at least $20 billion", "no more than $65 billion": bounds that hold their own figure (reading.yaml). */
    private static final Rule BOUND_AT_LEAST = ReadingRules.rule("bound-at-least");
    private static final Rule BOUND_AT_MOST = ReadingRules.rule("bound-at-most");
    private static final java.util.regex.Pattern BOUNDED = java.util.regex.Pattern.compile(
            ReadingRules.READING.path("bounded").asText());
    private static final java.util.regex.Pattern SHARE_ALONE = java.util.regex.Pattern.compile(
            ReadingRules.READING.path("share-alone").asText());
    private static final Map<String, Double> SHARES = sharesOf(ReadingRules.READING.path("shares"));
    /** A fact's own bound before its figure ("more than $2 billion", "up to $65 billion"): it cannot deny that side. */
    private static final java.util.regex.Pattern FACT_AT_LEAST = java.util.regex.Pattern.compile("(more than|over|at least|أكثر من)\\s+\\$?$");
    private static final java.util.regex.Pattern FACT_AT_MOST = java.util.regex.Pattern.compile("(up to|at most|ما يصل إلى)\\s+\\$?$");
    private static final java.util.regex.Pattern FACT_ABOUT = java.util.regex.Pattern.compile("(about|around|roughly|حوالي)\\s+\\$?$");

    /** "exactly", بالضبط (reading.yaml, exactly). */
    private static final Rule EXACTLY = ReadingRules.rule("exactly");

    /**
     * Whether the fact gives a figure the claim states with a bound or loosely, in its English
     * answer ("more than $2 billion", "up to $65 billion", "about $200 million").
     */
    private static boolean statedLoosely(ParsedQuestion q, Fact f) {
        for (Figure fig : f.figures()) {
            if (q.form().claimed().containsKey(Numbers.canonical(fig.value()))) {
                Said said = saidBefore(fig, f);
                if (said.atLeast() || said.atMost() || said.about()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How the fact's English answer says a figure of its own: after "more than", "up to" or "about". */
    private record Said(boolean atLeast, boolean atMost, boolean about) {
    }

    /** What the fact says right before its figure, wherever it says it ("2" in "$2 billion", not in "2024"). */
    private static Said saidBefore(Figure fig, Fact f) {
        String en = f.answer(Language.EN);
        boolean atLeast = false;
        boolean atMost = false;
        boolean about = false;
        java.util.regex.Matcher at = java.util.regex.Pattern.compile("(?<![\\d.,])" + java.util.regex.Pattern.quote(fig.value()) + "(?![\\d])").matcher(en);
        while (at.find()) {
            String before = en.substring(0, at.start());
            atLeast |= FACT_AT_LEAST.matcher(before).find();
            atMost |= FACT_AT_MOST.matcher(before).find();
            about |= FACT_ABOUT.matcher(before).find();
        }
        return new Said(atLeast, atMost, about);
    }

    private static Map<String, Double> sharesOf(com.fasterxml.jackson.databind.JsonNode n) {
        Map<String, Double> m = new java.util.HashMap<>();
        n.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asDouble()));
        return Map.copyOf(m);
    }

    /**
     * Whether a claim sets a bound on a figure, or names a share in words, that the fact's figure of
     * that kind falls outside: "Meta owns more than half of Scale?" (49%), "a quarter of it?" (49%),
     * "will Meta spend over $100 billion this year?" (up to $65 billion), "تعدت المليار؟" ($870
     * million). A bound the fact's own figure may pass ("more than $2 billion") denies nothing.
     */
    static boolean boundDenied(ParsedQuestion q, Fact f) {
        boolean denied = false;
        for (Bound bound : bounds(q)) {
            List<Figure> comparable = comparable(bound, f);
            if (comparable.isEmpty()) {
                return false;
            }
            for (Figure fig : comparable) {
                Compared c = compared(bound, fig, f);
                if (c == null) {
                    return false;
                }
                boolean outside = switch (bound.sign()) {
                    // "at least $14.8 billion" holds its own figure: only beyond it is outside
                    case 1 -> !c.atLeast() && (bound.inclusive() ? c.stated() + c.slack() < c.claimed() : c.stated() + c.slack() <= c.claimed());
                    case -1 -> !c.atMost() && (bound.inclusive() ? c.stated() - c.slack() > c.claimed() : c.stated() - c.slack() >= c.claimed());
                    default -> !c.atLeast() && !c.atMost() && Math.abs(c.stated() - c.claimed()) > c.slack();
                };
                if (!outside) {
                    return false;
                }
                denied = true;
            }
        }
        return denied;
    }

    /**
     * Whether a question sets a bound on a figure that no figure of that kind the fact states
     * clearly passes: "who paid more than $200 million?" is not answered by Google's plan to pay
     * about $200 million (the bound's figure is no figure quoted: the fact saying it is not the one
     * past it). False when the question sets no bound, or the fact states no figure of its kind.
     */
    static boolean boundUnmet(ParsedQuestion q, Fact f) {
        boolean unmet = false;
        for (Bound bound : bounds(q)) {
            if (bound.sign() != 1 && bound.sign() != -1) {
                continue;
            }
            for (Figure fig : comparable(bound, f)) {
                Compared c = compared(bound, fig, f);
                if (c == null) {
                    return false;
                }
                // "at least $14.8 billion" is passed by $14.8 billion itself; "more than" is not
                boolean passes = bound.sign() > 0
                        ? c.stated() - c.slack() > c.claimed() || (c.atLeast() || bound.inclusive()) && c.stated() - c.slack() >= c.claimed()
                        : c.stated() + c.slack() < c.claimed() || (c.atMost() || bound.inclusive()) && c.stated() + c.slack() <= c.claimed();
                if (passes) {
                    return false;
                }
                unmet = true;
            }
        }
        return unmet;
    }

    /** The bounds a question sets on a figure ("more than half", "تعدت المليار"), or the share it names in words alone. */
    private static List<Bound> bounds(ParsedQuestion q) {
        String text = q.normalized();
        List<Bound> bounds = new ArrayList<>();
        Rule[] rules = {BOUND_ABOVE, BOUND_BELOW, BOUND_AT_LEAST, BOUND_AT_MOST};
        for (int r = 0; r < rules.length; r++) {
            int sign = r % 2 == 0 ? 1 : -1;
            java.util.regex.Matcher m = rules[r].matcherIfAny(text);
            while (m != null && m.find()) {
                java.util.regex.Matcher b = BOUNDED.matcher(text).region(m.end(), text.length());
                if (b.lookingAt()) {
                    Bound bound = bounded(sign, b.group("b"), text.substring(b.end()), q);
                    // "at least $14.8 billion" holds the fact's own figure: only beyond it is outside
                    bounds.add(r < 2 ? bound : new Bound(bound.sign(), bound.value(), bound.scale(), bound.kind(), true));
                }
            }
        }
        java.util.regex.Matcher alone = SHARE_ALONE.matcher(text);
        if (bounds.isEmpty() && alone.find()) {
            // "a quarter of Scale" is that share; "about a third" is near it
            bounds.add(new Bound(alone.group(2) != null ? 0 : 2, SHARES.get(alone.group("b")), 0, FigureKind.PERCENT));
        }
        return bounds;
    }

    private static List<Figure> comparable(Bound bound, Fact f) {
        return f.figures().stream().filter(fig -> bound.kind() != null && fig.kind() == bound.kind()).toList();
    }

    /**
     * A fact's figure beside a bound: its value, the bound's in the figure's unit, the slack a
     * figure said loosely has, and whether the fact bounds it itself ("more than $2 billion", "up
     * to $65 billion"). Null when the figure is no number.
     */
    private record Compared(double stated, double claimed, double slack, boolean atLeast, boolean atMost) {
    }

    private static Compared compared(Bound bound, Figure fig, Fact f) {
        double stated = value(fig);
        if (Double.isNaN(stated)) {
            return null;
        }
        java.math.BigDecimal unit = fig.unit() == null ? null : scaleOf(ArabicText.fold(fig.unit().toLowerCase(Locale.ROOT)));
        double claimed = bound.scale() > 0 && unit != null ? bound.value() * bound.scale() / unit.doubleValue() : bound.value();
        Said said = saidBefore(fig, f);
        boolean about = bound.sign() == 0 || said.about();
        return new Compared(stated, claimed, about ? ROUGHLY * 2 * stated : 0, said.atLeast(), said.atMost());
    }

    /**
     * A bound or share a claim sets: sign 1 above the value, -1 below it, 0 about it, 2 the value
     * itself; the scale said after a sum (0 if none); the kind of figure it bounds (null: unknown).
     */
    private record Bound(int sign, double value, double scale, FigureKind kind, boolean inclusive) {
        Bound(int sign, double value, double scale, FigureKind kind) {
            this(sign, value, scale, kind, false);
        }
    }

    /** A bound read from what follows its word: a share in words, a scale alone (المليار), or digits of a kind the question claims. */
    private static Bound bounded(int sign, String said, String after, ParsedQuestion q) {
        if (SHARES.containsKey(said)) {
            return new Bound(sign, SHARES.get(said), 0, FigureKind.PERCENT);
        }
        if (said.equals("مليار") || said.equals("billion")) {
            return new Bound(sign, 1, 1e9, FigureKind.MONEY);
        }
        java.math.BigDecimal scale = scaleOf(after);
        String n = Numbers.canonical(said);
        FigureKind kind = q.form().claimed().get(n);
        if (kind == null && scale != null) {
            kind = FigureKind.MONEY;
        }
        try {
            return new Bound(sign, Double.parseDouble(n), scale == null ? 0 : scale.doubleValue(), kind == null || kind.isTime() ? null : kind);
        } catch (NumberFormatException e) {
            return new Bound(sign, 0, 0, null);
        }
    }

    /** The scales a sum is said in (reading.yaml, scale-*): "200 billion" is a thousand times "200 million". */
    private static final Map<java.math.BigDecimal, Rule> SCALES = Map.of(
            java.math.BigDecimal.valueOf(1_000L), ReadingRules.rule("scale-thousand"),
            java.math.BigDecimal.valueOf(1_000_000L), ReadingRules.rule("scale-million"),
            java.math.BigDecimal.valueOf(1_000_000_000L), ReadingRules.rule("scale-billion"));

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)*");

    /** The scale the text says right after the figure n ("$200 billion": a billion), or null when it says none. */
    static String scaleAfter(String text, String n) {
        java.util.regex.Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            if (Numbers.canonical(m.group()).equals(n)) {
                java.math.BigDecimal s = scaleOf(text.substring(m.end()));
                if (s != null) {
                    return s.toPlainString();
                }
            }
        }
        return null;
    }

    private static java.math.BigDecimal scaleOf(String after) {
        for (Map.Entry<java.math.BigDecimal, Rule> e : SCALES.entrySet()) {
            if (e.getValue().matcher(after).lookingAt()) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * Whether a claimed figure is the one a fact states: the same number, and, when both say the
     * scale of a sum, the same sum ("$200 billion" is not the $200 million Google planned to pay,
     * though both are 200; "14,800 million" is $14.8 billion).
     */
    private static boolean sameSum(String claimed, String claimedScale, Figure fig) {
        java.math.BigDecimal stated = fig.unit() == null ? null : scaleOf(ArabicText.fold(fig.unit().toLowerCase(Locale.ROOT)));
        if (claimedScale == null || stated == null) {
            return Numbers.canonical(fig.value()).equals(claimed);
        }
        try {
            return new java.math.BigDecimal(claimed).multiply(new java.math.BigDecimal(claimedScale))
                    .compareTo(new java.math.BigDecimal(Numbers.canonical(fig.value())).multiply(stated)) == 0;
        } catch (NumberFormatException e) {
            return Numbers.canonical(fig.value()).equals(claimed);
        }
    }

    static boolean compatible(FigureKind claimed, FigureKind stated) {
        if (claimed == null) {
            return stated != FigureKind.VERSION && stated != FigureKind.OTHER;
        }
        if (claimed.isTime()) {
            return stated.isTime();
        }
        return claimed == stated;
    }

    /**
     * "Scale's revenue was $2 billion in 2024": when the best fact contradicts a claim with another
     * period than the one claimed (the 2025 forecast), the fact of the claimed period leads the
     * correction ($870 million in 2024), if one close enough to answer contradicts it too.
     */
    private Fact ofClaimedPeriod(ParsedQuestion q, Fact best, List<Candidate> ranked) {
        Set<String> periods = new LinkedHashSet<>();
        q.form().claimed().forEach((n, kind) -> {
            if (kind != null && kind.isTime()) {
                periods.add(n);
            }
        });
        if (periods.isEmpty() || states(best, periods)) {
            return best;
        }
        for (Candidate c : ranked) {
            if (c.probability() >= scoring.answer() && states(c.fact(), periods)
                    && verdict(q, c.fact()) == Verdict.CONTRADICTS) {
                return c.fact();
            }
        }
        return best;
    }

    private static boolean states(Fact f, Set<String> values) {
        return values.stream().allMatch(v -> f.figures().stream().anyMatch(fig -> Numbers.canonical(fig.value()).equals(v)));
    }

    private static Fact factWithClaimedFigure(ParsedQuestion q, Fact best, List<Candidate> ranked, FactIndex idx) {
        for (Map.Entry<String, FigureKind> c : q.form().claimed().entrySet()) {
            if (best.figures().stream().anyMatch(fig -> Numbers.canonical(fig.value()).equals(c.getKey()))) {
                continue;
            }
            // the candidates first, then any curated fact that states the claimed value
            List<Fact> pool = new ArrayList<>();
            ranked.forEach(r -> pool.add(r.fact()));
            pool.addAll(idx.factsStating(c.getKey()));
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
        boolean[] reasonless = new boolean[hits.size()];
        AlternateQuestions.Prepared prepared = idx.alternates().prepare(pq.terms(), pq.grams());
        // a follow-up is also matched with the name its pronoun stands for (Answerer.matchedWithName)
        AlternateQuestions.Prepared named = pq.named() == null ? null : idx.alternates().prepare(pq.named().terms(), pq.named().grams());
        for (int h = 0; h < hits.size(); h++) {
            FactIndex.Hit hit = hits.get(h);
            String id = hit.profile().fact().id();
            lucene[h] = hit.score() / top;
            String refusal = Features.refusal(pq, hit.profile(), idx);
            if (refusal != null) {
                // a refused fact mostly still counts in the margins (Features.rival; without its retrieval
                // score in lucene_margin the k-fold right answers fell from 94.9% to 89.4%)
                if (trace != Trace.OFF) {
                    trace.line(String.format(Locale.ROOT, "  %-30s lucene=%.2f refused: %s", id, lucene[h], refusal));
                }
                if (!Features.rival(pq, hit.profile(), idx)) {
                    lucene[h] = 0;
                } else {
                    cosine[h] = idx.alternates().nearestCosine(id, prepared, leaveOut);
                    if (named != null) {
                        cosine[h] = Math.max(cosine[h], idx.alternates().nearestCosine(id, named, leaveOut));
                    }
                    reasonless[h] = pq.intent() == Intent.WHY;
                }
                continue;
            }
            AlternateQuestions.Nearest n = idx.alternates().nearest(id, prepared, leaveOut);
            if (named != null) {
                AlternateQuestions.Nearest byName = idx.alternates().nearest(id, named, leaveOut);
                n = byName.cosine() > n.cosine() || byName.cosine() == n.cosine() && byName.grams() > n.grams() ? byName : n;
            }
            cosine[h] = n.cosine();
            double[] x = Features.of(pq, hit, top, idx, n);
            hitIndex[xs.size()] = h;
            xs.add(x);
            kept.add(hit);
            nearest.add(n);
        }
        // "why did Google cut ties?": the fact that it did tells less than the one giving the reason,
        // and another giving a reason for the same tells it alike
        // "what did Google do after the deal?": several facts that tell its act tell it alike
        // (read once: the part of "the same act" that is the question's, and which hits were kept)
        boolean onlyAnAct = Features.asksOnlyAnAct(pq);
        boolean onlyWhether = Features.asksOnlyWhether(pq);
        Set<Object> keptHits = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        keptHits.addAll(kept);
        Features.margins(xs, lucene, cosine, hitIndex, (c, h) -> (reasonless[h] || keptHits.contains(hits.get(h)))
                && Features.toldWithReason(pq, hits.get(h).profile(), kept.get(c).profile(), idx)
                || onlyAnAct && keptHits.contains(hits.get(h)) && Features.sameActOf(pq, hits.get(h).profile(), kept.get(c).profile(), idx)
                || Features.sameName(pq, hits.get(h).profile().fact(), kept.get(c).profile().fact())
                || onlyWhether && keptHits.contains(hits.get(h)) && Features.bothTellAllAskedOf(pq, hits.get(h).profile(), kept.get(c).profile(), idx)
                || !keptHits.contains(hits.get(h)) && Features.coversNoMore(pq, hits.get(h).profile(), kept.get(c).profile()));
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
    private static Answer combine(String question, Language lang, List<Part> each, FactIndex idx) {
        List<Answer> parts = each.stream().map(Part::answer).toList();
        Set<String> answeredNames = new LinkedHashSet<>();
        for (Part p : each) {
            if (p.answer().answered()) {
                p.answer().facts().forEach(id -> idx.profile(id).ifPresent(pr -> answeredNames.addAll(pr.entities())));
            }
        }
        Set<String> answeredFacts = new LinkedHashSet<>();
        parts.stream().filter(Answer::answered).forEach(a -> answeredFacts.addAll(a.facts()));
        List<Part> open = new ArrayList<>();
        for (Part p : each) {
            if (!p.answer().answered() && p.nearest() != null && answeredFacts.contains(p.nearest())) {
                continue;       // the fact another part is answered with answers it too
            }
            // "Who is Alexandr Wang, and what is he doing next?": the other part's answer, which
            // names him, says who he is
            if (!p.answer().answered() && !p.describes().isEmpty() && answeredNames.containsAll(p.describes())) {
                continue;
            }
            open.add(p);
            // "the article doesn't answer the rest" must be true: a part that asks for something
            // (how much, who, why...) and was declined only for want of confidence may well be in
            // the article, so the whole message is declined rather than half answered
            if (!p.answer().answered() && !p.certain() && p.asks()) {
                List<String> near = new ArrayList<>();
                parts.forEach(a -> near.addAll(a.facts()));
                return Answer.decline(question, lang, Outcome.NOT_IN_ARTICLE, Replies.notInArticle(lang),
                        suggestions(idx, near.stream().flatMap(id -> idx.knowledge().fact(id).stream()).toList(), lang, question));
            }
        }
        List<String> texts = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        boolean unanswered = false;
        for (Answer a : open.stream().map(Part::answer).toList()) {
            if (!a.answered()) {
                unanswered = true;
                continue;
            }
            if (facts.containsAll(a.facts()) || !a.facts().isEmpty() && a.facts().stream().allMatch(id -> statedBy(id, facts, idx))) {
                continue;       // two parts the same fact answers ("how much and for what stake?"), or one that says the same figures
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

    /**
     * Whether the facts already said state every figure this one does, of the same thing ("how much
     * did Meta pay, and what stake?": the stake's fact repeats the $14.8 billion and 49% just said).
     */
    private static boolean statedBy(String id, List<String> said, FactIndex idx) {
        Fact f = idx.knowledge().fact(id).orElse(null);
        if (f == null || f.figures().isEmpty()) {
            return false;
        }
        Set<String> stated = new java.util.HashSet<>();
        said.stream().flatMap(s -> idx.knowledge().fact(s).stream()).flatMap(s -> s.figures().stream()).forEach(g -> stated.add(figureKey(g)));
        return f.figures().stream().allMatch(g -> stated.contains(figureKey(g)));
    }

    private static String figureKey(Figure g) {
        return Numbers.canonical(g.value()) + "|" + g.kind() + "|" + g.about() + "|" + g.of();
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
                // sorted: a slot's forms and terms are sets in no order (Set.of differs from run to run)
                line(String.format(Locale.ROOT, "  %-12s %-30s %s w=%.2f", s.type(), new java.util.TreeSet<>(s.forms()),
                        s.terms().stream().map(Term::id).sorted().toList(), s.weight()));
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
