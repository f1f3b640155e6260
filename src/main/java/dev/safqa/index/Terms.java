package dev.safqa.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Text as the analyzer sees it: one set of terms per word position (a word and its proclitic-free
 * variant share a position).
 */
public final class Terms {
    private Terms() {
    }

    public static List<Set<String>> positions(Analyzer analyzer, String text) {
        List<Set<String>> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (inc.getPositionIncrement() > 0 || out.isEmpty()) {
                    out.add(new LinkedHashSet<>(2));
                }
                out.get(out.size() - 1).add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return out;
    }

    /** All terms of a text, positions flattened. */
    public static Set<String> all(Analyzer analyzer, String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Set<String> p : positions(analyzer, text)) {
            out.addAll(p);
        }
        return out;
    }
}
