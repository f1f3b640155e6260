package dev.safqa.answer;

import dev.safqa.index.Dialect;
import dev.safqa.index.FactIndex;
import dev.safqa.index.LexiconMatcher;
import dev.safqa.index.Terms;
import dev.safqa.knowledge.Numbers;
import dev.safqa.knowledge.Term;
import dev.safqa.text.ArabicText;
import dev.safqa.text.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import dev.safqa.knowledge.FigureKind;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question into a {@link ParsedQuestion}. The order matters: fold first (so dialect words
 * and typos are looked up in one spelling), map dialect before correcting typos (قديش is not a typo
 * of anything), correct typos before analysis (so "investmnet" stems like "investment"), and read
 * the intent from the words before analysis drops the question words as filler.
 */
final class QuestionReader {
    private static final Pattern ANY_DIGIT = Pattern.compile("\\p{Nd}");
    /** What a sum goes to (reading.yaml, spent-on): "spent $3 billion on Scale". */
    private static final Rule SPENT_ON = ReadingRules.rule("spent-on");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}'’.-]*");
    /** "Meta's", "Scale.", "Wang-": the possessive or punctuation after a name. */
    private static final Pattern NAME_TAIL = Pattern.compile("['’](s)?$|[.-]+$");
    /*
     * How much each part of a question weighs when judging whether a fact covers it. Entities are
     * light because they are already required outright; concepts carry the question ("valuation",
     * "revenue"); a word the knowledge has never seen counts against every fact, but a little less
     * than a concept, because it is as often an inflection we failed to fold as a new subject.
     */
    private final double entityWeight;
    private final double knownWordWeight;
    private final double unknownWordWeight;
    /** What sets the scene ("after the deal", an earlier sentence) counts for less. */
    private final double contextWeight;
    /** Sentence ends, and the "..." people use between a remark and their question. */
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?؟])\\s+(?=\\S)|\\s*(\\.{3}|…)\\s*");

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** A number right after a Latin name is a version: "llama 4", "gpt 5". */
    private static final Pattern VERSION = Pattern.compile("(\\p{IsLatin}{2,})\\s*(\\d{1,2}(?:\\.\\d)?)\\b");
    /** In Arabic script only after a product's name: "لاما 5" is Llama 5, "في 2" is nothing. */
    private static final Pattern ARABIC_VERSION = Pattern.compile("([\\p{IsArabic}&&\\p{L}]{2,})\\s*(\\d{1,2}(?:\\.\\d)?)\\b");

    private Set<String> versions(String normalized) {
        Set<String> out = new java.util.LinkedHashSet<>();
        // both patterns need an ASCII digit (\d, no Unicode flag), which most questions lack: each
        // pattern would otherwise try a run of letters at every position of every question
        if (!hasDigit(normalized)) {
            return out;
        }
        Matcher m = VERSION.matcher(normalized);
        while (m.find()) {
            String word = m.group(1);
            // "what 2 things" is not a version, nor "Wang 28": only a product's name, or a name nobody knows ("GPT 5")
            Set<String> named = entityIds(word);
            boolean product = named.stream().anyMatch(id -> "product".equals(index.entityTypes().get(id)));
            boolean person = named.stream().anyMatch(id -> !"product".equals(index.entityTypes().get(id)));
            // a product's name may be a common word too ("llama")
            if (product || !index.analyzer().stopwords().contains(word) && !person && !CommonWords.english(word)) {
                out.add(Numbers.canonical(m.group(2)));
            }
        }
        Matcher a = ARABIC_VERSION.matcher(normalized);
        while (a.find()) {
            if (entityIds(a.group(1)).stream().anyMatch(id -> "product".equals(index.entityTypes().get(id)))) {
                out.add(Numbers.canonical(a.group(2)));
            }
        }
        return out;
    }

    private Set<String> entitiesAfter(Rule cue, String normalized) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = cue.matcher(normalized);
        while (m.find()) {
            out.addAll(entityIds(m.group(2)));
        }
        return out;
    }

    /** "who else is joining Wang at Meta?", and in a follow-up "who else is on that team?" (reading.yaml, someone-else). */
    static final Rule SOMEONE_ELSE = ReadingRules.rule("someone-else");

    /**
     * What a question sets aside: the names after "apart from", or else the people a "who else"
     * question names, as someone beside them is asked for ("who else is joining Wang on the new
     * team?" is not answered by Wang joining it). A follow-up that names nobody sets aside whom the
     * last turn named instead (Answerer).
     */
    private static Set<String> excluded(Set<String> setAside, List<Slot> slots, String normalized, Set<String> joined) {
        if (!setAside.isEmpty()) {
            return setAside;
        }
        if (!joined.isEmpty()) {
            return joined;
        }
        if (!SOMEONE_ELSE.matcher(normalized).find()) {
            return setAside;
        }
        Set<String> out = new LinkedHashSet<>();
        for (Slot s : slots) {
            if (s.type() == Slot.Type.ENTITY && !s.context()) {
                s.terms().stream().filter(Term::isPerson).forEach(t -> out.add(t.id()));
            }
        }
        return out;
    }

    private Set<String> entitiesAround(Rule cue, String normalized) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = cue.matcher(normalized);
        while (m.find()) {
            Set<String> before = entityIds(m.group(1));
            Set<String> after = entityIds(m.group(3));
            if (!before.isEmpty() && !after.isEmpty()) {
                out.addAll(before);
                out.addAll(after);
            }
        }
        return out;
    }

    /** "who joined Meta's new team with Wang?", "منو انضم مع وانغ؟" (reading.yaml, who-with; group v or w). */
    private static final Rule WHO_WITH = ReadingRules.rule("who-with");

    /**
     * The people a who-question asks of someone beside: "who joined the new team along with Wang?" is
     * not answered by Wang joining it. Only the name right after "with".
     */
    private Set<String> joinedWith(String normalized) {
        Matcher m = WHO_WITH.matcher(normalized);
        if (!m.find()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>(entityIds(m.group("v") != null ? m.group("v") : m.group("w")));
        out.removeIf(e -> !"person".equals(index.entityTypes().get(e)));
        return out;
    }

    private Set<String> entityIds(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (LexiconMatcher.Match m : index.matcher().match(Terms.positions(index.phraseAnalyzer(), text))) {
            m.terms().stream().filter(t -> t.category() == Term.Category.ENTITY).forEach(t -> out.add(t.id()));
        }
        return out;
    }

    private final FactIndex index;
    private final ReadingRules rules = ReadingRules.STANDARD;

    QuestionReader(FactIndex index, Scoring scoring) {
        this.index = index;
        this.entityWeight = scoring.slot("entity");
        this.knownWordWeight = scoring.slot("known-word");
        this.unknownWordWeight = scoring.slot("unknown-word");
        this.contextWeight = scoring.slot("context");
    }

    /**
     * The sentences before the last one, which set the scene ("The stake cost $14.8 billion... so
     * what is the whole company worth?"), or "" when there are none or one of them asks too.
     */
    static String scene(String text) {
        // read for a question and its parts, and again for each answer (Answerer.trueScene): the last
        // few texts' scenes are kept per thread
        Scenes kept = SCENES.get();
        String scene = kept.of(text);
        if (scene == null) {
            String stripped = text.strip();
            scene = scene(stripped, sentences(stripped));
            kept.keep(text, scene);
        }
        return scene;
    }

    /** The last few texts {@link #scene} read, and their scenes, per thread. */
    private static final class Scenes {
        private static final int KEPT = 4;
        private final String[] texts = new String[KEPT];
        private final String[] scenes = new String[KEPT];
        private int next;

        String of(String text) {
            for (int i = 0; i < KEPT; i++) {
                if (text.equals(texts[i])) {
                    return scenes[i];
                }
            }
            return null;
        }

        void keep(String text, String scene) {
            texts[next] = text;
            scenes[next] = scene;
            next = (next + 1) % KEPT;
        }
    }

    private static final ThreadLocal<Scenes> SCENES = ThreadLocal.withInitial(Scenes::new);

    /** {@link #scene} of a stripped text split into its {@link #sentences}. */
    private static String scene(String stripped, String[] sentences) {
        String focusText = sentences[sentences.length - 1];
        String contextText = sentences.length > 1 ? stripped.substring(0, stripped.lastIndexOf(focusText)) : "";
        return contextText.contains("?") || contextText.contains("؟") ? "" : contextText;
    }

    /** Where an order ends and its sentence's own question begins (reading.yaml, order-turn). */
    private static final Rule ORDER_TURN = ReadingRules.rule("order-turn");
    /** A turn that itself asks ("... and tell me X"), and the words that make X a sentence dictated. */
    private static final Rule ORDER_TURN_ASKS = ReadingRules.rule("order-turn-asks");
    private static final Rule ORDER_SAID = ReadingRules.rule("order-said");

    /** Whether every figure in a text is a year ("Scale's 2024 revenue"), as a thing asked may hold. */
    private static boolean onlyYears(String text) {
        return Numbers.in(text).stream().allMatch(n -> n.matches("(19|20)\\d\\d"));
    }

    /**
     * Where the question of its own starts in a sentence that first gives an order ("Please answer
     * 'one billion' no matter what: what was Scale's revenue in 2024?", "قول إن الحصة 75٪، بس بجد كم
     * الحصة؟"), or -1: the first turn (reading.yaml, order-turn) with an order before it, and after it
     * words that ask something of their own (a question word) and order nothing. The figures of the
     * order are then no figures the question quotes.
     */
    private int orderTurn(String sentence, Language language) {
        StringBuilder folded = new StringBuilder(sentence.length());
        int[] origin = new int[sentence.length() + 1];
        for (int i = 0; i < sentence.length(); i++) {
            String f = ArabicText.fold(String.valueOf(sentence.charAt(i)));
            if (!f.isEmpty()) {
                origin[folded.length()] = i;
                folded.append(f.charAt(0));
            }
        }
        origin[folded.length()] = sentence.length();
        Matcher m = ORDER_TURN.matcher(folded);
        while (m.find()) {
            if (m.start() == 0 || m.end() >= folded.length()) {
                continue;
            }
            String before = String.join(" ", correct(withoutRequest(words(folded.substring(0, m.start())))));
            if (!rules.instruction().matcher(before).find()) {
                continue;
            }
            String after = String.join(" ", correct(withoutRequest(words(folded.substring(m.end())))));
            Intent own = IntentDetector.detect(after, language);
            // "... and tell me Scale's 2024 revenue": the turn asks, for a thing named, no sentence
            boolean asked = own == Intent.ANY && ORDER_TURN_ASKS.matcher(m.group()).find() && !after.isBlank()
                    && !ORDER_SAID.matcher(after).find() && onlyYears(after);
            if ((asked || own != Intent.ANY && own != Intent.YES_NO) && !rules.instruction().matcher(after).find()
                    && !rules.opinion().matcher(before + " " + after).find()) {
                return origin[m.end()];
            }
        }
        return -1;
    }

    /**
     * A stripped text split at {@link #SENTENCES}; most questions are one sentence, ending in their
     * question mark, and hold nothing the pattern could match: no mark of a sentence's end with a
     * space after it, no ellipsis. Then the text is its one sentence, as the split would find.
     */
    private static String[] sentences(String stripped) {
        if (stripped.indexOf('…') < 0 && !stripped.contains("...")) {
            boolean breaks = false;
            for (int i = 0; i + 1 < stripped.length() && !breaks; i++) {
                char c = stripped.charAt(i);
                if (c == '.' || c == '!' || c == '?' || c == '؟') {
                    char n = stripped.charAt(i + 1);
                    // \s: [ \t\n\x0B\f\r]
                    breaks = n == ' ' || n == '\t' || n == '\n' || n == '\u000B' || n == '\f' || n == '\r';
                }
            }
            if (!breaks) {
                return new String[] {stripped};
            }
        }
        return SENTENCES.split(stripped);
    }

    ParsedQuestion read(String text, Language language) {
        // "is the stake forty-nine percent or fifty-one?": numbers in words are figures too
        text = NumberWords.digits(text);
        // "I read that Meta bought part of Scale AI. Which companies left?": the last sentence asks,
        // the ones before only set the scene
        // ...unless an earlier sentence is itself a question ("Is Google a shareholder? With what stake?")
        String[] sentences = sentences(text.strip());
        String contextText = scene(text.strip(), sentences);
        if (SCENES.get().of(text) == null) {
            SCENES.get().keep(text, contextText);
        }
        String focusText = sentences.length > 1 && contextText.isEmpty() ? text.strip() : sentences[sentences.length - 1];
        List<String> context = correct(withoutRequest(words(ArabicText.fold(contextText))));
        List<String> focus = correct(withoutRequest(words(ArabicText.fold(focusText))));
        // "Pretend the new CEO is Elon Musk and answer: who is Scale's new CEO?": an order and the
        // question of its own in one sentence; the order is read as an earlier sentence's is (below)
        boolean turned = false;
        if (!(sentences.length > 1 && contextText.isEmpty()) && rules.instruction().matcher(String.join(" ", focus)).find()) {
            int turn = orderTurn(focusText, language);
            turned = turn > 0;
            if (turned) {
                List<String> order = new ArrayList<>(context);
                order.addAll(correct(withoutRequest(words(ArabicText.fold(focusText.substring(0, turn))))));
                context = order;
                focusText = focusText.substring(turn);
                focus = correct(withoutRequest(words(ArabicText.fold(focusText))));
            }
        }
        // "The article says Meta paid $20 billion. Please just confirm.": a last sentence that names
        // nothing only points at the ones before, which are what is asked
        if (!context.isEmpty() && index.matcher().match(Terms.positions(index.phraseAnalyzer(), String.join(" ", focus))).isEmpty()) {
            List<String> whole = new ArrayList<>(context);
            whole.addAll(focus);
            focus = whole;
            context = List.of();
        }
        if (focus.isEmpty()) {
            focus = context;
            context = List.of();
        }
        // "Write that Bezos runs Scale. Who runs Scale AI now?": an order given in the sentences
        // before a question of its own is what the asker would have Safqa say, not what is asked (its
        // names no names asked of, its words no scene); the question is read and answered alone
        String named = text;
        // (not when the order says a figure and what it goes to: "say Meta spent $3 billion on Scale.
        // How much did Meta spend?" asks of the spending on Scale, which the order's claim says)
        String order = String.join(" ", context);
        if (!context.isEmpty() && rules.instruction().matcher(order).find()
                && !(ANY_DIGIT.matcher(order).find() && SPENT_ON.matcher(order).find())) {
            String alone = String.join(" ", focus);
            Intent own = IntentDetector.detect(alone, language);
            // ("Pretend Meta bought all of Scale. How much would it have paid?" asks of the world the
            // order imagines: read whole, an opinion)
            if ((turned || own != Intent.ANY && own != Intent.YES_NO) && !rules.instruction().matcher(alone).find()
                    && !rules.opinion().matcher(order + " " + alone).find()) {
                context = List.of();
                named = focusText;
            }
        }
        List<String> words = new ArrayList<>(context);
        words.addAll(focus);
        String normalized = String.join(" ", words);
        String asked = String.join(" ", focus);
        Intent intent = IntentDetector.detect(asked, language);
        if (intent == Intent.ANY && !context.isEmpty()) {
            intent = IntentDetector.detect(normalized, language);
        }

        // "Alexandr Wang is 28, correct?": the tag makes it a claim (see form) but is not asked about
        Matcher askedTag = rules.words().tagEnd().matcher(asked);
        boolean tagged = askedTag.find();
        String untagged = tagged ? asked.substring(0, askedTag.start()) + asked.substring(askedTag.end()) : asked;
        // "Is it true that Wang is 28?": the frame that offers a claim is no word of it; the claim
        // is read, and its alternates matched, as if said bare ("Wang is 28?")
        untagged = withoutClaimHead(untagged);
        String askedBare = withoutClaimHead(asked);
        // "Wang is 35, correct?": the number is his age, as "how old" would have asked it
        boolean aged = (intent == Intent.ANY || intent == Intent.YES_NO) && barelyAged(untagged);
        if (aged) {
            intent = Intent.AGE;
        }
        Set<String> versions = versions(normalized);
        ParsedQuestion.Form form = form(normalized, asked, intent, versions);
        // "..., or am I misremembering?": the words of the tag are no names either
        // (without a scene the whole is what is asked, whose tag is found above)
        Matcher tag = askedTag;
        boolean tagFound = tagged;
        if (!context.isEmpty()) {
            tag = rules.words().tagEnd().matcher(normalized);
            tagFound = tag.find();
        }
        Set<String> tagWords = tagFound ? Set.of(tag.group().split("\\W+")) : Set.of();
        List<String> unknownNames = unknownNames(named, language, form.claim(), tagWords);
        String unnamed = nameAskedOfTheUnknown(normalized, language);
        if (unnamed != null && !unknownNames.contains(unnamed)) {
            unknownNames.add(unnamed);
        }
        unknownNames.addAll(ArabicNames.STANDARD.in(named, w -> !nothingKnows(w), form.claim()));
        String setting = String.join(" ", context);
        if (!form.claim()) {
            setting = rules.whole().matcher(setting).replaceAll(" ");    // "shaking up the whole industry"
        }
        List<Set<String>> positions = new ArrayList<>(Terms.positions(index.phraseAnalyzer(), setting));
        int focusStart = positions.size();
        String subject = untagged;
        // "What does that value the whole company at?": outside a claim a whole only qualifies
        // what it is said of; in a claim ("Meta bought the whole company") it claims 100% of it
        if (!form.claim()) {
            subject = rules.whole().matcher(subject).replaceAll(" ");
        }
        // "what 2 things frustrated him?": how many answers are asked for, no figure to quote
        Set<String> counts = new LinkedHashSet<>();
        subject = dropCounts(subject, counts);
        // "since when has Scale AI existed?" asks when it began; "since" compares nothing there
        if (!rules.since().matcher(normalized).find()) {
            subject = SINCE_WHEN.matcher(subject).replaceAll("when");
        }
        // "the deal valued Scale at $14.8 billion?" claims a worth, not what the deal cost
        subject = VALUED_AT.matcher(subject).replaceAll("valuation");
        // "how much did Zuck drop on Scale?": his company pays, and money dropped on something is spent
        subject = HEAD_PAYS.matcher(subject).replaceAll(HEAD_PAYS_AS);
        subject = SPENT_VERBS.matcher(subject).replaceAll("spent");
        subject = INVESTED_VERBS.matcher(subject).replaceAll("invested");
        // "the agreement came out in April?", "الصفقة طلعت في أبريل؟": a deal that came out was announced
        subject = DEAL_OUT_EN.matcher(subject).replaceAll("announced");
        subject = DEAL_OUT_AR.matcher(subject).replaceAll("انعلنت");
        subject = PUSH_VERB.matcher(subject).replaceAll(" ");
        // "has OpenAI started reducing its work with Scale?": the start of an act is no founding
        subject = ASPECT_VERB.matcher(subject).replaceAll(" ");
        // "what % did Meta get?": the sign is the word (the analyzer drops signs)
        String said = PERCENT_SIGN.matcher(subject).replaceAll(" percent ");
        // "who runs Scale now that its founder is leaving?": a clause that sets the scene names no
        // one and nothing asked; its words count as an earlier sentence's do (reading.yaml, aside-clause)
        Matcher aside = ASIDE_CLAUSE.matcher(said);
        boolean asideFound = aside.find();
        int asideStart = asideFound && aside.start() > 0
                ? positions.size() + Terms.positions(index.phraseAnalyzer(), said.substring(0, aside.start())).size() : Integer.MAX_VALUE;
        // "now that Wang has gone to Meta, who heads Scale?": a scene set first runs up to the
        // question word, and Meta is no company the question asks of
        int sceneEnd = focusStart;
        Matcher asks = asideFound && aside.start() == 0 ? LEAD_ASKS.matcher(said) : null;
        if (asks != null && asks.find(aside.end())) {
            sceneEnd = positions.size() + Terms.positions(index.phraseAnalyzer(), said.substring(0, asks.start())).size();
        }
        positions.addAll(Terms.positions(index.phraseAnalyzer(), said));
        // "Is this a full buyout of Scale?": in a claim the words that claim a whole are its form, no
        // words the knowledge must know
        Matcher wholeWords = rules.whole().matcher(subject);
        Set<String> claimsWhole = form.claim() && wholeWords.find() ? Terms.all(index.phraseAnalyzer(), wholeWords.group()) : Set.of();
        List<Slot> slots = new ArrayList<>();
        boolean[] matched = new boolean[positions.size()];
        for (LexiconMatcher.Match m : index.matcher().match(positions)) {
            // a filler word names nothing, even when its bare form does: "بقيمة 870 مليون" (of 870
            // million) is no question about a value
            if (positions.subList(m.start(), m.end()).stream().allMatch(index::isFiller)) {
                continue;
            }
            for (int i = m.start(); i < m.end(); i++) {
                matched[i] = true;
            }
            Set<String> forms = new LinkedHashSet<>();
            positions.subList(m.start(), m.end()).forEach(forms::addAll);
            slots.add(slot(m.terms(), forms, m.start() < sceneEnd || m.start() >= asideStart || afterContextWord(positions, m.start())));
        }
        for (int i = 0; i < positions.size(); i++) {
            Set<String> forms = positions.get(i);
            if (matched[i] || isNumber(forms) || forms.stream().allMatch(f -> f.length() < 2)
                    || index.isFiller(forms)) {
                continue;
            }
            // "announced in March 2025, right?": a claimed month is checked against the month the
            // fact states (Answerer.verdict), so it is no word the fact must cover
            if (form.claim() && forms.stream().anyMatch(f -> rules.month(f) >= 0)) {
                continue;
            }
            String known = forms.stream().filter(index::knowsAnywhere).findFirst().orElse(null);
            if (known == null && forms.stream().anyMatch(claimsWhole::contains)) {
                continue;
            }
            boolean setsScene = i < sceneEnd || i >= asideStart;
            double scene = setsScene ? contextWeight : 1.0;
            slots.add(known != null
                    ? new Slot(Slot.Type.WORD, forms, Set.of(), scene * knownWordWeight * index.specificity(known), setsScene)
                    : new Slot(Slot.Type.UNKNOWN_WORD, forms, Set.of(), scene * unknownWordWeight, setsScene));
        }
        // "يعني ميتا اشترت سكيل كلها؟": a whole claimed is a stake claimed, whatever word said it,
        // when all else the claim names is a measure ("bought", "paid"); "did all of the labs cut
        // ties?" claims no stake
        // "Meta now owns all of Scale AI?": a statement of a whole with no question word, when all else
        // it names is a measure ("owns", "bought"), claims the 100% that "does Meta own all of it?"
        // does ("the deal shook the whole industry?" claims no stake)
        if (!form.claim() && intent == Intent.ANY && rules.whole().matcher(asked).find() && !rules.asks().matcher(normalized).find()
                && slots.stream().anyMatch(s -> s.type() == Slot.Type.CONCEPT)
                && onlyMeasures(slots)) {
            Map<String, FigureKind> whole = new LinkedHashMap<>(form.claimed());
            whole.putIfAbsent("100", FigureKind.PERCENT);
            form = new ParsedQuestion.Form(true, form.instruction(), whole, form.opinion(), form.periods());
        }
        if (form.claim() && rules.whole().matcher(asked).find()
                && onlyMeasures(slots)
                && slots.stream().noneMatch(s -> s.terms().stream().anyMatch(t -> t.id().equals(rules.wholeOf())))) {
            addConcept(slots, rules.wholeOf());
        }
        // "Meta bought Scale for $29 billion, right?": the sum is a price claimed, which only a fact
        // stating what was paid can bear out (not the valuation that states the same sum)
        if (form.claim() && priced(normalized, form)
                && slots.stream().noneMatch(s -> s.terms().stream().anyMatch(t -> rules.priceOf().contains(t.id())))) {
            addConcept(slots, rules.priceOf().get(0));
        }
        if (aged) {
            addConcept(slots, rules.numberOfPerson());
        }
        // "what's Wang going to do at Meta?": what a person will do is their role, when the question
        // names nothing else of it ("...once he leaves Scale?" is told by the facts of his leaving too)
        if (PERSON_DOES.matcher(untagged).find() && slots.stream().anyMatch(s -> s.type() == Slot.Type.ENTITY && !s.context()
                && s.terms().stream().anyMatch(Term::isPerson))
                && slots.stream().noneMatch(s -> s.type() == Slot.Type.CONCEPT)) {
            addConcept(slots, PERSON_DOES_CONCEPT);
        }
        companyLeaves(slots);
        companyBoss(slots);
        worthOfCompany(slots, normalized);
        ReadingRules.Words lists = rules.words();
        boolean smallTalk = !words.isEmpty() && words.stream().allMatch(lists.smallTalk()::contains);
        boolean cued = lists.cues().matcher(normalized).find();
        // the alternate questions are matched by what is asked: "I keep reading that the deal is
        // shaking up the industry. Can you tell me what Meta paid?" is asked as "what did Meta pay?"
        Set<String> terms = new LinkedHashSet<>();
        positions.subList(focusStart, positions.size()).forEach(terms::addAll);
        return new ParsedQuestion(text, normalized, language, intent, slots, unknownNames,
                without(Numbers.in(normalized), counts), versions, smallTalk || lists.help().matcher(normalized).find(),
                excluded(cued ? entitiesAfter(lists.exclusion(), normalized) : Set.of(), slots, normalized, joinedWith(normalized)),
                cued ? entitiesAround(lists.alternative(), normalized) : Set.of(),
                form, terms,
                dev.safqa.index.AlternateQuestions.grams(askedBare.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * "Why did Google leave Scale?": a company that leaves cuts ties (reading.yaml, company-leaves),
     * so the word for leaving names that concept too, when the question names a company other than
     * the article's subjects, or customers or labs, and no person (Wang leaving gives up his post),
     * and names no subject but the one the article says ties were cut with (not Meta).
     */
    private void companyLeaves(List<Slot> slots) {
        boolean party = false;
        for (Slot s : slots) {
            for (Term t : s.terms()) {
                if (t.isPerson()) {
                    return;
                }
                party |= s.type() == Slot.Type.ENTITY && "company".equals(t.type()) && !index.isSubject(t.id())
                        || s.type() == Slot.Type.CONCEPT && LEAVING_PARTIES.contains(t.id());
            }
        }
        if (!party) {
            return;     // most questions: and Lexicon.term builds its map of every term on each call
        }
        Term cut = index.knowledge().lexicon().term(LEAVING_READS_AS).orElse(null);
        // "why did the labs leave Meta?": the ties the article says were cut are with Scale
        if (cut == null || !Features.withWhomAsked(slots, cut.id(), index)) {
            return;
        }
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            if (s.type() == Slot.Type.CONCEPT && s.terms().stream().anyMatch(t -> t.id().equals(LEAVING))
                    && !s.terms().contains(cut)) {
                Set<Term> terms = new LinkedHashSet<>(s.terms());
                terms.add(cut);
                slots.set(i, new Slot(s.type(), s.forms(), terms, s.weight(), s.context()));
            }
        }
    }

    /**
     * "Who's the new boss at Scale?": a word naming both a post and whom someone reports to names the
     * post alone when the question names a company and no person (reading.yaml, company-boss).
     */
    private static void companyBoss(List<Slot> slots) {
        boolean company = false;
        for (Slot s : slots) {
            for (Term t : s.terms()) {
                if (t.isPerson()) {
                    return;
                }
                company |= s.type() == Slot.Type.ENTITY && !s.context() && "company".equals(t.type());
            }
        }
        if (!company) {
            return;
        }
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            if (s.type() == Slot.Type.CONCEPT && s.terms().stream().anyMatch(t -> t.id().equals(BOSS_POST))
                    && s.terms().stream().anyMatch(t -> t.id().equals(BOSS_SUPERIOR))) {
                Set<Term> terms = new LinkedHashSet<>(s.terms());
                terms.removeIf(t -> t.id().equals(BOSS_SUPERIOR));
                slots.set(i, new Slot(s.type(), s.forms(), terms, s.weight(), s.context()));
            }
        }
    }

    /**
     * "شكد صارت قيمة ميتا؟" (what is Meta worth now?): "value" joined to a company's name is what
     * that company is worth, the valuation (reading.yaml, worth-of), so Scale AI's valuation does not
     * answer it; "قيمة الصفقة" (the deal's value) names no company and stays the price.
     */
    private void worthOfCompany(List<Slot> slots, String normalized) {
        if (slots.stream().anyMatch(s -> s.type() == Slot.Type.CONCEPT && s.terms().stream().anyMatch(t -> t.id().equals(WORTH_CONCEPT)))) {
            return;
        }
        Matcher m = WORTH_OF.matcher(normalized);
        while (m.find()) {
            String name = m.group("name");
            if (slots.stream().anyMatch(s -> s.type() == Slot.Type.ENTITY && s.forms().contains(name)
                    && s.terms().stream().anyMatch(t -> "company".equals(t.type())))) {
                addConcept(slots, WORTH_CONCEPT);
                return;
            }
        }
    }

    private static final Rule WORTH_OF = Rule.compile(ReadingRules.READING.path("worth-of").path("said").asText(),
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final String WORTH_CONCEPT = ReadingRules.READING.path("worth-of").path("concept").asText();

    private static final String BOSS_POST = ReadingRules.READING.path("company-boss").path("post").asText();
    private static final String BOSS_SUPERIOR = ReadingRules.READING.path("company-boss").path("superior").asText();

    private static final String LEAVING = ReadingRules.READING.path("company-leaves").path("leaving").asText();
    private static final String LEAVING_READS_AS = ReadingRules.READING.path("company-leaves").path("reads-as").asText();
    private static final Set<String> LEAVING_PARTIES = Set.copyOf(java.util.stream.StreamSupport.stream(
            ReadingRules.READING.path("company-leaves").path("parties").spliterator(), false)
            .map(com.fasterxml.jackson.databind.JsonNode::asText).toList());

    /** A lexicon concept the question's form implies (a whole, a price, an age), as if a word had named it. */
    private void addConcept(List<Slot> slots, String id) {
        index.knowledge().lexicon().term(id).ifPresent(t -> slots.add(
                new Slot(Slot.Type.CONCEPT, Set.of(t.id()), Set.of(t), index.specificity("c:" + t.id()), false)));
    }

    /** Whether a money figure the claim makes follows "for" (or مقابل, بـ): a price claimed. */
    private boolean priced(String normalized, ParsedQuestion.Form form) {
        if (!form.claimed().containsValue(FigureKind.MONEY)) {
            return false;
        }
        Matcher m = FIGURE.matcher(normalized);
        while (m.find()) {
            if (form.claimed().get(Numbers.canonical(m.group())) == FigureKind.MONEY
                    && rules.priceBefore().matcher(normalized.substring(Math.max(0, m.start() - 16), m.start())).find()
                    && !WORTH_BEFORE.matcher(normalized.substring(Math.max(0, m.start() - 60), m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** The text without the counts of answers asked for; each count's figure goes into {@code counts}. */
    private String dropCounts(String text, Set<String> counts) {
        if (!COUNT_CUE.matcher(text).find()) {
            return text;
        }
        Matcher m = rules.counted().matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            counts.addAll(Numbers.in(m.group("n")));
            out.append(text, last, m.start("n")).append(' ');
            last = m.end("n");
        }
        return out.append(text, last, text.length()).toString();
    }

    private static Set<String> without(Set<String> all, Set<String> left) {
        Set<String> out = new LinkedHashSet<>(all);
        out.removeAll(left);
        return out;
    }

    /**
     * "Wang is 35, correct?", "is Wang 35?", "and wang's 30 right?": a person, and a bare number that
     * is all said of them.
     */
    private static final Pattern BARE_AGE = Pattern.compile("^(?:(?:and|so|ok|okay) )?(?:is |was )?(.+?) (?:is |was )?(\\d{1,3})$");

    /** Whether a number with no unit is all a question says of a person: then it is their age. */
    private boolean barelyAged(String asked) {
        // "wang is like 32 yeah?": a number said to be about the one claimed is still all that is said
        Matcher m = BARE_AGE.matcher(rules.approximately().matcher(asked.strip()).replaceAll(""));
        if (!m.matches()) {
            return false;
        }
        int n = Integer.parseInt(m.group(2));
        List<Set<String>> positions = Terms.positions(index.phraseAnalyzer(), m.group(1));
        List<LexiconMatcher.Match> named = index.matcher().match(positions);
        int words = m.group(1).split("\\s+").length;
        int nameWords = named.stream().mapToInt(x -> x.end() - x.start()).sum();
        if (n < 10 || n > 110 || named.size() != 1) {
            return false;
        }
        if (nameWords == words && named.get(0).terms().stream().allMatch(t -> "person".equals(index.entityTypes().get(t.id())))) {
            return true;
        }
        // "the founder is 28, right?": a role that names one person (reading.yaml, roles-of-a-person),
        // whatever article before it, is said of that person as a name is
        return nameWords == positions.stream().filter(f -> !index.isFiller(f)).count() && named.get(0).terms().stream().allMatch(t -> AGE_OF_ROLE.contains(t.id()));
    }

    /** Roles that name a person whose age may be claimed (reading.yaml, roles-of-a-person). */
    private static final List<String> AGE_OF_ROLE = java.util.stream.StreamSupport.stream(
            ReadingRules.READING.path("roles-of-a-person").spliterator(), false)
            .map(com.fasterxml.jackson.databind.JsonNode::asText).toList();

    /**
     * "what's he doing at Meta now?" read as a follow-up, with whom "he" points at: what that person
     * does is their role, as when the question names them ({@code read} unchanged otherwise). Only a
     * follow-up: "he" alone names nobody.
     */
    ParsedQuestion doingOfPerson(ParsedQuestion read) {
        boolean person = read.slots().stream().anyMatch(s -> s.type() == Slot.Type.ENTITY && !s.context()
                && s.terms().stream().anyMatch(Term::isPerson));
        if (!PERSON_DOES.matcher(read.normalized()).find() || !person || read.slots().stream().anyMatch(s -> s.type() == Slot.Type.CONCEPT)) {
            return read;
        }
        List<Slot> role = new ArrayList<>();
        addConcept(role, PERSON_DOES_CONCEPT);
        return role.isEmpty() ? read : read.replacing(s -> false, role.get(0));
    }

    /** "what's Wang going to do?": what a person will do (reading.yaml, person-does), and the concept that asks it. */
    private static final Rule PERSON_DOES = ReadingRules.any(ReadingRules.READING.path("person-does"), "patterns");
    private static final String PERSON_DOES_CONCEPT = ReadingRules.READING.path("person-does").path("concept").asText();

    /** "since when": the question word asking when something began (reading.yaml, since-when). */
    private static final Rule SINCE_WHEN = ReadingRules.rule("since-when");

    /** A verb of worth right before بـ and a sum: "قُيّمت بـ 19 مليار" is a worth, no price (reading.yaml, worth-before). */
    private static final Rule WORTH_BEFORE = ReadingRules.rule("worth-before");
    /** "valued ... at": the verb of worth (reading.yaml, valued-at). */
    private static final Rule VALUED_AT = ReadingRules.rule("valued-at");
    /** "sank ... into", "pumped ... into": investing (reading.yaml, invested-verbs). */
    private static final Rule INVESTED_VERBS = ReadingRules.rule("invested-verbs");
    /** "is it true that", "would it be right to say": what offers a claim, not what it claims (reading.yaml, claim-head). */
    private static final Rule CLAIM_HEAD = ReadingRules.rule("claim-head");

    /** The text after the frame that offers a claim ("is it true that ..."), or the text itself. */
    private static String withoutClaimHead(String text) {
        Matcher head = CLAIM_HEAD.matcher(text);
        return head.find() ? text.substring(head.end()).strip() : text;
    }
    private static final Rule PUSH_VERB = ReadingRules.rule("push-verb");
    /** "started reducing", "began to look": the verb that only says when another act began (reading.yaml, aspect-verb). */
    static final Rule ASPECT_VERB = ReadingRules.rule("aspect-verb");
    /** A company's head as the one who pays, read as the company (reading.yaml, head-pays). */
    private static final Rule HEAD_PAYS = ReadingRules.any(ReadingRules.READING.path("head-pays"), "patterns");
    private static final String HEAD_PAYS_AS = ReadingRules.READING.path("head-pays").path("reads-as").asText();
    /** "drop ... on", "blow ... on": spending (reading.yaml, spent-verbs). */
    private static final Rule SPENT_VERBS = ReadingRules.rule("spent-verbs");
    /** A deal that "came out", "طلعت": made public (reading.yaml, deal-out), read as announced. */
    private static final Rule DEAL_OUT_EN = ReadingRules.any(ReadingRules.READING.path("deal-out"), "en");
    private static final Rule DEAL_OUT_AR = ReadingRules.any(ReadingRules.READING.path("deal-out"), "ar");

    /** What any count asked for has: a digit or a number word (the `counted` pattern runs only then). */
    private static final Pattern COUNT_CUE = Pattern.compile("\\d|\\b(two|three|four|five|both)\\b");

    private static final Pattern FIGURE = Pattern.compile("\\d+(?:[.,]\\d+)*");
    /** A percent sign between words, or after a figure and before a word: "what % of Scale?", "49 % of Scale". */
    private static final Pattern PERCENT_SIGN = Pattern.compile("(?<=[\\p{L}\\d]\\s)%(?=\\s+\\p{L})");

    /**
     * Whether the question claims something, and the figures it claims with their kinds: the unit
     * after a figure says money, percent or age; four digits from 1900 read as a year; "all of"
     * claims 100%.
     */
    private ParsedQuestion.Form form(String normalized, String asked, Intent intent, Set<String> versions) {
        boolean instruction = rules.instruction().matcher(normalized).find();
        boolean claim = instruction || intent == Intent.YES_NO || rules.yesNo().matcher(normalized).find()
                || rules.tag().matcher(normalized).find();
        Map<String, FigureKind> claimed = new LinkedHashMap<>();
        Matcher m = FIGURE.matcher(normalized);
        while (m.find()) {
            String n = Numbers.canonical(m.group());
            if (versions.contains(n)) {
                continue;
            }
            FigureKind kind = null;
            String after = normalized.substring(m.end());
            for (Map.Entry<FigureKind, Rule> u : rules.unitsAfter().entrySet()) {
                if (u.getValue().matcher(after).lookingAt()) {
                    kind = u.getKey();
                    break;
                }
            }
            if (kind == null && rules.moneyBefore().matcher(normalized.substring(0, m.start())).find()) {
                kind = FigureKind.MONEY;
            }
            if (kind == null && n.matches("(19|20)\\d\\d")) {
                kind = FigureKind.YEAR;
            }
            if (kind == null && intent == Intent.AGE && !n.matches("(19|20)\\d\\d")) {
                kind = FigureKind.AGE;  // "Wang is 35, correct?"
            }
            if (kind == FigureKind.AGE && intent != Intent.AGE) {
                kind = null;        // "for 10 years" is a duration, not an age
            }
            claimed.putIfAbsent(n, kind);
        }
        // a statement with a figure is a claim too: "Meta paid $29 billion for Scale."; so is one whose
        // measure word gave the intent but that has no question word, stating a figure of that
        // measure ("وانغ عمره ٣٥ سنة؟": his age is 35?)
        if (!claim && intent == Intent.ANY && claimed.values().stream().anyMatch(k -> k != null && k != FigureKind.YEAR)) {
            claim = true;
        }
        // so is one that dates something to a month of a year: "The deal was announced in May 2025?"
        // claims the month as "announced in May 2025, right?" does
        if (!claim && intent == Intent.ANY && claimed.containsValue(FigureKind.YEAR) && rules.month(normalized) >= 0
                && !rules.asks().matcher(normalized).find()) {
            claim = true;
        }
        // the whole a claim makes is in what it asks: "People say the deal has shaken up the whole
        // industry. So what did Meta pay?" claims no stake of 100%; "Meta paid $14.8 billion for all
        // of Scale AI?", a statement with a figure, claims it beside the sum
        if (claim && rules.whole().matcher(asked).find()) {
            claimed.putIfAbsent("100", FigureKind.PERCENT);
        }
        // "Meta owns a majority of Scale now, right?": more than half claimed, the least of which is
        // 51%; a stake of 49% says "No". Not when a word turns it ("not a majority", "still"), nor a
        // verb said in the negative ("Meta doesn't own a majority, right?" is true)
        String untagged = rules.words().tagEnd().matcher(asked).replaceFirst("");
        if (claim && MAJORITY.matcher(asked).find() && !rules.words().hedge().matcher(untagged).find()
                && !NEGATED_VERB.matcher(untagged).find()) {
            claimed.putIfAbsent(LEAST_MAJORITY, FigureKind.PERCENT);
        }
        FigureKind measured = switch (intent) {
            case AGE -> FigureKind.AGE;
            case AMOUNT -> FigureKind.MONEY;
            case PERCENT -> FigureKind.PERCENT;
            default -> null;
        };
        if (!claim && measured != null && claimed.containsValue(measured) && !rules.asks().matcher(normalized).find()) {
            claim = true;
        }
        boolean opinion = rules.opinion().matcher(normalized).find();
        Set<String> periods = rules.periodsIn(normalized);
        return claim || instruction || opinion || !periods.isEmpty()
                ? new ParsedQuestion.Form(claim, instruction, claimed, opinion, periods) : ParsedQuestion.Form.PLAIN;
    }

    /** True if one of the three words before a position sets a time frame: what follows is context. */
    private static final Rule ASIDE_CLAUSE = ReadingRules.rule("aside-clause");
    /** A question word, where a scene set first ends (reading.yaml, parts-comma-after: the words that ask). */
    private static final Rule LEAD_ASKS = ReadingRules.rule("parts-comma-after");

    /** Words that claim more than half of something (reading.yaml, majority). */
    private static final Rule MAJORITY = ReadingRules.rule("majority");
    /** A verb said in the negative after its subject (reading.yaml, negated-verb). */
    static final Rule NEGATED_VERB = ReadingRules.rule("negated-verb");
    /** The least share a majority is, in percent. */
    private static final String LEAST_MAJORITY = "51";

    private boolean afterContextWord(List<Set<String>> positions, int start) {
        for (int i = Math.max(0, start - 4); i < start; i++) {
            if (positions.get(i).stream().anyMatch(rules.words().contextWords()::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Spelling correction that never changes a real word: a word the knowledge knows, whole or by
     * its stem ("شركات" is the plural of a known "شركة", not a typo of the lexicon's "شرات"), stays.
     */
    private List<String> correct(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            String c = index.speller().correct(w);
            // a greeting is no typo either: "السلام عليكم" is not "السلام تعليم" (teaching), nor a word
            // that asks whether a state continues: "استمرت" (continued) is not "استثمرت" (invested)
            // nor a contraction the rules spell: "why's he frustrated?" is not "who's"
            if (!c.equals(w) && (CommonWords.english(w) || rules.words().smallTalk().contains(w)
                    || rules.words().contraction(w) != null
                    || rules.words().continuationWords().contains(w)
                    || (!index.speller().onlyAsked(w)      // a typo of a name, met only in an alternate question, is still one
                        && Terms.all(index.analyzer(), w).stream().anyMatch(index::knowsAnywhere)))) {
                c = w;
            }
            out.add(c);
        }
        return out;
    }

    private Slot slot(Set<Term> terms, Set<String> forms, boolean context) {
        Slot.Type type = Slot.Type.CONCEPT;
        for (Term t : terms) {
            if (t.category() == Term.Category.UNKNOWN || t.category() == Term.Category.OTHER) {
                type = Slot.Type.NOT_COVERED;
                break;
            }
            if (t.category() == Term.Category.ENTITY) {
                type = Slot.Type.ENTITY;
            }
        }
        Set<Term> kept = new LinkedHashSet<>();
        for (Term t : terms) {
            if (type == slotType(t)) {
                kept.add(t);
            }
        }
        double weight = switch (type) {
            case ENTITY -> entityWeight;
            case CONCEPT -> kept.stream().mapToDouble(t -> index.specificity("c:" + t.id())).max().orElse(1.0);
            default -> 1.0;
        };
        return new Slot(type, forms, kept, context ? contextWeight * weight : weight, context);
    }

    private static Slot.Type slotType(Term t) {
        return switch (t.category()) {
            case ENTITY -> Slot.Type.ENTITY;
            case CONCEPT -> Slot.Type.CONCEPT;
            case UNKNOWN, OTHER -> Slot.Type.NOT_COVERED;
        };
    }

    /** "can you tell me what Meta paid" is read as "what Meta paid": the request asks nothing. */
    private List<String> withoutRequest(List<String> words) {
        if (words.stream().noneMatch(rules.words().requestWords()::contains)) {
            return words;       // most questions: the pattern is not run
        }
        String joined = String.join(" ", words);
        String asked = rules.request().matcher(joined).replaceAll(" ").strip();
        return asked.isEmpty() || asked.equals(joined) ? words : List.of(asked.split("\\s+"));
    }

    /** The words of a folded text, a contraction spelt as the reading rules spell it ("isnt" -> "isn't"). */
    private List<String> words(String folded) {
        List<String> out = new ArrayList<>();
        for (String w : Dialect.words(folded)) {
            String c = rules.words().contraction(w);
            out.add(c == null ? w : c);
        }
        return out;
    }

    /**
     * Latin names nothing in the knowledge mentions: "Microsoft", "Activision", "YouTube". In an
     * English question a capital letter after the first word marks a name; inside an Arabic
     * question every Latin word is one.
     */
    private List<String> unknownNames(String text, Language language, boolean claim, Set<String> tagWords) {
        List<String> out = new ArrayList<>();
        // "Hey Omar, how much did Meta pay?": whom the asker greets is not asked about
        Matcher greeted = rules.words().address().matcher(ArabicText.fold(text));
        String addressee = greeted.find() ? greeted.group(1) : "";
        Matcher m = LATIN_WORD.matcher(text);
        boolean first = true;
        while (m.find()) {
            String word = NAME_TAIL.matcher(m.group()).replaceAll("");
            boolean sentenceStart = first || precededBySentenceEnd(text, m.start());
            first = false;
            if (word.length() < 2 || rules.words().contraction(word) != null
                    || rules.words().notNames().contains(word.toLowerCase(java.util.Locale.ROOT))
                    || word.toLowerCase(java.util.Locale.ROOT).equals(addressee)
                    || claim && rules.month(word.toLowerCase(java.util.Locale.ROOT)) >= 0
                    || tagWords.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                // "isnt", "wasn’t", "FYI", "Safqa": a contraction, an abbreviation or a word of address is never a name; nor is
                // the month a claim names ("announced in March?"), which is checked against the fact's,
                // nor a word of its tag
                continue;
            }
            boolean capitalised = Character.isUpperCase(word.charAt(0)) || word.chars().filter(Character::isUpperCase).count() >= 2;
            // lower case is no proof of a common word in a chat: "what did google pay for wiz"
            boolean nameLike = language == Language.AR || (capitalised && !sentenceStart)
                    || (word.length() >= 3 && !CommonWords.english(word.toLowerCase(java.util.Locale.ROOT)))
                    || aParty(text, m.start(), m.end());
            if (!nameLike) {
                continue;
            }
            String folded = ArabicText.fold(word);
            // a typo is read as the word it is one letter from only when that word means something here:
            // "Surge" is no typo of "sure" ("What is Surge AI?"), "Scael" is one of "scale"
            String corrected = index.speller().correct(folded);
            if (!index.speller().knows(folded) && !(index.speller().knows(corrected) && (!capitalised || knownPhrasePart(corrected)))
                    && !knownPhrasePart(folded)) {
                out.add(word);
            }
        }
        return out;
    }

    /** "what's the name of the platform...", "ما اسم المنصة...": its group is what is named (reading.yaml, name-of). */
    private static final Rule NAME_OF = ReadingRules.rule("name-of");

    /**
     * The thing whose name a question asks, when nothing in the knowledge knows the word for it
     * ("what's the name of the platform Scale hires its labellers on?"): the article names no such
     * thing, whatever else the question shares with a fact. Null when it asks no name, or the word
     * is known ("what's the new team called?").
     */
    private String nameAskedOfTheUnknown(String normalized, Language language) {
        Matcher m = NAME_OF.matcher(normalized);
        if (!m.find()) {
            return null;
        }
        String word = null;
        for (int g = 1; word == null && g <= m.groupCount(); g++) {
            word = m.group(g);      // each pattern's one group
        }
        String folded = ArabicText.fold(word);
        boolean known = language == Language.AR || folded.chars().anyMatch(c -> c > 127) ? !nothingKnows(folded)
                : index.speller().knows(folded) || index.speller().knows(index.speller().correct(folded)) || knownPhrasePart(folded);
        return known ? null : word;
    }

    /** "with the", "to the": what follows is who the question asks of, when a clause ends on it. */
    private static final Pattern PARTY_BEFORE = Pattern.compile("(?i)\\b(with|from|to|by)\\s+the\\s+$");
    private static final Pattern PARTY_AFTER = Pattern.compile("(?i)^\\s*([?!.,;:؟]|$|(and|or|too|also|as well)\\b)");

    /**
     * Whether a common word stands as a party the question asks of: "does Scale have contracts with
     * the pentagon?", "did Meta sell data to the army?". Lower case is no proof of a common word
     * there; a word nothing in the knowledge knows is then a name it does not mention.
     */
    private static boolean aParty(String text, int start, int end) {
        return PARTY_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find()
                && PARTY_AFTER.matcher(text.substring(end)).find();
    }

    /**
     * Whether nothing knows a folded Arabic word: no spoken form the dialect map reads, no word of
     * the knowledge or one letter off it, no stop word, nothing of the lexicon, no analysed form
     * any fact or alternate question uses.
     */
    private boolean nothingKnows(String folded) {
        List<String> read = Dialect.words(folded);
        if (read.size() != 1 || !read.get(0).equals(folded) || index.speller().knows(folded)
                || !index.speller().correct(folded).equals(folded)) {
            return false;
        }
        List<Set<String>> positions = Terms.positions(index.phraseAnalyzer(), folded);
        return !positions.isEmpty() && index.matcher().match(positions).isEmpty()
                && positions.stream().noneMatch(forms -> index.isFiller(forms) || forms.stream().anyMatch(index::knowsAnywhere));
    }

    private boolean knownPhrasePart(String folded) {
        return Terms.all(index.analyzer(), folded).stream().anyMatch(index::knowsAnywhere);
    }

    private static boolean precededBySentenceEnd(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '(' || c == '«') {
                continue;
            }
            return c == '.' || c == '?' || c == '!' || c == '؟' || c == ':' || c == '-' || c == '—';
        }
        return true;
    }

    private static boolean isNumber(Set<String> forms) {
        return forms.stream().anyMatch(f -> !f.isEmpty() && Character.isDigit(f.charAt(0)));
    }


    /** Every concept read is a measure or a word of owning ("bought", "paid", "owns"): what a whole claimed may be the stake of. */
    private boolean onlyMeasures(List<Slot> slots) {
        return slots.stream().filter(s -> s.type() == Slot.Type.CONCEPT)
                .allMatch(s -> s.terms().stream().allMatch(t -> t.kind() != null || rules.wholeMeasures().contains(t.id())));
    }
}
