package dev.safqa.index;

import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.knowledge.Numbers;
import dev.safqa.text.ArabicText;
import dev.safqa.text.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * The searchable form of one {@link Knowledge}: a Lucene index of the facts, built in memory at
 * start, plus what the answerer needs to judge a hit without re-reading it (a {@link Profile} per
 * fact), the lexicon matcher and the speller over the same words.
 *
 * <p>Immutable once built; a reload builds a new one and swaps it whole, so a question never sees
 * half of two knowledge versions.
 */
public final class FactIndex {
    static final String AR = "ar";
    static final String EN = "en";
    static final String TAGS = "tags";
    /** The fact's alternate questions, analysed like its text. */
    static final String ASKED = "asked";
    /** Character trigrams of its alternate questions, for words spelled in a way nothing else knows. */
    static final String GRAMS = "grams";
    static final String ORD = "ord";
    /** BooleanQuery's default clause limit is far above any question we accept. */
    private static final int MAX_CLAUSES = 512;

    /** What is known of a fact for judging it against a question. */
    /**
     * @param words  analysed words of its answers and source
     * @param asked  analysed words of its alternate questions: how people ask for it
     */
    public record Profile(Fact fact, Set<String> words, Set<String> entities, Set<String> concepts,
                          Set<String> numbers, Set<String> asked) {
    }

    /** A retrieved fact and its Lucene score. */
    public record Hit(Profile profile, float score) {
    }

    private final Knowledge knowledge;
    private final SafqaAnalyzer analyzer;
    private final SafqaAnalyzer phraseAnalyzer;
    private final Set<String> stopForms;
    private final LexiconMatcher matcher;
    private final Speller speller;
    private final Set<String> vocabulary;
    /** Terms each language field holds: a question word is only looked up where it can match. */
    private final Set<String> arTerms = new HashSet<>();
    private final Set<String> enTerms = new HashSet<>();
    private final Map<String, Integer> documentFrequency;
    private final List<Profile> profiles;
    private final Map<String, Profile> byId = new HashMap<>();
    private final Map<String, List<Fact>> byFigure = new HashMap<>();
    /** A concept to the first fact (in the knowledge's order) with a date figure about it. */
    private final Map<String, Fact> firstDated = new HashMap<>();
    private final Set<String> askedTerms = new HashSet<>();
    private final AlternateQuestions alternates;
    private final Map<String, String> entityTypes = new HashMap<>();
    private final ByteBuffersDirectory directory;
    private final List<Fact> pinning;
    /** The profiles of the curated facts with each topic, in the knowledge's order (see {@link #withTopic}). */
    private final Map<String, List<Profile>> byTopic = new HashMap<>();
    /** The place of each of those profiles in the knowledge, to merge their lists in its order. */
    private final Map<Profile, Integer> place = new java.util.IdentityHashMap<>();
    /** The curated facts that say a state ends, in the knowledge's order (see {@link #ending}). */
    private final List<Fact> ending;
    private final DirectoryReader reader;
    /**
     * The profile of each Lucene document, by its id in {@link #reader}: read from the ORD doc values
     * once at build, not per hit (a doc-values reader per hit, twenty a question, was about 3% of an
     * answer at 100,000 facts).
     */
    private final Profile[] byDoc;
    private final IndexSearcher searcher;
    /** A plain searcher for the benchmarks' floor ({@link #termQueryCount}): a bare query, nothing kept. */
    private final IndexSearcher floor;
    private final java.util.concurrent.ConcurrentHashMap<Term, TermStates> termStates = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED_TERMS = 100_000;

