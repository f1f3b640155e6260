package dev.safqa.index;

import dev.safqa.text.ArabicText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one analyzer for questions, facts, articles and the lexicon, in both languages, so that
 * whatever a question says and whatever the knowledge says fold to the same terms.
 *
 * <p>Mixed text is the norm ("كم استثمرت ميتا في Scale AI؟"), so one chain handles both scripts:
 * each Arabic step leaves Latin tokens alone and Porter leaves Arabic ones alone.
 */
public final class SafqaAnalyzer extends Analyzer {
    private static final NormalizeCharMap SEPARATORS;

    static {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        b.add(String.valueOf(ArabicText.DECIMAL_SEPARATOR), ".");  // ١٤٫٨ -> 14.8, which ArabicAnalyzer misses
        b.add(String.valueOf(ArabicText.THOUSANDS_SEPARATOR), ",");
        b.add("ـ", "");                                             // tatweel inside a word would split it
        SEPARATORS = b.build();
    }

    /**
     * English words Porter stems wrongly ({@code stem-overrides-en.txt}): irregular forms it leaves
     * apart from their base ("paid" is not "pay"), and words it folds into another of other meaning
     * ("reporter" into "report", what Wang does to Zuckerberg).
     */
    private static final StemmerOverrideFilter.StemmerOverrideMap STEM_OVERRIDES = loadStemOverrides();

    private final CharArraySet stopwords;
    private final boolean removeStopwords;
    private final ProcliticVariantFilter.Vocabulary vocabulary;

    /** The analyzer of the index: filler words dropped. */
    public SafqaAnalyzer() {
        this(true);
    }

    /**
     * @param removeStopwords false for matching lexicon phrases, where "take over" must not shrink
     *                        to "take" and "share price" must keep both words
     */
    public SafqaAnalyzer(boolean removeStopwords) {
        this(removeStopwords, List.of());
    }

    /**
     * @param knownText the text whose words are known (the knowledge's): a proclitic is split off a
     *                  word only when the rest is one of them and the whole is not
     */
    public SafqaAnalyzer(boolean removeStopwords, Collection<String> knownText) {
        this.stopwords = loadStopwords();
        this.removeStopwords = removeStopwords;
        this.vocabulary = knownText.isEmpty() ? null : vocabulary(knownText, stopwords);
    }

