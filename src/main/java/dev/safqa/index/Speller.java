package dev.safqa.index;

import dev.safqa.text.ArabicText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Corrects a typed word to a word of the knowledge when exactly one edit separates them
 * ("investmnet", "Scael", "استثمرة"): one letter dropped, added, changed, or two swapped.
 *
 * <p>Symmetric deletion (as in SymSpell): every known word is stored under each of its one-letter
 * deletions, so a lookup is a handful of hash probes, not a scan of the vocabulary.
 */
public final class Speller {
    /** Shorter words have too many neighbours to correct safely. */
    static final int MIN_LATIN = 5;
    static final int MIN_ARABIC = 5;
    static final int MIN_NAME = 4;

    private final Map<String, Integer> words = new HashMap<>();
    /** Words a typo may be corrected to, with the shortest typo length allowed for each. */
    private final Map<String, Integer> targets = new HashMap<>();
    private final Map<String, List<String>> deletions = new HashMap<>();
    /** How often each word was met in an alternate question (already counted in {@link #words}). */
    private final Map<String, Integer> asked = new HashMap<>();
    private final java.util.Set<String> names = new java.util.HashSet<>();
    /** Foreign names in Arabic script by their skeleton (see {@link #skeleton}). */
    private final Map<String, NameSkeleton> nameSkeletons = new HashMap<>();
    /** The fewest letters a skeleton keeps to stand for one name: "زكربرك" (6) does, "درك" (3) does not. */
    static final int MIN_SKELETON = 5;

    /** Adds a known word (already folded): it is never "corrected", but nothing is corrected to it. */
    public void add(String word) {
        words.merge(word, 1, Integer::sum);
    }

    /**
     * Adds a word of an alternate question. Those are written with typos on purpose ("how big a check
     * did zuckerburg write?"), so a word met nowhere else is known, yet still corrected to a name one
     * letter away: else the typo, once in an alternate question, would hide the name it misspells.
     */
    public void addAsked(String word) {
        add(word);
        asked.merge(word, 1, Integer::sum);
    }

    /**
     * Adds a word that typos may be corrected to: the lexicon's names and concept words. Article
     * words are not targets: Arabic is dense, and most words one letter away from an article word
     * are other real words ("عملته" is not a typo of "عميله").
     *
     * @param name names are corrected from shorter typos ("wnag" -> "wang") than other words
     */
    public void addTarget(String word, boolean name) {
        add(word);
        if (name) {
            names.add(word);
        }
        // Latin names from four letters ("wnag"); Arabic is too dense for that ("لازم" is not "لاما")
        int min = name && !ArabicText.isArabicLetter(word.charAt(0)) ? MIN_NAME : minLength(word);
        if (targets.merge(word, min, Math::min) != min) {
            return;
        }
        for (String d : deletes(word)) {
            deletions.computeIfAbsent(d, k -> new ArrayList<>(2)).add(word);
        }
        deletions.computeIfAbsent(word, k -> new ArrayList<>(2)).add(word);
    }

    /**
     * Adds a foreign name as Arabic script spells it, one word that is a name by itself (a form of
     * the lexicon alone, or a word of the display name: زوكربيرغ، ألكسندر، بلومبرغ). Arabic media
     * spell such names many ways, with the vowels written or not and the foreign g as غ ج ق or ك
     * (زاكربيرك، زوكربرج), two edits and more apart; the consonants they keep are the same. Words
     * of descriptions (الشركة، البيانات) are no names: their skeleton is another word's ("البنت").
     *
     * @param term the name's term id: a skeleton two terms share corrects to neither
     */
    public void addNameSpelling(String word, String term) {
        if (word.isEmpty() || !ArabicText.isArabicLetter(word.charAt(0)) || word.startsWith("ال")) {
            return;
        }
        String key = skeleton(word);
        if (key.length() >= MIN_SKELETON) {
            nameSkeletons.computeIfAbsent(key, k -> new NameSkeleton()).add(word, term);
        }
    }

