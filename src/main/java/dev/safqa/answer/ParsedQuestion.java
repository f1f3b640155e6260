package dev.safqa.answer;

import dev.safqa.knowledge.Term;
import dev.safqa.text.Language;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A question read for answering: its language, what it asks for, and its parts. Immutable; the
 * sets the judge asks for on every candidate fact are computed once here.
 */
final class ParsedQuestion {
    /** Four digits that read as a year (1900-2099). */
    static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private final String text;
    private Set<String> yearsSetAside;
    private final String normalized;
    private final Language language;
    private final Intent intent;
    private final List<Slot> slots;
    private final List<String> unknownNames;
    private final Set<String> numbers;
    private final Set<String> versions;
    private final boolean smallTalk;
    private final Set<String> excluded;
    private final Set<String> alternatives;
    private final Map<Slot.Type, Set<String>> ids = new EnumMap<>(Slot.Type.class);
    private final Set<String> requiredEntities;
    private final Set<String> years;
    private final boolean plural;
    /** What its normalised text alone says, read once and shared with its copies, which keep that text. */
    private final TextReadings readings;
    /** What a follow-up is also matched with the alternate questions by (the name for its pronoun), or null. */
    private final Matching named;
    // read on first use: most questions never ask
    private Set<String> payers;
    private Set<String> definitionAsked;
    private Integer countAsked;
    private Set<String> spentOn;
    private List<Rule> superlatives;
    private Set<String> roleHolders;
    private final Form form;
    private final Set<String> terms;
    private final Set<String> grams;

    /**
     * What the question's form says beyond its subject.
     *
     * @param claim       it asserts something to check: a yes/no question, a tag question, a report
     *                    or an instruction ("Did Meta pay $29B?", "Meta paid $29B, right?")
     * @param instruction it tells Safqa what to say ("say Meta paid $100 billion")
     * @param claimed     the figures it claims, each with its kind when a unit says it (null otherwise)
     * @param opinion     it asks for a view or a prediction ("was Google right?")
     * @param periods     periods it asks about that a fact must state ("next year", "before the deal")
     */
    record Form(boolean claim, boolean instruction, Map<String, dev.safqa.knowledge.FigureKind> claimed,
                boolean opinion, Set<String> periods) {
        static final Form PLAIN = new Form(false, false, Map.of(), false, Set.of());
    }

    /**
     * What a question's normalised text alone says (a who-question whether it asks for companies,
     * the month it names, whom it places in a line...), each read on first use: most questions never
     * ask. The judge asks them of every candidate fact and every part; a copy of the question
     * ({@link #following}, {@link #withoutNumbers}...) keeps the text, so it shares these rather than
     * reading them again. Used by one answer's thread, as the question is.
     */
    private static final class TextReadings {
        Boolean plural;
        Boolean asksThing;
        Boolean asksPlace;
        Boolean asksCompany;
        Boolean span;
        Boolean asksNames;
        Boolean ofAnotherParty;
        Integer month;
        Boolean asksAName;
        Map<String, String> lines;
        /** Rules of the judge run on the text ({@link #finds}). */
        final Map<Rule, Boolean> found = new java.util.IdentityHashMap<>(8);
    }

    /**
     * @param normalized   the question after folding, dialect mapping and spelling correction
     * @param unknownNames Latin names that nothing in the knowledge mentions ("Microsoft", "Activision")
     * @param numbers      the figures it mentions
     * @param versions     numbers that follow a name ("Llama 4"): part of the name
     * @param excluded     entities the question sets aside ("apart from Google")
     * @param alternatives entities offered as alternatives ("Google or OpenAI"): one is enough
     */
    ParsedQuestion(String text, String normalized, Language language, Intent intent, List<Slot> slots,
                   List<String> unknownNames, Set<String> numbers, Set<String> versions, boolean smallTalk,
                   Set<String> excluded, Set<String> alternatives, Form form, Set<String> terms, Set<String> grams) {
        this(text, normalized, language, intent, slots, unknownNames, numbers, versions, smallTalk, excluded, alternatives,
                form, terms, grams, new TextReadings(), null);
    }