    /** Surface words (lower-cased, Arabic normalised) of the texts, the stop words, and their stems. */
    private static ProcliticVariantFilter.Vocabulary vocabulary(Collection<String> texts, CharArraySet stopwords) {
        CharArraySet words = new CharArraySet(4096, false);
        CharArraySet stems = new CharArraySet(4096, false);
        for (Object w : stopwords) {
            words.add((char[]) w);
        }
        org.apache.lucene.analysis.ar.ArabicStemmer stemmer = new org.apache.lucene.analysis.ar.ArabicStemmer();
        try (Analyzer surface = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source,
                        new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(source))));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new MappingCharFilter(SEPARATORS, reader);
            }
        }) {
            for (String text : texts) {
                try (TokenStream ts = surface.tokenStream("", text)) {
                    var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        words.add(term.toString());
                        char[] copy = java.util.Arrays.copyOf(term.buffer(), term.length());
                        stems.add(java.util.Arrays.copyOf(copy, KeepWawStemFilter.stem(stemmer, copy, copy.length)));
                    }
                    ts.end();
                } catch (IOException e) {
                    throw new UncheckedIOException("analysing a string cannot fail", e);
                }
            }
        }
        return new ProcliticVariantFilter.Vocabulary(words, stems);
    }

    /** The folded stop list: exposed so the question reader can tell filler from content. */
    public CharArraySet stopwords() {
        return stopwords;
    }

    /** "وOpenAI", "لـScale": a proclitic glued to a Latin name is split off, as a space would. */
    private static final java.util.regex.Pattern SCRIPT_BOUNDARY =
            java.util.regex.Pattern.compile("(?<=\\p{IsArabic})(?=\\p{IsLatin})|(?<=\\p{IsLatin})(?=\\p{IsArabic})");

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        // the pattern tries both lookbehinds at every position of every text analysed (each question,
        // each part of one, each fact at build); only a text holding letters of both scripts can have
        // such a boundary ("وOpenAI"), so the others skip it ("how much did Meta pay?", "كم دفعت ميتا؟").
        // The text is read whole first, as the pattern's filter reads it anyway.
        String text = readAll(reader);
        Reader mapped = new MappingCharFilter(SEPARATORS, new java.io.StringReader(text));
        return mayJoinScripts(text) ? new org.apache.lucene.analysis.pattern.PatternReplaceCharFilter(SCRIPT_BOUNDARY, " ", mapped)
                : mapped;
    }

    /**
     * Whether the text may hold an Arabic letter beside a Latin one, as {@link #SCRIPT_BOUNDARY} reads
     * them once the separators are mapped (which only drop the tatweel or give a '.' or ','): false
     * only when it holds no letter of one of the two scripts. The Arabic block counts as Arabic
     * whole, its signs and marks too (a text said to hold one runs the pattern, as before).
     */
    static boolean mayJoinScripts(String text) {
        boolean arabic = false;
        boolean latin = false;
        for (int i = 0; i < text.length() && !(arabic && latin); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                latin |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            } else if (c >= 0x0600 && c <= 0x06FF) {
                arabic = true;
            } else {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                arabic |= script == Character.UnicodeScript.ARABIC;
                latin |= script == Character.UnicodeScript.LATIN;
            }
        }
        return arabic && latin;
    }

    private static String readAll(Reader reader) {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[256];
        try {
            for (int n = reader.read(buf); n >= 0; n = reader.read(buf)) {
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a text to analyse", e);
        }
        return sb.toString();
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new MappingCharFilter(SEPARATORS, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream s = new LowerCaseFilter(source);
        s = new DecimalDigitFilter(s);              // Arabic-Indic digits before anything compares numbers
        s = new ArabicNormalizationFilter(s);       // hamza/alef forms, ى, ة, harakat: before the stop list,
        s = new EnglishPossessiveFilter(s);         // which is stored folded, so "إلى" and "الى" both go
        if (removeStopwords) {
            s = new StopFilter(s, stopwords);
        }
        s = new ProcliticVariantFilter(s, vocabulary); // و ب ل ف ك س: the bare word beside it, if known
        if (removeStopwords) {
            s = new StopFilter(s, stopwords);       // "وفي" -> "في" is still filler
        }
        s = new KeepWawStemFilter(s);               // ال، وال... and plural/feminine suffixes, not a bare و
        s = new StemmerOverrideFilter(s, STEM_OVERRIDES); // "paid" is "pay"; "reporter" is not "report"
        s = new PorterStemFilter(s);                // English: invested/investment -> invest
        return new TokenStreamComponents(source, s);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
    }

    private static StemmerOverrideFilter.StemmerOverrideMap loadStemOverrides() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        try (InputStream in = SafqaAnalyzer.class.getResourceAsStream("stem-overrides-en.txt");
             Analyzer porter = new Analyzer() {
                 @Override
                 protected TokenStreamComponents createComponents(String field) {
                     StandardTokenizer source = new StandardTokenizer();
                     return new TokenStreamComponents(source, new PorterStemFilter(new LowerCaseFilter(source)));
                 }
             }) {
            if (in == null) {
                throw new IllegalStateException("missing resource stem-overrides-en.txt");
            }
            Map<String, String> bases = new LinkedHashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                String[] pair = entry.split("\\s+");
                if (pair.length != 2) {
                    throw new IllegalStateException("stem-overrides-en.txt: '" + entry + "' must be a word and its base word");
                }
                bases.put(pair[0], pair[1]);
            }
            // a base listed as its own keeps its letters ("reporter", "reporters"); any other gives its stem
            bases.forEach((word, base) -> builder.add(word,
                    base.equals(bases.get(base)) ? base : Terms.positions(porter, base).get(0).iterator().next()));
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharArraySet loadStopwords() {
        List<String> words = new ArrayList<>();
        for (String file : List.of("stopwords-en.txt", "stopwords-ar.txt")) {
            try (InputStream in = SafqaAnalyzer.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + file);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    String w = line.strip();
                    if (!w.isEmpty() && !w.startsWith("#")) {
                        words.add(ArabicText.fold(w));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return CharArraySet.unmodifiableSet(new CharArraySet(words, true));
    }
}