    /**
     * The letters of an Arabic-script word that a transliteration keeps: the long vowels and hamza
     * seats dropped (ا و ي ء ئ ؤ), the foreign g one letter (ج غ ق ك), and the pairs that sound
     * alike to one (ت ط، س ص). "زاكربيرك" and "زوكربيرغ" are both "زكربرك".
     */
    static String skeleton(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            switch (c) {
                case 'ا', 'و', 'ي', 'ء', 'ئ', 'ؤ' -> { }
                case 'ج', 'غ', 'ق' -> out.append('ك');
                case 'ط' -> out.append('ت');
                case 'ص' -> out.append('س');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the word was met only in alternate questions (where it may be a typo written on purpose). */
    public boolean onlyAsked(String word) {
        Integer n = words.get(word);
        return n != null && n.equals(asked.get(word));
    }

    public boolean knows(String word) {
        return words.containsKey(word);
    }

    /** The known word one edit away, the most frequent if several; the word itself otherwise. */
    public String correct(String word) {
        boolean onlyAsked = onlyAsked(word);
        if ((words.containsKey(word) && !onlyAsked) || word.length() < MIN_NAME || stemLength(word) < MIN_NAME) {
            return word;
        }
        String best = null;
        int bestCount = 0;
        List<String> probes = new ArrayList<>(deletes(word));
        probes.add(word);
        for (String probe : probes) {
            for (String candidate : deletions.getOrDefault(probe, List.of())) {
                if (Math.abs(candidate.length() - word.length()) > 1 || stemLength(word) < targets.get(candidate)
                        || !plausibleTypo(word, candidate)) {
                    continue;
                }
                int count = words.get(candidate);
                if (count > bestCount || (count == bestCount && candidate.compareTo(best) < 0)) {
                    best = candidate;
                    bestCount = count;
                }
            }
        }
        if (best == null && !words.containsKey(word)) {
            best = nameSpelledAnotherWay(word);
        }
        // in Arabic script most words one letter from a name are other words (شركتو is no name)
        boolean toName = best != null && names.contains(best) && !ArabicText.isArabicLetter(word.charAt(0));
        return best == null || (onlyAsked && !toName) ? word : best;
    }

    /** The known spelling of a foreign name an unknown Arabic word spells another way, if one term's. */
    private String nameSpelledAnotherWay(String word) {
        if (!ArabicText.isArabicLetter(word.charAt(0))) {
            return null;
        }
        NameSkeleton spelt = nameSkeletons.get(skeleton(word));
        if (spelt == null || spelt.shared) {
            return null;
        }
        String best = null;
        for (String s : spelt.spellings) {
            if (best == null || words.get(s) > words.get(best) || (words.get(s).equals(words.get(best)) && s.compareTo(best) < 0)) {
                best = s;
            }
        }
        return best;
    }

    /** The known spellings of one skeleton; shared when they spell two terms, and then it corrects to neither. */
    private static final class NameSkeleton {
        final java.util.Set<String> spellings = new java.util.HashSet<>();
        String term;
        boolean shared;

        void add(String spelling, String spelledTerm) {
            spellings.add(spelling);
            if (term == null) {
                term = spelledTerm;
            } else if (!term.equals(spelledTerm)) {
                shared = true;
            }
        }
    }

    /**
     * Arabic is dense: most one-letter substitutions make another real word (سيرفع "will raise" is
     * not a typo of سيدفع "will pay"). A substitution is only taken for a typo between letters
     * that look alike (they differ by dots: ب ت ث ن ي، ج ح خ، د ذ، ر ز، س ش، ص ض، ط ظ، ع غ، ف ق)
     * or sound alike (ت ط، ت ه، س ص، د ض، ذ ز ظ، ق ك، ح ه، ا ع، and ج غ ق for a foreign g: زوكربيرج، غوغل، قوقل). Latin typos and added, dropped
     * or swapped letters are taken as they come.
     */
    static boolean plausibleTypo(String typed, String word) {
        if (typed.length() != word.length() || typed.isEmpty() || !ArabicText.isArabicLetter(word.charAt(0))) {
            return true;
        }
        int first = -1;
        int diffs = 0;
        for (int i = 0; i < typed.length(); i++) {
            if (typed.charAt(i) != word.charAt(i)) {
                if (first < 0) {
                    first = i;
                }
                diffs++;
            }
        }
        if (diffs != 1) {
            return true;        // a swap of two letters
        }
        return alike(typed.charAt(first), word.charAt(first));
    }

    private static final String[] ALIKE = {"بتثني", "جحخ", "دذ", "رز", "سش", "صض", "طظ", "عغ", "فق",
        "تط", "ته", "سص", "دض", "ذزظ", "قك", "حه", "اع", "جغق"};

    private static boolean alike(char a, char b) {
        for (String group : ALIKE) {
            if (group.indexOf(a) >= 0 && group.indexOf(b) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * An Arabic word's length without the article and one-letter proclitics: "المقر" is three
     * letters of meaning, too few to tell a typo from another word ("العمر").
     */
    static int stemLength(String word) {
        if (word.isEmpty() || !ArabicText.isArabicLetter(word.charAt(0))) {
            return word.length();
        }
        for (String prefix : new String[] {"وال", "بال", "فال", "كال", "لل", "ال"}) {
            if (word.startsWith(prefix) && word.length() - prefix.length() >= 2) {
                return word.length() - prefix.length();
            }
        }
        return word.length();
    }

    private static int minLength(String word) {
        return !word.isEmpty() && ArabicText.isArabicLetter(word.charAt(0)) ? MIN_ARABIC : MIN_LATIN;
    }

    private static List<String> deletes(String w) {
        List<String> out = new ArrayList<>(w.length());
        for (int i = 0; i < w.length(); i++) {
            out.add(w.substring(0, i) + w.substring(i + 1));
        }
        return out;
    }
}