    /** @param readings what the normalised text says: a copy's are its original's (the same text) */
    private ParsedQuestion(String text, String normalized, Language language, Intent intent, List<Slot> slots,
                           List<String> unknownNames, Set<String> numbers, Set<String> versions, boolean smallTalk,
                           Set<String> excluded, Set<String> alternatives, Form form, Set<String> terms, Set<String> grams,
                           TextReadings readings, Matching named) {
        this.readings = readings;
        this.named = named;
        this.text = text;
        this.normalized = normalized;
        this.language = language;
        this.intent = intent;
        this.slots = List.copyOf(slots);
        this.unknownNames = List.copyOf(unknownNames);
        this.numbers = Set.copyOf(numbers);
        this.versions = Set.copyOf(versions);
        this.smallTalk = smallTalk;
        this.excluded = Set.copyOf(excluded);
        this.alternatives = Set.copyOf(alternatives);
        this.form = form;
        this.terms = Set.copyOf(terms);
        // only counted and looked up, in no order (AlternateQuestions.prepare), and never changed: a
        // question's trigrams are a fresh set of a hundred or so, which copying hashed a second time
        this.grams = Collections.unmodifiableSet(grams);
        for (Slot.Type type : Slot.Type.values()) {
            Set<String> out = new LinkedHashSet<>();
            for (Slot s : this.slots) {
                if (s.type() == type) {
                    s.terms().forEach(t -> out.add(t.id()));
                }
            }
            ids.put(type, Collections.unmodifiableSet(out));
        }
        Set<String> required = new LinkedHashSet<>();
        for (Slot s : this.slots) {
            if (s.type() == Slot.Type.ENTITY && !s.context()) {     // a name in an earlier sentence only sets the scene
                s.terms().forEach(t -> required.add(t.id()));
            }
        }
        required.removeAll(this.excluded);
        required.removeAll(this.alternatives);
        this.requiredEntities = Collections.unmodifiableSet(required);
        Set<String> y = new LinkedHashSet<>();
        for (String n : this.numbers) {
            if (YEAR.matcher(n).matches()) {
                y.add(n);
            }
        }
        this.years = Collections.unmodifiableSet(y);
        if (readings.plural == null) {
            readings.plural = ReadingRules.STANDARD.words().plural().matcher(normalized).find() || DUAL.matcher(normalized).find();
        }
        this.plural = readings.plural;
    }

    String text() {
        return text;
    }

    String normalized() {
        return normalized;
    }

    Language language() {
        return language;
    }

    Intent intent() {
        return intent;
    }

    List<Slot> slots() {
        return slots;
    }

    List<String> unknownNames() {
        return unknownNames;
    }

    Set<String> numbers() {
        return numbers;
    }

    Set<String> versions() {
        return versions;
    }

    boolean smallTalk() {
        return smallTalk;
    }

    Set<String> excluded() {
        return excluded;
    }

    Set<String> alternatives() {
        return alternatives;
    }

    /** Entities a fact must name: all the question names, but those excluded or offered as alternatives. */
    Set<String> requiredEntities() {
        return requiredEntities;
    }

    /** Numbers that read as years (1900-2100). */
    Set<String> years() {
        return years;
    }

    /**
     * Years the question sets aside ("other than 2024", "غير 2024"; reading.yaml, exclusion): not
     * asked, and a fact of that year answers what the question put aside. Read on first use.
     */
    Set<String> yearsSetAside() {
        if (yearsSetAside == null) {
            Set<String> aside = new LinkedHashSet<>();
            if (!years.isEmpty()) {
                java.util.regex.Matcher m = ReadingRules.STANDARD.words().exclusion().matcher(normalized);
                while (m.find()) {
                    String first = m.group(2).strip().split("\\s+")[0];
                    if (years.contains(first)) {
                        aside.add(first);
                    }
                }
            }
            yearsSetAside = Collections.unmodifiableSet(aside);
        }
        return yearsSetAside;
    }

    /** The question asks for several ("which companies", "ما هي الشركات"). */
    boolean plural() {
        return plural;
    }

    /** Each superlative a question may ask, with what a fact must say to answer it (reading.yaml, superlatives). */
    private static final List<Rule[]> SUPERLATIVES = readSuperlatives();

    private static List<Rule[]> readSuperlatives() {
        List<Rule[]> out = new java.util.ArrayList<>();
        ReadingRules.READING.path("superlatives").forEach(n -> out.add(new Rule[] {
                Rule.compile(n.path("asked").asText(), Pattern.UNICODE_CHARACTER_CLASS),
                Rule.compile(n.path("stated").asText(), Pattern.UNICODE_CHARACTER_CLASS)}));
        return List.copyOf(out);
    }

    /**
     * The people whose role the question asks, said as theirs: "Zuckerberg's job", "the post of
     * Droege", "منصب زوكربيرغ" (the role word, then the name). Read once, on first use: the judge
     * asks it of every candidate (Features.refusal).
     */
    Set<String> roleHolders() {
        if (roleHolders == null) {
            roleHolders = readRoleHolders();
        }
        return roleHolders;
    }

