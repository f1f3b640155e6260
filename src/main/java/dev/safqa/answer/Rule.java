package dev.safqa.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reading rule: a compiled pattern and its cues, the strings one of which every match of it
 * contains. Most questions hold none of a rule's cues ("ignore", "pretend", "say"... for an
 * instruction), and a {@code String.contains} per cue costs a fraction of a regular expression's
 * search, which tries every alternative at every position: the cues cut the reading rules' time
 * (docs/PERFORMANCE.md, sixth round). The cues are read from the pattern's own source
 * ({@link #cues(String)}), so a rule edited in reading.yaml never needs a list of them kept beside
 * it; a pattern they cannot be read from (an inline flag, an alternative that needs no letter of its
 * own) is simply always run. A cue after {@code \b}, {@code ^} or a space must start a word there:
 * "no" (a tag: "..., no?") is not looked for at the end of "know".
 *
 * <p>Written here rather than taken from a library: the JDK's regex engine exposes no prefilter, and
 * the engines that compute one (RE2, Hyperscan) have none for Java's syntax, which the rules use
 * (lookbehind, {@code \p{IsArabic}}).
 */
final class Rule {

    /** Matches nothing, at once: what a rule without any of its cues in the text finds. */
    private static final Pattern NOTHING = Pattern.compile("\\A(?!)");

    /** A cue that must start a word ("\\bno" is "no", not the end of "know"), as {@link #cues} writes it. */
    static final String WORD_START = "\\b";

    private final Pattern pattern;
    private final String[] cues;
    private final boolean[] wordStart;
    /** Each cue's character pairs, as {@link Pairs} numbers them: a cue is looked for only where all are. */
    private final int[][] cuePairs;
    /**
     * Each cue's first pair, or -1 for a cue of one character, side by side: a rule may have dozens
     * of cues (every person's name), and most are ruled out by their first pair.
     */
    private final int[] firstPairs;
    /**
     * The other needs of a pattern that is one sequence ({@link #clauses}), each a gate of its own,
     * asked after the cues: "\\b(is|was) .{1,40}?\\b(too much|overpriced|...)" needs "is" or "was"
     * (the cues) and one of its verdicts too, and "is" alone let it run on most English questions.
     * Empty when there are none.
     */
    private final Rule[] alsoNeeded;

    /**
     * The pattern's top-level alternatives, each gated by its own cues, or null when it is one
     * (or cannot be split safely). A rule of reading.yaml is the alternation of every line listed
     * under its key: "opinion" holds "(is|was|are|were) ... (too much|overpriced|...)" beside "what
     * do you think|..." and seven more, and "is" opens the whole rule's gate on most English questions,
     * though the other lines' cues are not there. A text then meets only the alternatives whose cues
     * it holds ({@link #matcher}), in their order: an alternative that cannot match anywhere in the
     * text changes no match of the others.
     */
    private final Rule[] branches;
    /** Each alternative's source, and whether it has groups (a left-out one keeps its groups' numbers). */
    private final String[] branchSource;
    private final boolean[] branchGroups;
    /**
     * The alternatives that run whenever the rule does, by their bits: a group inside a lookaround keeps
     * what it caught when its alternative fails ("(?<!(ما|من)\s)هو" leaves group 2 set after another
     * alternative matched), so such an alternative is never left out of a pattern that runs. Its cues
     * still tell whether it may match: a text that none of the alternatives may match is not searched.
     */
    private final long alwaysKept;
    private final int flags;
    /** The patterns of the alternatives a text may match, by their bits; bounded by {@link #MAX_SUBSETS}. */
    private final java.util.concurrent.ConcurrentHashMap<Long, Pattern> subsets;
    private static final int MAX_SUBSETS = 512;

    private Rule(Pattern pattern, Set<String> cues) {
        this(pattern, cues, null, 0);
    }

    /** A gate alone: one need of a pattern, with no pattern of its own. */
    private Rule(Set<String> need) {
        this(NOTHING, need, null, 0, false);
    }

    private Rule(Pattern pattern, Set<String> cues, List<String> alternatives, int flags) {
        this(pattern, cues, alternatives, flags, true);
    }

    private Rule(Pattern pattern, Set<String> cues, List<String> alternatives, int flags, boolean readNeeds) {
        this.pattern = pattern;
        this.flags = flags;
        if (alternatives == null) {
            this.branches = null;
            this.branchSource = null;
            this.branchGroups = null;
            this.alwaysKept = 0;
            this.subsets = null;
        } else {
            this.branches = new Rule[alternatives.size()];
            this.branchSource = alternatives.toArray(new String[0]);
            this.branchGroups = new boolean[alternatives.size()];
            long always = 0;
            for (int i = 0; i < branches.length; i++) {
                Pattern p = Pattern.compile(branchSource[i], flags);
                branches[i] = new Rule(p, cues(branchSource[i]));
                branchGroups[i] = p.matcher("").groupCount() > 0;
                if (capturesInLookaround(branchSource[i])) {
                    always |= 1L << i;
                }
            }
            this.alwaysKept = always;
            this.subsets = new java.util.concurrent.ConcurrentHashMap<>();
        }
        if (cues == null) {
            this.cues = null;
            this.wordStart = null;
            this.cuePairs = null;
            this.firstPairs = null;
        } else {
            this.cues = new String[cues.size()];
            this.wordStart = new boolean[cues.size()];
            this.cuePairs = new int[cues.size()][];
            this.firstPairs = new int[cues.size()];
            int i = 0;
            for (String c : cues) {
                wordStart[i] = c.startsWith(WORD_START);
                this.cues[i] = wordStart[i] ? c.substring(WORD_START.length()) : c;
                cuePairs[i] = Pairs.of(this.cues[i]);
                firstPairs[i] = cuePairs[i].length == 0 ? -1 : cuePairs[i][0];
                i++;
            }
        }
        List<Rule> also = new ArrayList<>();
        if (cues != null && readNeeds) {
            for (Set<String> need : clauses(pattern.pattern())) {
                if (!need.equals(cues)) {
                    also.add(new Rule(need));
                }
            }
        }
        this.alsoNeeded = also.toArray(new Rule[0]);
    }

    static Rule compile(String regex, int flags) {
        Pattern pattern = Pattern.compile(regex, flags);
        List<String> alternatives = alternatives(regex, flags);
        return new Rule(pattern, cues(regex), alternatives, flags);
    }

    /**
     * A matcher of the rule on the text; one that finds nothing when the text holds none of its cues,
     * and one of only the alternatives whose cues it holds when some of them are not there.
     */
    Matcher matcher(CharSequence text) {
        Pattern p = patternFor(text);
        return (p == null ? NOTHING : p).matcher(text);
    }

    /**
     * Whether the rule finds anything in the text: {@code matcher(text).find()}, without making a
     * matcher for a text that holds none of its cues. Most rules asked of a question are ruled out
     * by their cues (some hundred a question: the twelve months, the intents in turn, the refusals'
     * rules), and each made a matcher that could find nothing.
     */
    boolean find(CharSequence text) {
        Pattern p = patternFor(text);
        return p != null && p.matcher(text).find();
    }

    /** {@link #matcher}, or null where it could find nothing (the text holds none of the rule's cues). */
    Matcher matcherIfAny(CharSequence text) {
        Pattern p = patternFor(text);
        return p == null ? null : p.matcher(text);
    }

    /**
     * The pattern to run on the text: the whole rule's, or one of only the alternatives whose cues the
     * text holds; null when it holds none of them.
     */
    private Pattern patternFor(CharSequence text) {
        // the text and its pairs are looked up once for the rule and all its alternatives: a
        // question's text meets some forty rules, each of up to a dozen alternatives
        if (cues == null && branches == null) {
            return pattern;
        }
        String s = text.toString();
        long[] pairs = text instanceof String ? Pairs.in(s) : null;
        if (!mayMatch(s, pairs)) {
            return null;
        }
        if (branches == null) {
            return pattern;
        }
        long may = 0;
        for (int i = 0; i < branches.length; i++) {
            if (branches[i].mayMatch(s, pairs)) {
                may |= 1L << i;
            }
        }
        if (may == 0) {
            return null;        // no alternative may match: nor may the whole, whatever its groups
        }
        may |= alwaysKept;
        if (may == -1L >>> (64 - branches.length)) {
            return pattern;
        }
        Pattern some = subsets.get(may);
        if (some == null) {
            if (subsets.size() >= MAX_SUBSETS) {
                return pattern;
            }
            some = subsets.computeIfAbsent(may, this::subset);
        }
        return some;
    }

    /**
     * The pattern of the alternatives whose bits are set, in their order; those left out that have
     * groups stay as a branch that fails at once, so every group keeps its number (and its name). The
     * ones left out between two kept are one such branch, not one each: the engine tries every branch
     * at every position of the text, and a rule of thirty lines of which two may match ran thirty.
     */
    private Pattern subset(long may) {
        StringBuilder sb = new StringBuilder();
        List<String> leftOut = new ArrayList<>();
        for (int i = 0; i < branchSource.length; i++) {
            if ((may & 1L << i) == 0) {
                if (branchGroups[i]) {
                    leftOut.add(branchSource[i]);
                }
                continue;
            }
            failing(leftOut, sb);
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(branchSource[i]);
        }
        failing(leftOut, sb);
        return Pattern.compile(sb.toString(), flags);
    }

    /** The alternatives left out, as one branch that fails at once and keeps their groups; then none. */
    private static void failing(List<String> leftOut, StringBuilder sb) {
        if (leftOut.isEmpty()) {
            return;
        }
        if (sb.length() > 0) {
            sb.append('|');
        }
        sb.append("(?!)(?:").append(String.join("|", leftOut)).append(')');
        leftOut.clear();
    }

    /**
     * A pattern's top-level alternatives ("a|(b|c)|d" is "a", "(b|c)", "d"), or null when it has one,
     * more than 64, none with cues of its own, or anything that a split could change: an inline flag
     * (which may reach past its alternative), quoted text, an alternative that does not compile alone
     * (a back reference to another's group).
     */
    static List<String> alternatives(String regex, int flags) {
        if (regex.contains("\\Q") || java.util.regex.Pattern.compile("\\(\\?[-idmsuxU]").matcher(regex).find()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        try {
            for (int i = 0; i < regex.length(); i++) {
                char c = regex.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    i = classEnd(regex, i);
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == '|' && depth == 0) {
                    out.add(regex.substring(start, i));
                    start = i + 1;
                }
            }
            out.add(regex.substring(start));
            if (depth != 0 || out.size() < 2 || out.size() > 64 || out.stream().allMatch(a -> cues(a) == null)) {
                return null;
            }
            for (String a : out) {
                Pattern.compile(a, flags);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return List.copyOf(out);
    }

    /** Whether a capturing group stands inside a lookahead or lookbehind. */
    static boolean capturesInLookaround(String regex) {
        java.util.ArrayDeque<Boolean> around = new java.util.ArrayDeque<>();
        int lookarounds = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '(') {
                boolean look = regex.startsWith("(?=", i) || regex.startsWith("(?!", i)
                        || regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i);
                boolean capturing = !regex.startsWith("(?", i)
                        || regex.startsWith("(?<", i) && i + 3 < regex.length() && Character.isLetter(regex.charAt(i + 3));
                if (capturing && lookarounds > 0) {
                    return true;
                }
                around.push(look);
                lookarounds += look ? 1 : 0;
            } else if (c == ')' && !around.isEmpty()) {
                lookarounds -= around.pop() ? 1 : 0;
            }
        }
        return false;
    }

    /** The index of the ']' that closes the character class opening at {@code open}. */
    private static int classEnd(String s, int open) {
        int i = open + 1;
        if (s.charAt(i) == '^') {
            i++;
        }
        if (s.charAt(i) == ']') {
            i++;        // a ']' first is one of the class's characters
        }
        while (true) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '[') {
                i = classEnd(s, i) + 1;
            } else if (c == ']') {
                return i;
            } else {
                i++;
            }
        }
    }

    /** False only if no match is possible: the text holds none of the cues. */
    boolean mayMatch(CharSequence text) {
        if (cues == null) {
            return true;
        }
        return mayMatch(text.toString(), text instanceof String s ? Pairs.in(s) : null);
    }

    /** {@link #mayMatch(CharSequence)} of a text whose pairs were looked up already (null: not kept). */
    private boolean mayMatch(String s, long[] pairs) {
        if (cues == null) {
            return true;
        }
        for (int i = 0; i < cues.length; i++) {
            int first = firstPairs[i];
            if (pairs != null && (first >= 0 && (pairs[first >>> 6] & 1L << first) == 0 || !Pairs.has(pairs, cuePairs[i]))) {
                continue;       // a pair of its characters is nowhere in the text: the cue cannot be
            }
            if (wordStart[i] ? startsAWord(s, cues[i]) : s.contains(cues[i])) {
                return allAlsoNeeded(s, pairs);
            }
        }
        return false;
    }

    /** Whether the text holds one of each of {@link #alsoNeeded}'s needs. */
    private boolean allAlsoNeeded(String s, long[] pairs) {
        for (Rule need : alsoNeeded) {
            if (!need.mayMatch(s, pairs)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The character pairs a text holds, as bits: a cue whose pairs are not all there is not in the
     * text, and is not looked for. One pass over a question's text, kept for the next rules asked of
     * the same text (a question's normalised text meets some forty rules), instead of a
     * {@code String.contains} per cue of every rule. A pair's bit may stand for other pairs too, so
     * the bits only ever rule a cue out; a cue they let through is still looked for. Only short texts
     * (a question, a part) are kept: a fact's text meets one rule at a time.
     */
    static final class Pairs {
        /** Bits per text (a power of two). */
        private static final int BITS = 1 << 12;
        /** The longest text whose pairs are kept; a longer one is looked through cue by cue, as before. */
        private static final int MAX_CHARS = 320;
        /** Texts kept per thread (the question and its parts, read in turn). */
        private static final int KEPT = 4;

        private static final class Seen {
            String text;
            final long[] bits = new long[BITS / 64];
        }

        private static final ThreadLocal<Seen[]> SEEN = ThreadLocal.withInitial(() -> {
            Seen[] out = new Seen[KEPT];
            for (int i = 0; i < KEPT; i++) {
                out[i] = new Seen();
            }
            return out;
        });

        private Pairs() {
        }

        private static int pair(char a, char b) {
            return (a * 0x9E37 + b) * 0x85EBCA6B >>> (32 - 12);
        }

        /** The bits of a cue's pairs (none for a cue of one character: nothing rules it out). */
        static int[] of(String cue) {
            int[] out = new int[Math.max(0, cue.length() - 1)];
            for (int i = 0; i + 1 < cue.length(); i++) {
                out[i] = pair(cue.charAt(i), cue.charAt(i + 1));
            }
            return out;
        }

        /** The pairs of a text, kept per thread for texts of up to {@link #MAX_CHARS}; null for a longer one. */
        static long[] in(String text) {
            if (text.length() > MAX_CHARS) {
                return null;
            }
            Seen[] seen = SEEN.get();
            for (int i = 0; i < KEPT; i++) {
                if (seen[i].text == text) {
                    Seen hit = seen[i];
                    System.arraycopy(seen, 0, seen, 1, i);     // the most recent first
                    seen[0] = hit;
                    return hit.bits;
                }
            }
            Seen last = seen[KEPT - 1];
            System.arraycopy(seen, 0, seen, 1, KEPT - 1);
            seen[0] = last;
            java.util.Arrays.fill(last.bits, 0L);
            for (int i = 0; i + 1 < text.length(); i++) {
                int b = pair(text.charAt(i), text.charAt(i + 1));
                last.bits[b >>> 6] |= 1L << b;
            }
            last.text = text;
            return last.bits;
        }

        /** Whether a text's pairs include every one of a cue's. */
        static boolean has(long[] bits, int[] cuePairs) {
            for (int b : cuePairs) {
                if ((bits[b >>> 6] & 1L << b) == 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Whether the cue is in the text after no letter or digit. A \b before a word needs a non-word
     * character before it, and every letter or digit is a word character, so this is never false
     * where the pattern could match (a combining mark before it, a word character that is neither,
     * lets it through).
     */
    private static boolean startsAWord(String s, String cue) {
        for (int i = s.indexOf(cue); i >= 0; i = s.indexOf(cue, i + 1)) {
            if (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    Pattern pattern() {
        return pattern;
    }

    /** Whether the rule has cues (tests hold the costly rules to having them). */
    boolean gated() {
        return cues != null;
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }

    /**
     * Strings one of which every match of the regular expression contains, or null when that cannot
     * be told from its source. Read conservatively: only letters that every path through the pattern
     * must match, in a row, count; anything the reader does not know (an inline flag, a back
     * reference, {@code \Q}) gives null, which only costs speed.
     */
    static Set<String> cues(String regex) {
        try {
            Reader r = new Reader(regex);
            Set<String> need = r.alternation();
            if (r.pos != regex.length() || r.unsure) {
                return null;
            }
            if (need == null) {
                return null;
            }
            Set<String> out = new LinkedHashSet<>();
            for (String n : need) {
                // what leads the whole pattern has nothing known before it
                out.add(n.charAt(0) == Reader.WORD ? WORD_START + n.substring(1) : n.charAt(0) == Reader.LEAD ? n.substring(1) : n);
            }
            // a cue of one character is in most texts: no gain, and no harm in running the rule
            return out.stream().anyMatch(c -> Reader.letters(c.startsWith(WORD_START) ? c.substring(WORD_START.length()) : c) < 2)
                    ? null : Set.copyOf(out);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Every need of a pattern that is one sequence (its groups of one branch read through: a rule's
     * line is "(?:...)"), each as {@link #cues} writes it: a match contains one string of each. None
     * for a pattern of several branches (their needs are {@link #cues}' union), nor what cannot be read;
     * a need with a string of one letter is no gate and is left out.
     */
    static List<Set<String>> clauses(String regex) {
        try {
            Reader r = new Reader(regex);
            r.alternation();
            List<Set<String>> all = r.oneBranch;
            if (r.pos != regex.length() || r.unsure || all == null) {
                return List.of();
            }
            List<Set<String>> out = new ArrayList<>();
            for (Set<String> need : all) {
                Set<String> clause = new LinkedHashSet<>();
                for (String n : need) {
                    clause.add(n.charAt(0) == Reader.WORD ? WORD_START + n.substring(1) : n.charAt(0) == Reader.LEAD ? n.substring(1) : n);
                }
                if (clause.stream().allMatch(c -> Reader.letters(c.startsWith(WORD_START) ? c.substring(WORD_START.length()) : c) >= 2)) {
                    out.add(Set.copyOf(clause));
                }
            }
            return List.copyOf(out);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** A recursive-descent reader of the pattern syntax the rules use. */
    private static final class Reader {
        /** Marks a need that must start a word. */
        static final char WORD = '\u0001';
        /** Marks a need that starts its sequence: it starts a word if what comes before the sequence ends one. */
        static final char LEAD = '\u0002';

        /** What is known of the place before an item: the sequence's start, a word's start, nothing. */
        private enum Before { START, BOUNDARY, NONE }

        private final String s;
        private int pos;
        private boolean unsure;
        private char lastEscape;

        Reader(String s) {
            this.s = s;
        }

        /** Every need of the sequence last read ({@link #sequence}), in its order. */
        private List<Set<String>> sequenceNeeds;
        /** Every need of the alternation last read when it is one branch, else null ({@link #clauses}). */
        private List<Set<String>> oneBranch;
        /** Every need of the group last read when it needs all of one branch's, else null. */
        private List<Set<String>> groupNeeds;

        /** Branches joined by '|': a match contains one of the strings one of its branches needs. */
        Set<String> alternation() {
            Set<String> all = new LinkedHashSet<>();
            boolean some = true;
            int branches = 0;
            List<Set<String>> first = null;
            while (true) {
                Set<String> branch = sequence();
                if (branches++ == 0) {
                    first = sequenceNeeds;
                }
                if (branch == null) {
                    some = false;
                } else {
                    all.addAll(branch);
                }
                if (pos < s.length() && s.charAt(pos) == '|') {
                    pos++;
                    continue;
                }
                oneBranch = branches == 1 ? first : null;
                return some ? all : null;
            }
        }

        /**
         * Items in a row: the best need among them (the one whose shortest string is longest). A run of
         * letters after \\b, ^ or a non-word character must start a word.
         */
        private Set<String> sequence() {
            List<Set<String>> needs = new ArrayList<>();
            List<Set<String>> every = new ArrayList<>();
            sequenceNeeds = every;
            StringBuilder run = new StringBuilder();
            Before runBefore = Before.NONE;
            Before before = Before.START;
            while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
                int c = s.charAt(pos);
                Set<String> need = null;
                String literal = null;
                Before after = Before.NONE;
                boolean nonWord = false;
                boolean lookbehind = false;
                List<Set<String>> inGroup = null;
                if (c == '(') {
                    lookbehind = s.startsWith("(?<=", pos);
                    need = group();
                    inGroup = groupNeeds;
                } else if (c == '[') {
                    skipClass();
                } else if (c == '\\') {
                    literal = escape();
                    if (literal == null) {
                        after = lastEscape == 'b' ? Before.BOUNDARY : Before.NONE;
                        nonWord = lastEscape == 'W' || lastEscape == 's';
                    }
                } else if (c == '^') {
                    pos++;
                    after = Before.BOUNDARY;
                } else if (c == '.' || c == '$') {
                    pos++;
                } else if (c == '*' || c == '+' || c == '?' || c == '{') {
                    unsure = true;      // a quantifier with nothing before it
                    return null;
                } else {
                    pos++;
                    literal = String.valueOf((char) c);
                }
                int min = quantifier();
                if (literal != null && min == 1 && !quantified) {
                    if (run.length() == 0) {
                        runBefore = before;
                    }
                    run.append(literal);
                    before = wordChar(literal.charAt(literal.length() - 1)) ? Before.NONE : Before.BOUNDARY;
                    continue;
                }
                flush(run, runBefore, needs, every);
                if (literal != null && min >= 1) {
                    needs.add(Set.of(literal));
                    every.add(Set.of(literal));
                } else if (need != null && min >= 1) {
                    // a lookbehind's text ends where it stands: it starts nothing there
                    needs.add(lookbehind ? placed(need, Before.NONE) : placed(need, before));
                    if (inGroup == null) {
                        every.add(needs.get(needs.size() - 1));
                    } else {
                        for (Set<String> n : inGroup) {
                            every.add(lookbehind ? placed(n, Before.NONE) : placed(n, before));
                        }
                    }
                }
                if (nonWord) {
                    // \\s* may match nothing and leave what was known; \\s+ ends a word
                    before = min >= 1 ? Before.BOUNDARY : before;
                } else {
                    before = after;
                }
            }
            flush(run, runBefore, needs, every);
            sequenceNeeds = every;
            Set<String> best = null;
            for (Set<String> n : needs) {
                if (best == null || shortest(n) > shortest(best)) {
                    best = n;
                }
            }
            return best;
        }

        /** A need's strings that lead their own sequence, placed after what is known before it. */
        private static Set<String> placed(Set<String> need, Before before) {
            Set<String> out = new LinkedHashSet<>();
            for (String n : need) {
                out.add(n.charAt(0) == LEAD ? mark(n.substring(1), before) : n);
            }
            return out;
        }

        private static String mark(String text, Before before) {
            if (!wordChar(text.charAt(0)) || before == Before.NONE) {
                return text;
            }
            return (before == Before.BOUNDARY ? WORD : LEAD) + text;
        }

        private static boolean wordChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_';
        }

        private static void flush(StringBuilder run, Before before, List<Set<String>> needs, List<Set<String>> every) {
            if (run.length() > 0) {
                needs.add(Set.of(mark(run.toString(), before)));
                every.add(needs.get(needs.size() - 1));
                run.setLength(0);
            }
        }

        /** The length of a need's text, without its mark. */
        static int letters(String need) {
            return need.charAt(0) == WORD || need.charAt(0) == LEAD ? need.length() - 1 : need.length();
        }

        private static int shortest(Set<String> need) {
            return need.stream().mapToInt(Reader::letters).min().orElse(0);
        }

        /**
         * A group: what it needs. A lookahead or lookbehind needs its text in the text too, though not
         * in the match; a negative one needs nothing.
         */
        private Set<String> group() {
            pos++;      // '('
            boolean negative = false;
            if (s.startsWith("?:", pos) || s.startsWith("?=", pos)) {
                pos += 2;
            } else if (s.startsWith("?!", pos)) {
                pos += 2;
                negative = true;
            } else if (s.startsWith("?<=", pos)) {
                pos += 3;
            } else if (s.startsWith("?<!", pos)) {
                pos += 3;
                negative = true;
            } else if (s.startsWith("?>", pos)) {
                pos += 2;
            } else if (s.startsWith("?<", pos)) {
                pos = s.indexOf('>', pos) + 1;      // a named group
            } else if (s.startsWith("?", pos)) {
                unsure = true;                      // an inline flag: (?i) may change what the letters match
                pos++;
            }
            Set<String> inner = alternation();
            List<Set<String>> innerNeeds = oneBranch;
            if (pos >= s.length() || s.charAt(pos) != ')') {
                throw new IllegalArgumentException("unclosed group");
            }
            pos++;
            groupNeeds = negative || inner == null ? null : innerNeeds;
            return negative ? null : inner;
        }

        /** Skips a character class, nested ones and escapes included. */
        private void skipClass() {
            pos = classEnd(s, pos) + 1;
        }

        /** An escape: the text it stands for when that is plain (an escaped sign, a quoted text), else null. */
        private String escape() {
            char e = s.charAt(pos + 1);
            pos += 2;
            lastEscape = e;
            if (e == '\\') {
                unsure = true;      // a backslash in a cue would read as its mark
                return null;
            }
            if (e == 'Q') {
                int end = s.indexOf("\\E", pos);
                String quoted = end < 0 ? s.substring(pos) : s.substring(pos, end);
                pos = end < 0 ? s.length() : end + 2;
                return quoted.isEmpty() ? null : quoted;
            }
            if (e == 'p' || e == 'P') {
                if (s.charAt(pos) == '{') {
                    pos = s.indexOf('}', pos) + 1;
                } else {
                    pos++;
                }
                return null;
            }
            if (Character.isLetterOrDigit(e)) {
                if (e == 'k' || e == 'x' || e == 'u' || e == 'c' || e == 'N' || Character.isDigit(e)) {
                    unsure = true;      // references, code points: not read here
                }
                return null;            // \b \s \w \d \A \z ...: a class or a position
            }
            return String.valueOf(e);   // \. \? \( ...: the character itself
        }

        private boolean quantified;

        /** The quantifier after an item, if any: its least count (1 when there is none). */
        private int quantifier() {
            quantified = false;
            if (pos >= s.length()) {
                return 1;
            }
            char c = s.charAt(pos);
            int min;
            if (c == '?' || c == '*') {
                min = 0;
                pos++;
            } else if (c == '+') {
                min = 1;
                pos++;
            } else if (c == '{') {
                int end = s.indexOf('}', pos);
                String body = s.substring(pos + 1, end);
                min = Integer.parseInt(body.split(",", -1)[0].strip());
                pos = end + 1;
            } else {
                return 1;
            }
            quantified = true;
            if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) {
                pos++;      // lazy or possessive: the same least count
            }
            return min;
        }
    }
}
