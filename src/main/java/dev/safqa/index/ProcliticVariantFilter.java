package dev.safqa.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds, at the same position, the Arabic word without the one-letter proclitic that
 * {@code ArabicStemmer} keeps: ب ل ف ك (بميتا، لوانغ، فشركة، كجزء) and the future marker س
 * (ستدفع، سيغادر).
 *
 * <p>Stripping them outright would break words that merely start with those letters (بيانات,
 * سباق), so the original stays and the bare form is added beside it: the wrong variant of a
 * word rarely meets anything, the right one meets its other spellings.
 */
final class ProcliticVariantFilter extends TokenFilter {
    private static final int MIN_REST = 3;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private String pending;

    ProcliticVariantFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            term.setEmpty().append(pending);
            posInc.setPositionIncrement(0);
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        pending = bare(term.buffer(), term.length());
        return true;
    }

    static String bare(char[] w, int len) {
        if (len < MIN_REST + 1) {
            return null;
        }
        char first = w[0];
        char second = w[1];
        boolean proclitic = first == 'ب' || first == 'ل' || first == 'ف' || first == 'ك';
        // س is the future marker only before an imperfect prefix: سيغادر، ستدفع، سنرى
        boolean future = first == 'س' && (second == 'ي' || second == 'ت' || second == 'ن');
        // و before one of the others: وبحسب، ولميتا
        boolean and = first == 'و' && (second == 'ب' || second == 'ل' || second == 'ف' || second == 'ك' || second == 'س');
        if (!proclitic && !future && !and) {
            return null;
        }
        int skip = and && len >= MIN_REST + 2 ? 2 : 1;
        if (second == 'ا' && w.length > 2 && len > 2 && w[2] == 'ل' && first != 'و') {
            return null;  // بال، كال، فال: ArabicStemmer already strips these with the article
        }
        return new String(w, skip, len - skip);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