    private Set<String> readRoleHolders() {
        Set<String> roles = new java.util.HashSet<>();
        for (Slot s : slots()) {
            if (s.type() == Slot.Type.CONCEPT && !s.context() && s.terms().stream().anyMatch(t -> t.id().equals(Features.ROLE))) {
                roles.addAll(s.forms());
            }
        }
        if (roles.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new java.util.HashSet<>();
        String text = normalized();
        for (Slot s : slots()) {
            if (s.type() != Slot.Type.ENTITY) {
                continue;
            }
            for (String name : s.forms()) {
                for (String role : roles) {
                    String n = java.util.regex.Pattern.quote(name);
                    String r = java.util.regex.Pattern.quote(role);
                    if (java.util.regex.Pattern.compile("(^|\\s)" + n + "\\S*'s\\s+(\\S+\\s+)?" + r + "|(^|\\s)" + r + "\\S*\\s+of\\s+(\\S+\\s+)?" + n
                            + "|(^|\\s)[وف]?(ال)?" + r + "\\S{0,2}\\s+(ل)?" + n).matcher(text).find()) {
                        s.terms().forEach(t -> out.add(t.id()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * What a fact must say for each superlative the question asks ("Meta's most powerful model",
     * "the first lab to leave"): the article rarely ranks, and a fact that only names the thing
     * asked about is no answer to which one is the most. Empty when it asks none.
     */
    List<Rule> superlatives() {
        if (superlatives == null) {
            List<Rule> out = new java.util.ArrayList<>();
            for (Rule[] r : SUPERLATIVES) {
                if (r[0].find(normalized)) {
                    out.add(r[1]);
                }
            }
            superlatives = List.copyOf(out);
        }
        return superlatives;
    }

    /** What a sum goes to: "spending on", "budget for", "ينفق على" (reading.yaml, spent-on). */
    private static final Rule SPENT_ON = ReadingRules.rule("spent-on");
    /** The lexicon's type of a product: Gemini, Llama 4, Behemoth. */
    private static final String PRODUCT = "product";
    /**
     * A thing named as an example or the purpose of what a sum goes to: "models like Gemini", "نماذج
     * مثل Gemini", "Scale's data to build Gemini" (the sum is spent on the data).
     */
    private static final Pattern EXAMPLE = Pattern.compile(
            "(\\blike|\\bsuch as|(?<!\\S)مثل|(?<!\\S)زي|\\bto (build|develop|train|make|create|power|improve)|(?<!\\S)ل(تطوير|تدريب|بناء)"
            // "spend on data for its Gemini models": what the data is for, after what the sum goes to
            + "|(?<=\\S\\s)for)\\s+.*");

    /**
     * The concepts a sum asked of is spent on: "how much is Meta spending on the superintelligence
     * unit?", "the budget of the new team" (superintelligence, team). A fact whose sum is spent on
     * something else (the AI infrastructure budget) does not answer it (Features). Empty when it says
     * nothing a sum goes to.
     */
    Set<String> spentOn() {
        if (spentOn == null) {
            Set<String> out = new LinkedHashSet<>();
            java.util.regex.Matcher m = SPENT_ON.matcher(normalized);
            if (m.find()) {
                String tail = normalized.substring(m.end());
                String unlike = EXAMPLE.matcher(tail).replaceAll(" ");
                for (Slot s : slots) {
                    if (s.type() == Slot.Type.CONCEPT && !s.context() && s.forms().stream().anyMatch(tail::contains)) {
                        s.terms().forEach(t -> out.add(t.id()));
                    }
                    // "how much did Google spend on building Gemini?": a product named as what the sum
                    // goes to is one, though the fact's sum only names it (data for models like Gemini)
                    // (not one given as an example: "data for models like Gemini")
                    if (s.type() == Slot.Type.ENTITY && !s.context() && s.forms().stream().anyMatch(unlike::contains)) {
                        s.terms().stream().filter(t -> PRODUCT.equals(t.type())).forEach(t -> out.add(t.id()));
                    }
                }
            }
            spentOn = Collections.unmodifiableSet(out);
        }
        return spentOn;
    }

    /** The Arabic dual: "الشركتان" asks for two (reading.yaml, dual). */
    private static final Rule DUAL = ReadingRules.rule("dual");
    /** The number words the count of answers asked for may be said in (reading.yaml, counted: group n). */
    private static final Map<String, Integer> COUNT_WORDS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "both", 2);

    /**
     * How many answers it asks for: "which two clients left?", "name the three labs", "الشركتان" (2);
     * 0 when it says no number. A fact naming fewer of them is half the answer (Features).
     */
    int countAsked() {
        if (countAsked == null) {
            int n = 0;
            java.util.regex.Matcher m = ReadingRules.STANDARD.counted().matcher(normalized);
            while (m.find()) {
                String said = m.group("n");
                n = Math.max(n, said.chars().allMatch(Character::isDigit) ? Integer.parseInt(said) : COUNT_WORDS.getOrDefault(said, 0));
            }
            countAsked = DUAL.matcher(normalized).find() ? Math.max(n, 2) : n;
        }
        return countAsked;
    }

    /** It asks for a thing, not a figure: "which AI model...", "what kind of data..." (reading.yaml, asks-thing). */
    boolean asksThing() {
        if (readings.asksThing == null) {
            readings.asksThing = ReadingRules.STANDARD.asksThing().matcher(normalized).find();
        }
        return readings.asksThing;
    }

    /** It asks where: a place, which only a fact with `answers: [where]` tells (follow-up.yaml, asks-of-its-own). */
    /** Whom it places in a line that runs one way ("who does Zuckerberg report to?": below someone), read once. */
    Map<String, String> lines(dev.safqa.knowledge.Lexicon lexicon) {
        if (readings.lines == null) {
            readings.lines = Map.copyOf(Lines.places(normalized, lexicon));
        }
        return readings.lines;
    }

    boolean asksPlace() {
        if (readings.asksPlace == null) {
            readings.asksPlace = FollowUp.STANDARD.asksOfItsOwn(this);
        }
        return readings.asksPlace;
    }

    /** It asks for companies: "which other labs...", "اي شركات" (reading.yaml, asks-company). */
    boolean asksCompany() {
        if (readings.asksCompany == null) {
            readings.asksCompany = ReadingRules.STANDARD.asksCompany().matcher(normalized).find();
        }
        return readings.asksCompany;
    }

    /** "What are the names of the Llama 4 models?", "شو أسماء...": names asked for, in the plural. */
    // a rule, not a bare pattern: gated by its cues ("names", "اسماء"), it runs on few questions
    private static final Rule ASKS_NAMES = Rule.compile("\\bnames\\b|(^|\\s)(ال)?اسماء(\\s|$)",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** It asks for names: a fact must give one it does not (Features). */
    boolean asksNames() {
        if (readings.asksNames == null) {
            readings.asksNames = ASKS_NAMES.find(normalized);
        }
        return readings.asksNames;
    }

    /** "its new data providers", "Scale's other customers" (reading.yaml, another-party); a fact's text may say it too. */
    static final Rule ANOTHER_PARTY = ReadingRules.rule("another-party");

    /**
     * It speaks of another party than those a figure is of: "how much will Google pay its new data
     * providers?" is not what Google had planned to pay Scale AI (Features).
     */
    boolean ofAnotherParty() {
        if (readings.ofAnotherParty == null) {
            readings.ofAnotherParty = ANOTHER_PARTY.matcher(normalized).find();
        }
        return readings.ofAnotherParty;
    }

    /** Who pays, where the question says (reading.yaml, payer). */
    private static final Rule PAYER = ReadingRules.rule("payer");

    /**
     * The names it gives of who pays ("how much does Scale pay...": Scale AI), read once; empty when
     * it says no one it names pays.
     */
    Set<String> payers() {
        if (payers == null) {
            Set<String> out = new LinkedHashSet<>();
            java.util.regex.Matcher m = PAYER.matcher(normalized);
            while (m.find()) {
                String said = null;
                for (int i = 1; i <= m.groupCount() && said == null; i++) {
                    said = m.group(i);
                }
                List<String> words = said == null ? List.of() : List.of(said.split("\\s+"));
                for (Slot s : slots) {
                    if (s.type() == Slot.Type.ENTITY && s.forms().stream().anyMatch(f -> words.stream().anyMatch(w -> w.startsWith(f)))) {
                        s.terms().forEach(t -> out.add(t.id()));
                    }
                }
            }
            payers = Set.copyOf(out);
        }
        return payers;
    }

    /** "what about Wang?", "وماذا عن...": a lead that asks again what the last question asked (reading.yaml, asks-again). */
    private static final Rule BARE_LEAN = ReadingRules.rule("asks-again");
    /** "what's Google doing now?": what someone does, a question of its own (reading.yaml, person-does). */
    private static final Rule DOES = ReadingRules.any(ReadingRules.READING.path("person-does"), "patterns");
    /** "what is a hallucination?", "شو يعني...": what a thing is, asked (reading.yaml, defines). */
    private static final Rule DEFINES = ReadingRules.any(ReadingRules.READING.path("defines"), "patterns");
    /** The topic of a fact that defines the concepts of its other topics (reading.yaml, defines). */
    static final String DEFINITION = ReadingRules.READING.path("defines").path("topic").asText();

    /**
     * The concept it asks to have defined ("what are AI hallucinations, technically?", "شو هي
     * الهلوسة؟"): what one concept is or means (the ids its word may stand for), naming nobody, the
     * concept no measure (a figure asked: "what is the valuation?"); empty when it asks no definition.
     */
    Set<String> definitionAsked() {
        // read once: the judge asks it of every candidate fact, and reading it compiles a pattern
        if (definitionAsked == null) {
            definitionAsked = readDefinitionAsked();
        }
        return definitionAsked;
    }

    private Set<String> readDefinitionAsked() {
        if (form.claim() || (intent != Intent.WHAT && intent != Intent.ANY && intent != Intent.HOW) || !requiredEntities.isEmpty()) {
            return Set.of();
        }
        List<Slot> asked = slots.stream().filter(s -> s.type() == Slot.Type.CONCEPT && !s.context()
                && s.terms().stream().noneMatch(t -> t.id().equals(DEFINITION))).toList();
        // "explain supervised learning": the word explain, define, تعريف asks it as the patterns do
        boolean definition = namesDefinition();
        if (asked.size() != 1 || asked.get(0).terms().stream().anyMatch(t -> t.kind() != null)
                || !definition && !DEFINES.matcher(normalized).find()) {
            return Set.of();
        }
        // its own word ("and what's needed now?" borrowed the last question's concept, and asks no definition)
        boolean own = asked.get(0).forms().stream().anyMatch(form -> Pattern.compile("(^|[^\\p{L}]|ال)" + Pattern.quote(form),
                Pattern.UNICODE_CHARACTER_CLASS).matcher(normalized).find());
        if (!own) {
            return Set.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        asked.get(0).terms().forEach(t -> ids.add(t.id()));
        return ids;
    }

    /**
     * The month it names (0 for January), or -1 (reading.yaml, months): read once, the judge asks it
     * of every candidate fact and a question naming no month tries every month's rule.
     */
    int month() {
        if (readings.month == null) {
            readings.month = ReadingRules.STANDARD.month(normalized);
        }
        return readings.month;
    }

    /** "what's Wang's new team called?", "ما اسم الفريق الجديد؟" (reading.yaml, asks-a-name). */
    private static final Rule ASKS_A_NAME = ReadingRules.rule("asks-a-name");

    /** It asks what something is called: read once, the margins ask it of every pair of candidates (Features.sameName). */
    boolean asksAName() {
        if (readings.asksAName == null) {
            readings.asksAName = ASKS_A_NAME.matcher(normalized).find();
        }
        return readings.asksAName;
    }

    /**
     * "explain how transformers work in neural networks", "explain reinforcement learning": what a
     * thing is or how it works, asked of words no fact, alternate question or lexicon entry has and
     * of no concept or name the article knows. The first such word as typed; null when the question
     * asks no definition or asks it of something the article knows. A word the article lacks beside
     * one it knows ("explain data labelling like I'm five") leaves the known one asked.
     */
    String definesUnknown() {
        if (form.claim() || (intent != Intent.WHAT && intent != Intent.ANY && intent != Intent.HOW) || !requiredEntities.isEmpty()) {
            return null;
        }
        boolean definition = slots.stream().anyMatch(s -> s.type() == Slot.Type.CONCEPT
                && s.terms().stream().anyMatch(t -> t.id().equals(DEFINITION))) || DEFINES.matcher(normalized).find();
        if (!definition || !namesNothingButDefinition()) {
            return null;
        }
        String stem = slots.stream().filter(s -> s.type() == Slot.Type.UNKNOWN_WORD).flatMap(s -> s.forms().stream()).findFirst().orElse(null);
        if (stem == null) {
            return null;
        }
        // the word as typed, not its stem ("transformers", not "transform")
        for (String word : normalized.split("[^\\p{L}\\p{N}]+")) {
            if (word.startsWith(stem)) {
                return word;
            }
        }
        return stem;
    }

    /**
     * "explain what happened", "define it": a definition asked of no concept, name or word the
     * article lacks; the fact that defines data labelling answers only a question that names it.
     */
    boolean definesNothingNamed() {
        return namesDefinition() && namesNothingButDefinition();
    }

    /** A word of its own asks a definition: explain, define, تعريف (the lexicon's definition concept). */
    private boolean namesDefinition() {
        return slots.stream().anyMatch(s -> s.type() == Slot.Type.CONCEPT && !s.context()
                && s.terms().stream().anyMatch(t -> t.id().equals(DEFINITION)));
    }

    /** It names no one, nothing the article does not cover, and no concept but the definition word. */
    private boolean namesNothingButDefinition() {
        return slots.stream().noneMatch(s -> s.type() == Slot.Type.ENTITY || s.type() == Slot.Type.NOT_COVERED
                || s.type() == Slot.Type.CONCEPT && s.terms().stream().noneMatch(t -> t.id().equals(DEFINITION)));
    }

    /** Who wrote or published the article, and when (reading.yaml, about-the-article). */
    private static final Rule ABOUT_THE_ARTICLE = ReadingRules.rule("about-the-article");

    /**
     * It asks about the article itself, its writer, outlet or date: the article tells of the deal,
     * not of itself ("who wrote this article?" is not Zuckerberg, who wrote a memo in it).
     */
    boolean aboutTheArticle() {
        return ABOUT_THE_ARTICLE.matcher(normalized).find();
    }

    /** It names a span of two years: "between 2024 and 2025" (reading.yaml, span). */
    boolean span() {
        if (readings.span == null) {
            readings.span = ReadingRules.STANDARD.span().matcher(normalized).find();
        }
        return readings.span;
    }

    /**
     * Whether a rule finds anything in its normalised text, read once per question: the judge asks
     * some (another currency, what something shows, who stayed) of every candidate fact, and the
     * answer depends on the question alone.
     */
    boolean finds(Rule rule) {
        Boolean found = readings.found.get(rule);
        if (found == null) {
            found = rule.find(normalized);
            readings.found.put(rule, found);
        }
        return found;
    }

    /** Ids of the lexicon terms of one kind of slot. */
    Set<String> ids(Slot.Type type) {
        return ids.get(type);
    }

    List<Term> notCovered() {
        return slots.stream().filter(s -> s.type() == Slot.Type.NOT_COVERED)
                .flatMap(s -> s.terms().stream()).distinct().toList();
    }

    Form form() {
        return form;
    }

    /** It asserts something to check (see {@link Form}). */
    boolean claim() {
        return form.claim();
    }

    /** Its analysed terms with filler kept, to compare with alternate questions. */
    Set<String> terms() {
        return terms;
    }

    /** Character trigrams of its normalised text. */
    Set<String> grams() {
        return grams;
    }

    /**
     * This question read as a follow-up of {@code earlier} ("and the valuation?" after "How much did
     * Meta pay?"): it keeps its own form, figures and words, and borrows what it leaves out. When it
     * names nobody, it asks about {@code referent} (whom a pronoun points at in the last answer) or
     * else about whom the earlier question named; those become names a fact must state. It borrows
     * the earlier subject words when it has none of its own ("when?"), and the earlier intent when it
     * has none ("and Google?").
     *
     * @param referent the name a pronoun of this question points at, or null
     */
    ParsedQuestion following(ParsedQuestion earlier, Slot referent) {
        return following(earlier, referent, ids.get(Slot.Type.ENTITY).isEmpty());
    }

    /**
     * @param namesNobody it names nobody of its own (or only the article's subjects, and points back
     *                    past them by a pronoun: {@link FollowUp#ownNames})
     */
    ParsedQuestion following(ParsedQuestion earlier, Slot referent, boolean namesNobody) {
        List<Slot> merged = new java.util.ArrayList<>(slots);
        Set<String> mergedTerms = new LinkedHashSet<>(terms);
        // "وعنده كام سنة؟" asks an age: the age is what it asks about, not the earlier question's subject
        // "how much did it raise?" after a question about revenue: in a question asking a figure, a word
        // nothing knows may be another measure, so it does not ask the revenue again ("fine, what about
        // 2024?" asks no figure of its own: its "fine" is no measure)
        boolean figure = intent == Intent.AMOUNT || intent == Intent.PERCENT || intent == Intent.COUNT;
        // ...nor does a who-question's: "ومين مسك مكانه؟" (who took his place?) after "what will Wang do at
        // Meta?" asks who did what its own words say, not who holds the role asked before
        boolean ownAct = figure || intent == Intent.WHO;
        boolean saysNothing = slots.stream().noneMatch(s -> s.type() == Slot.Type.CONCEPT || s.type() == Slot.Type.WORD
                        || ownAct && s.type() == Slot.Type.UNKNOWN_WORD && !s.context())
                && intent != Intent.AGE && !FollowUp.STANDARD.asksOfItsOwn(this)
                // "and what's Google doing now?" after what Google was going to pay: it asks what
                // Google does, not that payment again
                && !DOES.matcher(normalized).find();
        // "و ف 2025 شحال متوقع؟" after a question about 2024's revenue: another year's figure of the same
        // measure ("وبكم؟" alone names no year, and may ask the price of something else the answer named)
        boolean measuresNothing = !years.isEmpty() && !FollowUp.STANDARD.asksOfItsOwn(this)
                && switch (intent == Intent.ANY ? earlier.intent : intent) {
            case AMOUNT, PERCENT, COUNT -> slots.stream().noneMatch(s -> s.type() == Slot.Type.CONCEPT
                    && s.terms().stream().anyMatch(t -> t.kind() != null));
            default -> false;
        };
        // "and how much is it expected to grow?" after "what was Scale's revenue in 2024?": "it" is the
        // figure the last question asked, when it asks a figure and says nothing but how it changes
        // (concepts that measure nothing); a word it has of its own ("how much did it raise?") may be
        // another measure, unread
        boolean changeOfIt = (intent == Intent.AMOUNT || intent == Intent.PERCENT) && FollowUp.STANDARD.pointsAtOne(this)
                && !FollowUp.STANDARD.asksAboutSomeone(this)
                && slots.stream().anyMatch(s -> s.type() == Slot.Type.CONCEPT)
                && slots.stream().allMatch(s -> s.type() == Slot.Type.ENTITY
                        || s.type() == Slot.Type.CONCEPT && s.terms().stream().allMatch(t -> t.kind() == null));
        measuresNothing = measuresNothing || changeOfIt;
        boolean person = referent != null && referent.terms().stream().anyMatch(Term::isPerson);
        // "and who does he report to at Meta?" names a company but points back at a person
        boolean pointsBackAtPerson = FollowUp.STANDARD.asksAboutSomeone(this) && !FollowUp.namesPerson(this);
        if ((namesNobody || (person && pointsBackAtPerson)) && referent != null) {
            merged.add(referent);
            mergedTerms.addAll(referent.forms());
        }
        for (Slot s : earlier.slots) {
            boolean isPerson = s.terms().stream().anyMatch(Term::isPerson);
            // the referent replaces the earlier names of its kind: "he" is Droege now, not also Wang
            boolean borrow = s.type() == Slot.Type.ENTITY
                    ? (namesNobody || (isPerson && pointsBackAtPerson)) && (referent == null || isPerson != person)
                    : (s.type() == Slot.Type.CONCEPT || s.type() == Slot.Type.WORD) && saysNothing
                            || s.type() == Slot.Type.CONCEPT && measuresNothing && s.terms().stream().anyMatch(t -> t.kind() != null);
            // "what's he doing at Meta now?" after "how old is he?": an age is asked of someone, and a
            // question asking something else of them does not ask it again ("what about Wang?" asks
            // nothing else, so it asks the age again)
            if (borrow && !(saysNothing && BARE_LEAN.matcher(normalized).find()) && intent != Intent.AGE && intent != Intent.ANY && s.type() == Slot.Type.CONCEPT
                    && s.terms().stream().allMatch(t -> t.kind() == dev.safqa.knowledge.FigureKind.AGE)) {
                continue;
            }
            if (borrow) {
                // "how old is he?" after "who's leaving Scale for Meta?" asks about him: the companies
                // of the earlier question set the scene, and a fact need not name them
                boolean scene = s.type() == Slot.Type.ENTITY && !isPerson && FollowUp.STANDARD.asksAboutSomeone(this);
                if (scene && intent == Intent.AGE) {
                    continue;   // an age is the person's own: "وعنده كام سنة؟" after "who will lead Meta's team?" is not about Meta
                }
                merged.add(s.type() == Slot.Type.ENTITY ? new Slot(s.type(), s.forms(), s.terms(), s.weight(), scene) : s);
                mergedTerms.addAll(s.forms());
            }
        }
        // "and where is he going?" after "how old is Wang?": where is asked, not his age again
        Intent asked = intent == Intent.ANY && !FollowUp.STANDARD.asksOfItsOwn(this) ? earlier.intent : intent;
        return new ParsedQuestion(text, normalized, language, asked, merged, unknownNames, numbers, versions, smallTalk,
                excluded, alternatives, form, mergedTerms, grams, readings, named);
    }

    /**
     * The words and trigrams a follow-up is also matched with the alternate questions by: its own,
     * with the name its pronoun stands for in its place ({@link FollowUp#withName}).
     */
    record Matching(Set<String> terms, Set<String> grams) {
    }

    /** The same question, matched with the alternate questions by its own words and also by these. */
    ParsedQuestion alsoMatchedAs(Set<String> terms, Set<String> grams) {
        return new ParsedQuestion(text, normalized, language, intent, slots, unknownNames, numbers, versions, smallTalk,
                excluded, alternatives, form, this.terms, this.grams, readings, new Matching(Set.copyOf(terms), Set.copyOf(grams)));
    }

    /** What it is also matched with the alternate questions by, or null (a question read on its own). */
    Matching named() {
        return named;
    }

    /** The same question without the entity slots naming these ("the bigger one" is not what was named before). */
    ParsedQuestion without(Set<String> entities) {
        List<Slot> kept = slots.stream().filter(s -> s.type() != Slot.Type.ENTITY
                || s.terms().stream().noneMatch(t -> entities.contains(t.id()))).toList();
        return new ParsedQuestion(text, normalized, language, intent, kept, unknownNames, numbers, versions, smallTalk,
                excluded, alternatives, form, terms, grams, readings, named);
    }

    /** The same question with only these of its concepts (and all its other slots). */
    ParsedQuestion keepingConcepts(Set<String> concepts) {
        return replacing(s -> s.type() == Slot.Type.CONCEPT && s.terms().stream().noneMatch(t -> concepts.contains(t.id())), null);
    }

    /**
     * The same question with the earlier one's concepts as well ("who got hold of it?": it is the memo
     * asked about); the names it borrowed only set the scene (whoever wrote the memo).
     */
    ParsedQuestion borrowingConcepts(ParsedQuestion earlier) {
        Set<String> borrowed = earlier.ids(Slot.Type.ENTITY);
        List<Slot> merged = new java.util.ArrayList<>(slots.stream().map(s -> s.type() == Slot.Type.ENTITY
                && s.terms().stream().anyMatch(t -> borrowed.contains(t.id())) ? new Slot(s.type(), s.forms(), s.terms(), s.weight(), true) : s).toList());
        Set<String> mergedTerms = new LinkedHashSet<>(terms);
        for (Slot s : earlier.slots) {
            if (s.type() == Slot.Type.CONCEPT && s.terms().stream().noneMatch(t -> ids.get(Slot.Type.CONCEPT).contains(t.id()))) {
                merged.add(s);
                mergedTerms.addAll(s.forms());
            }
        }
        return new ParsedQuestion(text, normalized, language, intent, merged, unknownNames, numbers, versions, smallTalk,
                excluded, alternatives, form, mergedTerms, grams, readings, named);
    }

    /**
     * The same question with the slots {@code drop} matches left out and {@code add} (if not null) in
     * their place ("مديره" read as whom he reports to, not as a company's CEO).
     */
    ParsedQuestion replacing(java.util.function.Predicate<Slot> drop, Slot add) {
        List<Slot> kept = new java.util.ArrayList<>(slots.stream().filter(drop.negate()).toList());
        Set<String> mergedTerms = new LinkedHashSet<>(terms);
        if (add != null) {
            kept.add(add);
            mergedTerms.addAll(add.forms());
        }
        return new ParsedQuestion(text, normalized, language, intent, kept, unknownNames, numbers, versions, smallTalk,
                excluded, alternatives, form, mergedTerms, grams, readings, named);
    }

    /** The same question, asked of this period as well ("and now?": a fact must tell how things stand now). */
    ParsedQuestion inPeriod(String period) {
        Set<String> periods = new LinkedHashSet<>(form.periods());
        periods.add(period);
        Form asked = new Form(form.claim(), form.instruction(), form.claimed(), form.opinion(), Set.copyOf(periods));
        return new ParsedQuestion(text, normalized, language, intent, slots, unknownNames, numbers, versions, smallTalk,
                excluded, alternatives, asked, terms, grams, readings, named);
    }

    /** The same question without these figures: they only set a scene the article agrees with. */
    ParsedQuestion withoutNumbers(Set<String> figures) {
        Set<String> kept = new LinkedHashSet<>(numbers);
        kept.removeAll(figures);
        return new ParsedQuestion(text, normalized, language, intent, slots, unknownNames, kept, versions, smallTalk,
                excluded, alternatives, form, terms, grams, readings, named);
    }

    /** The same question, setting these aside as well ("besides those two" after an answer naming two). */
    ParsedQuestion settingAside(Set<String> more) {
        Set<String> all = new LinkedHashSet<>(excluded);
        all.addAll(more);
        return new ParsedQuestion(text, normalized, language, intent, slots, unknownNames, numbers, versions, smallTalk,
                all, alternatives, form, terms, grams, readings, named);
    }

    boolean namesSomething() {
        return !ids.get(Slot.Type.ENTITY).isEmpty() || !ids.get(Slot.Type.CONCEPT).isEmpty();
    }
}