    private FactIndex(Knowledge knowledge, SafqaAnalyzer analyzer, SafqaAnalyzer phraseAnalyzer) throws IOException {
        this.knowledge = knowledge;
        this.analyzer = analyzer;
        this.phraseAnalyzer = phraseAnalyzer;
        this.stopForms = new HashSet<>();
        for (var it = analyzer.stopwords().iterator(); it.hasNext(); ) {
            for (Set<String> p : Terms.positions(phraseAnalyzer, new String((char[]) it.next()))) {
                stopForms.add(p.iterator().next());
            }
        }
        this.matcher = new LexiconMatcher(knowledge.lexicon(), phraseAnalyzer, stopForms);
        this.speller = new Speller();
        this.vocabulary = new HashSet<>();
        this.documentFrequency = new HashMap<>();
        this.profiles = new ArrayList<>(knowledge.facts().size());
        this.pinning = knowledge.facts().stream().filter(f -> !f.pins().isEmpty()).toList();
        this.ending = knowledge.facts().stream().filter(f -> f.curated() && !f.ends().isEmpty()).toList();
        // each index file read back as one array, in place (HeapIndexInput): Lucene slices a file for
        // every clause of every question, and a slice of a file kept in many blocks (the default)
        // copies a ByteBuffer per block, a quarter of what an answer allocated at 100,000 facts; and
        // its one-buffer input reads each byte through a block lookup and two checks
        this.directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                FactIndex::readInPlace);

        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setRAMBufferSizeMB(64);
        // one String per distinct analysed word, shared by every profile that has it: each fact's
        // analysis makes its own copies, and at 100,000 facts those copies were most of the index's heap
        Map<String, String> sameWords = new HashMap<>();
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Fact fact : knowledge.facts()) {
                Profile p = profile(fact, sameWords);
                Document doc = new Document();
                doc.add(new StringField("id", fact.id(), Field.Store.NO));
                doc.add(new NumericDocValuesField(ORD, profiles.size()));
                String ar = fact.answer(Language.AR) + "\n" + fact.source();
                doc.add(new TextField(AR, ar, Field.Store.NO));
                doc.add(new TextField(EN, fact.answer(Language.EN), Field.Store.NO));
                arTerms.addAll(Terms.all(analyzer, ar));
                enTerms.addAll(Terms.all(analyzer, fact.answer(Language.EN)));
                for (Language l : Language.values()) {
                    for (String q : fact.questions(l)) {
                        String normal = AlternateQuestions.normalise(q);
                        doc.add(new TextField(ASKED, normal, Field.Store.NO));
                        askedTerms.addAll(Terms.all(analyzer, normal));
                        for (String g : AlternateQuestions.grams(normal)) {
                            doc.add(new StringField(GRAMS, g, Field.Store.NO));
                        }
                        eachWord(q, speller::addAsked);
                    }
                }
                for (String tag : tags(p)) {
                    doc.add(new StringField(TAGS, tag, Field.Store.NO));
                }
                writer.addDocument(doc);
                profiles.add(p);
                if (fact.curated()) {
                    place.put(p, place.size());
                    for (String topic : new java.util.LinkedHashSet<>(fact.topics())) {
                        byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(p);
                    }
                }
                byId.putIfAbsent(fact.id(), p);
                for (dev.safqa.knowledge.Figure fig : fact.figures()) {
                    if (fig.kind() == dev.safqa.knowledge.FigureKind.DATE && fig.about() != null) {
                        firstDated.putIfAbsent(fig.about(), fact);
                    }
                }
                if (fact.curated()) {
                    fact.figures().forEach(fig -> byFigure.computeIfAbsent(dev.safqa.knowledge.Numbers.canonical(fig.value()),
                            v -> new ArrayList<>(1)).add(fact));
                }
                for (String w : p.words()) {
                    documentFrequency.merge(w, 1, Integer::sum);
                }
                for (String tag : tags(p)) {
                    documentFrequency.merge(tag, 1, Integer::sum);
                }
            }
        }
        this.reader = DirectoryReader.open(directory);
        this.byDoc = new Profile[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues ord = leaf.reader().getNumericDocValues(ORD);
            for (int d = ord.nextDoc(); d != NumericDocValues.NO_MORE_DOCS; d = ord.nextDoc()) {
                byDoc[leaf.docBase + d] = profiles.get((int) ord.longValue());
            }
        }
        this.searcher = new WeightKeepingSearcher(reader);
        this.floor = new IndexSearcher(reader);
        this.alternates = new AlternateQuestions(knowledge.facts(), phraseAnalyzer);

        for (var a : knowledge.articles()) {
            addWords(a.title());
            a.paragraphs().forEach(par -> addWords(par.text()));
        }
        for (dev.safqa.knowledge.Term t : knowledge.lexicon().terms()) {
            if (t.type() != null) {
                entityTypes.put(t.id(), t.type());
            }
            boolean name = t.category() == dev.safqa.knowledge.Term.Category.ENTITY;
            for (List<String> forms : t.forms().values()) {
                for (String form : forms) {
                    Matcher m = WORD.matcher(ArabicText.fold(form));
                    while (m.find()) {
                        speller.addTarget(m.group(), name);
                    }
                    if (name && form.strip().indexOf(' ') < 0) {
                        speller.addNameSpelling(ArabicText.fold(form.strip()), t.id());
                    }
                }
            }
            if (name) {
                for (String display : t.names().values()) {
                    Matcher m = WORD.matcher(ArabicText.fold(display));
                    while (m.find()) {
                        speller.addNameSpelling(m.group(), t.id());
                    }
                }
            }
        }
        for (var it = analyzer.stopwords().iterator(); it.hasNext(); ) {
            String w = new String((char[]) it.next());
            // "how mutch", "whitch": an English function word is a typo's target too (five letters
            // and more, so a short name is not taken for one); Arabic ones are too dense for that
            if (!w.isEmpty() && ArabicText.isArabicLetter(w.charAt(0))) {
                speller.add(w);
            } else {
                speller.addTarget(w, false);
            }
        }
    }

    /** A written index file as the searches read it: one array ({@link HeapIndexInput}), or blocks past 2 GB. */
    private static org.apache.lucene.store.IndexInput readInPlace(String name, ByteBuffersDataOutput written) {
        return written.size() > Integer.MAX_VALUE - 16
                ? ByteBuffersDirectory.OUTPUT_AS_MANY_BUFFERS.apply(name, written)
                : new HeapIndexInput("HeapIndexInput (file=" + name + ")", written.toArrayCopy());
    }

    /** The index of a knowledge, with analyzers that know its words (see {@link ProcliticVariantFilter}). */
    public static FactIndex build(Knowledge knowledge) {
        List<String> known = knownText(knowledge);
        return build(knowledge, new SafqaAnalyzer(true, known), new SafqaAnalyzer(false, known));
    }

    static FactIndex build(Knowledge knowledge, SafqaAnalyzer analyzer, SafqaAnalyzer phraseAnalyzer) {
        try {
            return new FactIndex(knowledge, analyzer, phraseAnalyzer);
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index cannot fail to write", e);
        }
    }

    /** Every text whose words the knowledge knows: articles, facts, their questions, the lexicon. */
    private static List<String> knownText(Knowledge knowledge) {
        List<String> out = new ArrayList<>();
        for (var a : knowledge.articles()) {
            out.add(a.title());
            a.paragraphs().forEach(p -> out.add(p.text()));
        }
        for (Fact f : knowledge.facts()) {
            out.addAll(f.answers().values());
            out.addAll(f.examples().values());
            for (Language l : Language.values()) {
                out.addAll(f.questions(l));
            }
        }
        for (dev.safqa.knowledge.Term t : knowledge.lexicon().terms()) {
            t.forms().values().forEach(out::addAll);
        }
        return out;
    }

    private Profile profile(Fact fact, Map<String, String> sameWords) {
        String all = fact.answer(Language.AR) + "\n" + fact.answer(Language.EN) + "\n" + fact.source();
        Set<String> words = new HashSet<>();
        for (String w : Terms.all(analyzer, all)) {
            words.add(sameWords.computeIfAbsent(w, x -> x));
        }
        vocabulary.addAll(words);
        Set<String> entities = new java.util.LinkedHashSet<>();
        Set<String> concepts = new java.util.LinkedHashSet<>();
        for (LexiconMatcher.Match m : matcher.match(Terms.positions(phraseAnalyzer, all))) {
            for (dev.safqa.knowledge.Term t : m.terms()) {
                if (t.category() == dev.safqa.knowledge.Term.Category.ENTITY) {
                    entities.add(t.id());
                } else if (t.category() == dev.safqa.knowledge.Term.Category.CONCEPT) {
                    concepts.add(t.id());
                }
            }
        }
        for (String topic : fact.topics()) {
            knowledge.lexicon().term(topic).ifPresent(t -> {
                if (t.category() == dev.safqa.knowledge.Term.Category.ENTITY) {
                    entities.add(t.id());
                } else if (t.category() == dev.safqa.knowledge.Term.Category.CONCEPT) {
                    concepts.add(t.id());
                }
            });
        }
        Set<String> numbers = new HashSet<>(Numbers.in(fact.source()));
        addWords(all);
        fact.examples().values().forEach(this::addWords);
        Set<String> asked = new HashSet<>();
        for (Language l : Language.values()) {
            for (String q : fact.questions(l)) {
                for (String w : Terms.all(analyzer, AlternateQuestions.normalise(q))) {
                    asked.add(sameWords.computeIfAbsent(w, x -> x));
                }
            }
        }
        // the names and concepts in a stable order (Set.copyOf iterates in an order salted per JVM run):
        // what an answer brings in from them ("... (Google, OpenAI)") reads the same every run
        return new Profile(fact, Set.copyOf(words), InOrder.of(entities), InOrder.of(concepts), Set.copyOf(numbers), Set.copyOf(asked));
    }

    /**
     * A fact's few names or concepts, unmodifiable, iterated in the order given: an array, looked
     * through for {@code contains}. A linked hash set per profile and kind (a map, its table and an
     * entry per id) was about a fifth of the index's heap at 100,000 facts, for sets of a few ids.
     */
    private static final class InOrder extends java.util.AbstractSet<String> {
        private static final InOrder EMPTY = new InOrder(new String[0]);
        private final String[] ids;

        private InOrder(String[] ids) {
            this.ids = ids;
        }

        static Set<String> of(Set<String> inOrder) {
            return inOrder.isEmpty() ? EMPTY : new InOrder(inOrder.toArray(new String[0]));
        }

        @Override
        public boolean contains(Object o) {
            for (String id : ids) {
                if (id.equals(o)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.asList(ids).iterator();
        }

        @Override
        public java.util.Spliterator<String> spliterator() {
            return java.util.Spliterators.spliterator(ids, java.util.Spliterator.ORDERED | java.util.Spliterator.DISTINCT
                    | java.util.Spliterator.IMMUTABLE | java.util.Spliterator.NONNULL);
        }

        @Override
        public int size() {
            return ids.length;
        }
    }

    private static List<String> tags(Profile p) {
        List<String> out = new ArrayList<>();
        p.entities().forEach(e -> out.add("e:" + e));
        p.concepts().forEach(c -> out.add("c:" + c));
        return out;
    }

    private static final Pattern WORD = Pattern.compile("[\\p{IsArabic}\\p{IsLatin}]+");

    private void addWords(String text) {
        eachWord(text, speller::add);
    }

    /** Each word of a text, folded. */
    private static void eachWord(String text, java.util.function.Consumer<String> to) {
        Matcher m = WORD.matcher(ArabicText.fold(text));
        while (m.find()) {
            to.accept(m.group());
        }
    }

    // ---- what the answerer asks -----------------------------------------------------------------

    public Knowledge knowledge() {
        return knowledge;
    }

    /**
     * The facts that pin a value in a place a claim may fill (`pins:`), in order: a few of many, kept
     * apart so that a claim is not checked against every fact (at 100,000 facts a walk over all of
     * them was 5-20 ms a question).
     */
    public List<Fact> pinning() {
        return pinning;
    }

    /**
     * The profiles of the curated facts with a topic, in the knowledge's order: the facts a claim's
     * check walks ("Wang stays CEO, right?" looks for the one fact that tells of a successor).
     * Walking every fact, and looking up each one's profile, for them was most of such a question's
     * time at 100,000 facts.
     */
    public List<Profile> withTopic(String topic) {
        return byTopic.getOrDefault(topic, List.of());
    }

    /** As {@link #withTopic}, of the facts with any of the topics, each once. */
    public List<Profile> withAnyTopic(Collection<String> topics) {
        if (topics.size() == 1) {
            return withTopic(topics.iterator().next());
        }
        Set<Profile> all = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        topics.forEach(t -> all.addAll(withTopic(t)));
        List<Profile> out = new ArrayList<>(all);
        out.sort(java.util.Comparator.comparingInt(place::get));
        return out;
    }

    /** As {@link #withTopic}, of the facts with all of the topics. */
    public List<Profile> withAllTopics(Collection<String> topics) {
        List<Profile> fewest = null;
        for (String t : topics) {
            List<Profile> with = withTopic(t);
            if (fewest == null || with.size() < fewest.size()) {
                fewest = with;
            }
        }
        if (fewest == null) {
            return profiles.stream().filter(p -> p.fact().curated()).toList();
        }
        return fewest.stream().filter(p -> p.fact().topics().containsAll(topics)).toList();
    }

    /** The curated facts that say a state ends ({@code ends:}), in the knowledge's order. */
    public List<Fact> ending() {
        return ending;
    }

    public SafqaAnalyzer analyzer() {
        return analyzer;
    }

    /** The analyzer that keeps filler words, for matching lexicon phrases in a question. */
    public SafqaAnalyzer phraseAnalyzer() {
        return phraseAnalyzer;
    }

    /**
     * True if an analysed word position is filler: its main form is a stop word ("the", "في"), or
     * it is unknown and its proclitic-free variant is one ("وفي", "بما").
     */
    public boolean isFiller(Set<String> position) {
        String main = position.iterator().next();
        if (stopForms.contains(main)) {
            return true;
        }
        return !vocabulary.contains(main) && position.stream().anyMatch(stopForms::contains);
    }

    public LexiconMatcher matcher() {
        return matcher;
    }

    public Speller speller() {
        return speller;
    }

    public List<Profile> profiles() {
        return profiles;
    }

    private final Map<String, Set<String>> namedInAnswer = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The lexicon's entities and concepts that a fact's answer in one language names, read once
     * when first asked for (only some questions need them).
     */
    public Set<String> namedInAnswer(Fact fact, Language language) {
        return namedInAnswer.computeIfAbsent(fact.id() + "\u0000" + language.code(), k -> {
            Set<String> out = new HashSet<>();
            for (LexiconMatcher.Match m : matcher.match(Terms.positions(phraseAnalyzer, fact.answer(language)))) {
                m.terms().stream().filter(t -> t.category() == dev.safqa.knowledge.Term.Category.ENTITY
                        || t.category() == dev.safqa.knowledge.Term.Category.CONCEPT).forEach(t -> out.add(t.id()));
            }
            return Set.copyOf(out);
        });
    }

    private final Map<String, String> firstEntity = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The first lexicon entity a fact's answer in one language names (whom it is about), or null;
     * read once when first asked for: claims ask it of every fact that pins a value, per question.
     */
    public String firstEntityInAnswer(Fact fact, Language language) {
        String id = firstEntity.computeIfAbsent(fact.id() + "\u0000" + language.code(), k -> {
            for (LexiconMatcher.Match m : matcher.match(Terms.positions(phraseAnalyzer, fact.answer(language)))) {
                for (dev.safqa.knowledge.Term t : m.terms()) {
                    if (t.category() == dev.safqa.knowledge.Term.Category.ENTITY) {
                        return t.id();
                    }
                }
            }
            return "";
        });
        return id.isEmpty() ? null : id;
    }

    private final Map<String, Set<String>> analysedWords = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The analysed terms of one of the reading's own words ({@link #analyzer}, as {@code Terms.all}),
     * read once per index: the claims look up the same few words (the continuation words) on every
     * question that asks whether something continues. For the reading's fixed word lists only, not
     * for a question's words, which would fill the map.
     */
    public Set<String> analysedWord(String word) {
        return analysedWords.computeIfAbsent(word, w -> Set.copyOf(Terms.all(analyzer, w)));
    }

    private final Map<String, Set<String>> analysedPhrases = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@link #analysedWord}, by the {@link #phraseAnalyzer} (filler kept): for the reading's fixed word lists only. */
    public Set<String> analysedPhrase(String words) {
        return analysedPhrases.computeIfAbsent(words, w -> Set.copyOf(Terms.all(phraseAnalyzer, w)));
    }

    private final Map<String, String> folded = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A fact's answers in both languages and its source, folded as questions are, read once when
     * first asked for (questions about another period compare it with what they ask).
     */
    public String foldedText(Fact fact) {
        return folded.computeIfAbsent(fact.id(), k -> dev.safqa.text.ArabicText.fold(
                fact.answer(Language.EN) + "\n" + fact.answer(Language.AR) + "\n" + fact.source()));
    }

    /** The curated facts that state a figure of this value (canonical, as {@code Numbers.canonical}), in order. */
    public List<Fact> factsStating(String canonicalValue) {
        return byFigure.getOrDefault(canonicalValue, List.of());
    }

    /** The first fact, in the knowledge's order, with a date figure about this concept, or null. */
    public Fact firstDated(String about) {
        return firstDated.get(about);
    }

    /** The profile of a fact, by its id. */
    public java.util.Optional<Profile> profile(String factId) {
        return java.util.Optional.ofNullable(byId.get(factId));
    }

    /** Entity id to its type (person, company...), for entities that have one. */
    public Map<String, String> entityTypes() {
        return entityTypes;
    }

    /** The facts' alternate questions, for comparing a question with the nearest of them. */
    public AlternateQuestions alternates() {
        return alternates;
    }

    /**
     * True if an entity is named in so many facts (over 40%) that it is what the article is about
     * (Meta, Scale AI): naming it tells nothing about which fact is meant.
     */
    public boolean isSubject(String entityId) {
        return profiles.size() >= 5 && documentFrequency.getOrDefault("e:" + entityId, 0) > 0.4 * profiles.size();
    }

    /** True if any fact or alternate question uses this analysed word. */
    public boolean knowsAnywhere(String term) {
        return vocabulary.contains(term) || askedTerms.contains(term);
    }

    /** True if any fact uses this analysed word. */
    public boolean knowsWord(String term) {
        return vocabulary.contains(term);
    }

    /**
     * How telling a word, entity ("e:id") or concept ("c:id") is, from 0.3 (in nearly every fact)
     * to 1 (in one): "Scale AI" says little about which fact is meant, "valuation" says a lot.
     */
    public double specificity(String term) {
        int n = profiles.size();
        int df = documentFrequency.getOrDefault(term, 0);
        if (n < 2) {
            return 1.0;
        }
        double idf = Math.log((n + 1.0) / (df + 0.5)) / Math.log(n + 1.0);
        return Math.max(0.3, Math.min(1.0, idf));
    }

    /**
     * The facts that share most with a question: its analysed words in either language, and the
     * entities and concepts it names (weighted above words, because they survive paraphrase).
     */
    public List<Hit> search(List<Set<String>> words, Set<String> entities, Set<String> concepts, int limit) {
        return search(words, Set.of(), entities, concepts, limit);
    }

    private static final String[] FIELDS = {AR, EN, ASKED};

    /**
     * @param grams character trigrams to look for among the alternate questions: those of words the
     *              knowledge does not know, which may be typos of words it does
     */
    public List<Hit> search(List<Set<String>> words, Set<String> grams, Set<String> entities, Set<String> concepts,
                            int limit) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        int clauses = 0;
        // Every clause costs a scorer even when its term is absent, so a field is only asked for the
        // terms it has, and the forms of one word (a word and its proclitic-free variant) are one
        // synonym clause: one clause per word and field, not per form.
        Set<Set<String>> seen = new HashSet<>();
        for (Set<String> position : words) {
            if (clauses + 3 > MAX_CLAUSES || !seen.add(position)) {
                continue;
            }
            for (String field : FIELDS) {
                Set<String> vocabulary = field.equals(AR) ? arTerms : field.equals(EN) ? enTerms : askedTerms;
                List<String> forms = new ArrayList<>(2);
                for (String w : position) {
                    if (vocabulary.contains(w)) {
                        forms.add(w);
                    }
                }
                if (forms.size() == 1) {
                    q.add(termQuery(field, forms.get(0)), BooleanClause.Occur.SHOULD);
                    clauses++;
                } else if (forms.size() > 1) {
                    SynonymQuery.Builder word = new SynonymQuery.Builder(field);
                    forms.forEach(w -> word.addTerm(new Term(field, w)));
                    q.add(word.build(), BooleanClause.Occur.SHOULD);
                    clauses++;
                }
            }
        }
        for (String g : grams) {
            if (clauses++ < MAX_CLAUSES) {
                q.add(termQuery(GRAMS, g), BooleanClause.Occur.SHOULD);
            }
        }
        for (String e : entities) {
            q.add(boost(termQuery(TAGS, "e:" + e), 2f), BooleanClause.Occur.SHOULD);
        }
        for (String c : concepts) {
            q.add(boost(termQuery(TAGS, "c:" + c), 3f), BooleanClause.Occur.SHOULD);
        }
        try {
            // the hits counted exactly only up to the ones kept: the default counts the first 1,000
            // before the scorer may skip documents that cannot reach the top (nothing here reads the
            // total); the top hits are the same
            TopDocs top = searcher.search(q.build(), new TopScoreDocCollectorManager(limit, limit));
            List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                hits.add(new Hit(byDoc[sd.doc], sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index cannot fail to read", e);
        }
    }

    /**
     * A term query with its term looked up once per index, not once per question: the index never
     * changes, and the lookup (a seek in the terms dictionary) was a fifth of what a question cost.
     */
    private Query termQuery(String field, String text) {
        Term term = new Term(field, text);
        if (termStates.size() >= MAX_CACHED_TERMS) {
            return new TermQuery(term);
        }
        TermStates states = termStates.computeIfAbsent(term, t -> {
            try {
                return TermStates.build(searcher, t, true);
            } catch (IOException e) {
                throw new UncheckedIOException("an in-memory index cannot fail to read", e);
            }
        });
        return new TermQuery(term, states);
    }


    /** A bare term query over both language fields: the floor the benchmarks compare against. */
    public int termQueryCount(String term) {
        try {
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(AR, term)), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(EN, term)), BooleanClause.Occur.SHOULD)
                    .build();
            return floor.search(q, 10).scoreDocs.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The most clause weights kept (each holds BM25's table of 256 floats: about 1 KB). */
    private static final int MAX_CACHED_WEIGHTS = 4_096;

    /**
     * A searcher that builds the weight of each word's clause once per index, not once per question.
     * The index never changes, so a clause's weight (its terms' statistics and BM25 scorer) is the
     * same every time; building it was a terms-dictionary seek per form of every {@link SynonymQuery}
     * (the cached term states of {@link #termQuery} do not reach those) and a fresh BM25 table per
     * clause: about a twentieth of an answer. A weight only makes scorers, each search its own, so it
     * is shared by searches on any thread as one search's slices share it. Only a clause's weight is
     * kept (a term, a word's forms, a boosted tag), scored as the search scores: a whole question's
     * query is new each time.
     */
    private static final class WeightKeepingSearcher extends IndexSearcher {
        private record Key(Query query, ScoreMode mode, float boost) {
        }

        private final java.util.concurrent.ConcurrentHashMap<Key, Weight> weights = new java.util.concurrent.ConcurrentHashMap<>();

        WeightKeepingSearcher(DirectoryReader reader) {
            super(reader);
        }

        @Override
        public Weight createWeight(Query query, ScoreMode scoreMode, float boost) throws IOException {
            boolean clause = query instanceof TermQuery || query instanceof SynonymQuery
                    || query instanceof BoostQuery b && b.getQuery() instanceof TermQuery;
            if (!clause || !scoreMode.needsScores() || weights.size() >= MAX_CACHED_WEIGHTS) {
                return super.createWeight(query, scoreMode, boost);
            }
            Key key = new Key(query, scoreMode, boost);
            Weight w = weights.get(key);
            if (w == null) {
                w = super.createWeight(query, scoreMode, boost);
                Weight before = weights.putIfAbsent(key, w);
                w = before != null ? before : w;
            }
            return w;
        }
    }

    private static Query boost(Query q, float boost) {
        return new BoostQuery(q, boost);
    }
}
