package dev.safqa.index;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds, at the same position, the Arabic word without a one-letter proclitic: و ب ل ف ك
 * (وقيمة، بميتا، لوانغ، فشركة، كجزء) and the future marker س (ستدفع، سيغادر), or its spoken ه and ح
 * (هتصرف، حيتبع).
 *
 * <p>The original always stays: a word that merely starts with those letters (وانغ، بيانات، سباق،
 * وقفت) must reach the index whole. With a vocabulary (the words of the knowledge), the bare
 * form is only added when it is a known word and the whole is not, so "وانغ" (Wang) never
 * becomes "انغ" and "وقفت" never becomes "قفت". Without one (an analyzer built apart from any
 * knowledge), ب ل ف ك س get their variant as before and و none.
 */
final class ProcliticVariantFilter extends TokenFilter {
    private static final int MIN_REST = 3;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final Vocabulary known;
    private String pending;

    /** The words a bare form is checked against: surface forms and their stems. */
    record Vocabulary(CharArraySet words, CharArraySet stems) {
        boolean knows(char[] w, int offset, int len) {
            if (words.contains(w, offset, len)) {
                return true;
            }
            char[] copy = new char[len];
            System.arraycopy(w, offset, copy, 0, len);
            int n = KeepWawStemFilter.stem(new ArabicStemmer(), copy, len);
            return stems.contains(copy, 0, n);
        }
    }

    ProcliticVariantFilter(TokenStream in, Vocabulary known) {
        super(in);
        this.known = known;
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
        pending = bare(term.buffer(), term.length(), known);
        if (pending == null) {
            pending = withoutPronoun(term.buffer(), term.length(), known);
        }
        return true;
    }

    /**
     * Pronoun suffixes (their, her, his, your, our), longest first; then the spoken dative the
     * dialects join to a verb ("تدفعلهم" is تدفع لهم, pays them), tried only when no other one leaves a
     * known word.
     */
    private static final String[] ENCLITICS = {"هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه", "لهما", "لهم", "لهن", "لها", "له"};

    /**
     * The word without a pronoun suffix ("ارباحهم" their profits, "حصتهم" their stake, "ايراداتها"),
     * when the whole is no word of the knowledge and the rest is: a ت the suffix follows is the ة of
     * the bare noun (folded to ه). Only with a vocabulary: a suffix-like ending is too common to drop
     * on a guess ("شركه" is a company, not "her شرك").
     */
    static String withoutPronoun(char[] w, int len, Vocabulary known) {
        if (known == null || known.knows(w, 0, len)) {
            return null;
        }
        String word = new String(w, 0, len);
        for (String suffix : ENCLITICS) {
            if (!word.endsWith(suffix) || len - suffix.length() < MIN_REST) {
                continue;
            }
            String rest = word.substring(0, len - suffix.length());
            for (String bare : rest.endsWith("ت") ? new String[] {rest.substring(0, rest.length() - 1) + "ه", rest} : new String[] {rest}) {
                if (known.knows(bare.toCharArray(), 0, bare.length())) {
                    return bare;
                }
            }
        }
        return null;
    }

    static String bare(char[] w, int len, Vocabulary known) {
        if (len < MIN_REST + 1) {
            return null;
        }
        char first = w[0];
        char second = w[1];
        boolean proclitic = first == 'ب' || first == 'ل' || first == 'ف' || first == 'ك';
        // س is the future marker only before an imperfect prefix: سيغادر، ستدفع، سنرى; spoken
        // Egyptian and Levantine say it with ه or ح: هتصرف، حيتبع (the bare form must be a known word)
        boolean imperfect = second == 'ي' || second == 'ت' || second == 'ن';
        boolean future = (first == 'س' || first == 'ه' || first == 'ح') && imperfect;
        boolean spokenFuture = first != 'س' && future;
        boolean and = first == 'و';
        // و before one of the others: وبحسب، ولميتا
        boolean andMore = and && (second == 'ب' || second == 'ل' || second == 'ف' || second == 'ك' || second == 'س');
        if (!proclitic && !future && !and) {
            return null;
        }
        if (second == 'ا' && len > 2 && w[2] == 'ل') {
            return null;  // بال، كال، فال، وال: ArabicStemmer strips these with the article
        }
        if (known == null) {
            if (and && !andMore || spokenFuture) {
                return null;
            }
            int skip = andMore && len >= MIN_REST + 2 ? 2 : 1;
            return new String(w, skip, len - skip);
        }
        // both proclitics off first: "وبميتا" is ميتا, though "بميتا" is a word of the knowledge too
        for (int skip : andMore && len >= MIN_REST + 2 ? new int[] {2, 1} : new int[] {1}) {
            if (known.knows(w, skip, len - skip)) {
                return new String(w, skip, len - skip);
            }
        }
        return null;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
