package dev.safqa.bench;

import dev.safqa.answer.Answer;
import dev.safqa.answer.AnswerJson;
import dev.safqa.answer.Answerer;
import dev.safqa.answer.Citation;
import dev.safqa.answer.Outcome;
import dev.safqa.index.FactIndex;
import dev.safqa.index.LexiconMatcher;
import dev.safqa.index.Terms;
import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Term;
import dev.safqa.text.ArabicText;
import dev.safqa.text.Bidi;
import dev.safqa.text.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the time of one answer goes, stage by stage, through the public API (the answerer's own
 * stages are package-private, so reading is approximated from the parts it is made of):
 *
 * <ul>
 *   <li>{@code read}: fold, spelling correction of each word, phrase analysis and lexicon matching,
 *   the costly steps of {@code QuestionReader.read} (its intent and name regexes are left out);</li>
 *   <li>{@code retrieve}: {@link FactIndex#search} with the question's analysed words, entities and
 *   concepts, as the answerer calls it (no judging);</li>
 *   <li>{@code compose}: a chosen fact to its {@link Answer} and JSON line, no retrieval, as the
 *   answerer builds it once a fact is chosen;</li>
 *   <li>{@code json}: {@link AnswerJson#toLine} alone, over the mix's real answers;</li>
 *   <li>{@code render}: {@link Bidi#isolate} of the answer and its citation, which both chat
 *   renderers do before escaping.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CompositionBenchmark {
    private static final Pattern WORD = Pattern.compile(
            "[\\p{IsArabic}&&\\p{L}]+|\\p{IsLatin}+(?:['’]\\p{IsLatin}+)?|\\d+(?:[.,]\\d+)*|[%$]");

    /** What search is called with for one question. */
    record SearchInput(List<Set<String>> words, Set<String> entities, Set<String> concepts) {
    }

    /** A question the answerer answered, and the fact it chose. */
    record Chosen(String question, Language language, Fact fact) {
    }

    private FactIndex index;
    private String[] questions;
    private SearchInput[] searches;
    private Answer[] answers;
    private Chosen[] chosen;
    private int next;

    @Setup
    public void setUp() {
        index = FactIndex.build(Workload.knowledge());
        Answerer answerer = new Answerer(() -> index, Language.EN);
        List<String> qs = Workload.questions();
        questions = qs.toArray(String[]::new);
        List<SearchInput> s = new ArrayList<>();
        List<Answer> a = new ArrayList<>();
        List<Chosen> c = new ArrayList<>();
        for (String q : qs) {
            s.add(searchInput(index, q));
            Answer answer = answerer.answer(q, null);
            a.add(answer);
            if (answer.answered()) {
                c.add(new Chosen(answer.question(), answer.language(),
                        index.knowledge().fact(answer.facts().get(0)).orElseThrow()));
            }
        }
        searches = s.toArray(SearchInput[]::new);
        answers = a.toArray(Answer[]::new);
        chosen = c.toArray(Chosen[]::new);
    }

    private int next(int length) {
        next = next + 1 >= length ? 0 : next + 1;
        return next;
    }

    @Benchmark
    public Object read() {
        return read(index, questions[next(questions.length)]);
    }

    @Benchmark
    public Object retrieve() {
        SearchInput in = searches[next(searches.length)];
        return index.search(in.words(), in.entities(), in.concepts(), 20);
    }

    @Benchmark
    public String compose() {
        Chosen c = chosen[next(chosen.length)];
        Fact f = c.fact();
        Answer a = new Answer(c.question(), c.language(), Outcome.ANSWERED, f.answer(c.language()),
                List.of(new Citation(f.article(), f.paragraph(), f.source())), List.of(f.id()), List.of(), List.of());
        return AnswerJson.toLine(a);
    }

    @Benchmark
    public String json() {
        return AnswerJson.toLine(answers[next(answers.length)]);
    }

    @Benchmark
    public String render() {
        Answer a = answers[next(answers.length)];
        String cite = a.citations().isEmpty() ? "" : Bidi.isolate(a.citations().get(0).text());
        return Bidi.isolate(a.text()) + cite;
    }

    /** The costly steps of reading a question; returns the lexicon matches. */
    static List<LexiconMatcher.Match> read(FactIndex index, String question) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(ArabicText.fold(question));
        while (m.find()) {
            words.add(index.speller().correct(m.group()));
        }
        List<Set<String>> positions = Terms.positions(index.phraseAnalyzer(), String.join(" ", words));
        return index.matcher().match(positions);
    }

    static SearchInput searchInput(FactIndex index, String question) {
        List<Set<String>> positions = Terms.positions(index.phraseAnalyzer(), ArabicText.fold(question));
        Set<String> entities = new HashSet<>();
        Set<String> concepts = new HashSet<>();
        for (LexiconMatcher.Match match : index.matcher().match(positions)) {
            for (Term t : match.terms()) {
                if (t.category() == Term.Category.ENTITY) {
                    entities.add(t.id());
                } else if (t.category() == Term.Category.CONCEPT) {
                    concepts.add(t.id());
                }
            }
        }
        List<Set<String>> words = new ArrayList<>();
        for (Set<String> p : positions) {
            if (!index.isFiller(p)) {
                words.add(p);
            }
        }
        return new SearchInput(words, entities, concepts);
    }
}
