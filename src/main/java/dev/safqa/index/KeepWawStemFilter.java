package dev.safqa.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Lucene's Arabic light stemmer, except that a bare و is never taken for "and": ArabicStemmer
 * strips it from any word of four letters or more, which turns وانغ (Wang) into انغ and وقفت
 * (stopped) into قفت. Whether و is a conjunction is decided by {@link ProcliticVariantFilter},
 * which knows the knowledge's words; the article forms (وال) are still stripped here.
 */
final class KeepWawStemFilter extends TokenFilter {
    private final ArabicStemmer stemmer = new ArabicStemmer();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    KeepWawStemFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            term.setLength(stem(stemmer, term.buffer(), term.length()));
        }
        return true;
    }

    /** Stems {@code b} in place; returns the new length. */
    static int stem(ArabicStemmer stemmer, char[] b, int len) {
        boolean bareWaw = len > 0 && b[0] == 'و' && !(len > 3 && b[1] == 'ا' && b[2] == 'ل');
        return bareWaw ? stemmer.stemSuffix(b, len) : stemmer.stem(b, len);
    }
}
