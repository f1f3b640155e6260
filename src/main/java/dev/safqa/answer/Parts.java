package dev.safqa.answer;

import dev.safqa.text.ArabicText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a message that asks several things ("How much did Meta pay and what is Scale worth?",
 * "كم دفعت ميتا وكم صارت قيمة سكيل؟") into its questions, so that each is answered with its own
 * citation. The joints are in {@code reading.yaml}; they are matched on folded text and the
 * parts cut from the original, so names keep their capitals.
 */
final class Parts {
    /**
     * A part shorter than this does not say what it asks about ("... and which year?"): it is no part
     * of its own unless it opens with a question word after the first part ({@link #leans}).
     */
    private static final int MIN_WORDS = 3;
    /**
     * A part cut at a joint with a comma starts with its question word and the writer set it apart,
     * so two words ask as much as three do ("كم دفعت ميتا، وما الحصة؟": and what stake?); without
     * the comma ("أي شهر وأي سنة؟": which month and year) or one word ("... and why?") it leans on the rest.
     */
    private static final int MIN_ASKED = 2;
    /**
     * Arabic writes "its" and "their" into the noun: "وكم مبلغها؟" (and how much is its sum) asks as much
     * as three words do, where "وأي سنة؟" leans on the rest. A question word, then a noun of three
     * letters or more with ها or هم (ه is the folded ة too, and stays out).
     */
    private static final Pattern ARABIC_ASK_OF_IT = Pattern.compile("\\s*\\p{IsArabic}+\\s+\\p{IsArabic}{3,}(?:ها|هم)\\s*[?؟!.]*\\s*");
    /** Between the asks a lead lists: "X and Y", "X, Y and Z", "X; Y", "س، وص". */
    private static final Pattern LIST_JOINT = Pattern.compile("\\s*(?:[,;،؛]\\s*(?:and\\s+|و(?=ال))?|\\s+and\\s+)");
    /** A comma, then an English question word (reading.yaml, parts-comma). */
    private static final Rule COMMA_ASKS = ReadingRules.rule("parts-comma");
    /** An English question word anywhere before such a comma. */
    private static final Rule ASKS = ReadingRules.rule("parts-comma-after");
    /**
     * A part after the first that opens with a question word ("... and why?", "...؟ وشو قال؟", "w
     * leh?" read as "و ليه؟"): it asks, however short, and leans on the part before (reading.yaml,
     * parts-short-asks).
     */
    private static final Rule SHORT_ASKS = ReadingRules.rule("parts-short-asks");
    /** The "and" a part may open with ("and why?", "وبكم؟"). */
    private static final Pattern AND = Pattern.compile("\\W*(?:(?:and|so|also)\\s+|و\\s*)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** A "between" whose "and" joins its two sides, no two asks (reading.yaml, parts-held). */
    private static final Rule HELD = ReadingRules.rule("parts-held");
    /** What closes a bare list of asks and asks nothing itself ("price, stake, valuation - go"). */
    private static final Rule LIST_TAIL = ReadingRules.rule("list-tail");

    private Parts() {
    }

    static List<String> split(String text, ReadingRules rules, int max) {
        StringBuilder folded = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            String f = ArabicText.fold(String.valueOf(text.charAt(i)));
            if (!f.isEmpty()) {
                origin[folded.length()] = i;
                folded.append(f.charAt(0));
            }
        }
        origin[folded.length()] = text.length();
        // "Give me both numbers: Scale's valuation and Meta's AI budget": the lead asks nothing
        // itself, and each ask it lists is a part, however short
        Matcher lead = rules.listLead().matcher(folded);
        if (lead.lookingAt()) {
            List<String> items = new ArrayList<>();
            for (String item : LIST_JOINT.split(text.substring(origin[lead.end()]))) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
            if (items.size() >= 2 && items.size() <= max) {
                return items;
            }
        }
        List<int[]> cuts = new ArrayList<>();        // [end of a part, start of the next, 1 if at a comma], in the original
        // "the difference between the valuation and what Meta paid": the "and" a "between" closes
        List<Integer> held = new ArrayList<>();
        Matcher between = HELD.matcher(folded);
        while (between.find()) {
            held.add(between.end());
        }
        Matcher m = rules.parts().matcher(folded);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (held.stream().anyMatch(at -> start < at && at <= end)) {
                continue;
            }
            boolean comma = m.group().indexOf(',') >= 0 || m.group().indexOf('،') >= 0;
            cuts.add(new int[] {origin[m.start()], origin[m.end()], comma ? 1 : 0});
        }
        // "how much did Meta pay, who's the new CEO, and who saw the memo?": a comma and a question
        // word start a question of its own, when a question word came before it (not "In the memo,
        // what did he write?", one question with its scene first)
        Matcher comma = COMMA_ASKS.matcher(folded);
        while (comma.find()) {
            if (ASKS.matcher(folded.subSequence(0, comma.start())).find()) {
                cuts.add(new int[] {origin[comma.start()], origin[comma.end()], 1});
            }
        }
        // two questions as two sentences: "How much did Meta pay? And what is Scale worth?"
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c == '?' || c == '؟') && Character.isWhitespace(text.charAt(i + 1))) {
                int next = i + 1;
                while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (next < text.length()) {
                    cuts.add(new int[] {i + 1, next, 0});
                }
            }
        }
        if (cuts.isEmpty()) {
            lastWordJoint(folded, rules).ifPresent(at -> cuts.add(new int[] {origin[at[0]], origin[at[1]], 0}));
        }
        if (cuts.isEmpty()) {
            return List.of(text);
        }
        cuts.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<String> parts = new ArrayList<>();
        List<Integer> least = new ArrayList<>();
        int from = 0;
        int min = MIN_WORDS;
        for (int[] cut : cuts) {
            if (cut[0] < from) {
                continue;
            }
            parts.add(text.substring(from, cut[0]).strip());
            least.add(min);
            from = cut[1];
            min = cut[2] == 1 ? MIN_ASKED : MIN_WORDS;
        }
        parts.add(text.substring(from).strip());
        least.add(min);
        for (int i = parts.size() - 1; i >= 0; i--) {
            String p = parts.get(i);
            if (p.isEmpty() || rules.signOff().matcher(ArabicText.fold(p)).matches()) {
                parts.remove(i);
                least.remove(i);
            }
        }
        if (parts.size() == 1) {
            return parts;       // a question and a thanks
        }
        if (parts.size() > max) {
            return List.of(text);
        }
        for (int i = 1; i < parts.size(); i++) {
            // "...؟ وبكم؟": the و of a part cut at a question mark is the joint's, not the word's
            java.util.regex.Matcher and = AND.matcher(parts.get(i));
            if (leans(parts.get(i)) && and.lookingAt() && leans(parts.get(i).substring(and.end()))) {
                parts.set(i, parts.get(i).substring(and.end()));
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            if (words(parts.get(i)) < least.get(i) && !(i > 0 && (ARABIC_ASK_OF_IT.matcher(parts.get(i)).matches() || leans(parts.get(i))))) {
                return List.of(text);
            }
        }
        return parts;
    }

    /**
     * Whether a part (not the first) is too short to say what it asks about and asks all the same
     * ("and why?", "وشو قال؟", "ومتى؟"): it is read leaning on the part before, as a chat's follow-up
     * leans on the last turn, and never dropped.
     */
    static boolean leans(String part) {
        String folded = ArabicText.fold(part).toLowerCase(java.util.Locale.ROOT);
        return words(part) - opening(folded) < MIN_WORDS && SHORT_ASKS.matcher(folded).find();
    }

    /** What may open a part before its question word: "and", then a preposition ("and for how much?"). */
    private static final Pattern OPENING = Pattern.compile("^\\W*(?:(?:and|so|but|also)\\s+)?(?:for|at|by|to|from|with|since|until)\\s+(?=\\S)");

    /**
     * The words before a part's question word when a preposition stands there ("and for how much?"
     * asks no more than "and how much?" does): they are not counted against its length.
     */
    private static int opening(String folded) {
        Matcher m = OPENING.matcher(folded);
        return m.lookingAt() ? words(m.group()) : 0;
    }

    /**
     * "price, stake, valuation - go": the asks of a message that only lists them, with no lead and
     * no question word; empty unless it lists two to {@code max}. Whether each is an ask (it names a
     * measure) is for the reader to say ({@link Answerer}): Parts knows only where the joints are.
     */
    static List<String> bareList(String text, int max) {
        // two items need a joint, and LIST_JOINT matches only at one of these signs or at "and": a
        // message with none (most) is no list, and the tail, an end-anchored pattern tried at every
        // position, need not be looked for
        if (!mayJoin(text)) {
            return List.of();
        }
        String folded = ArabicText.fold(text);
        Matcher tail = LIST_TAIL.matcher(folded);
        String body = text;
        if (tail.find() && folded.length() == text.length()) {
            body = text.substring(0, tail.start());
        }
        List<String> items = new ArrayList<>();
        for (String item : LIST_JOINT.split(body)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items.size() >= 2 && items.size() <= max ? items : List.of();
    }

    /** Whether {@link #LIST_JOINT} may match in the text, or in any part of it: it has one of its signs or "and". */
    private static boolean mayJoin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '،' || c == '؛') {
                return true;
            }
        }
        return text.contains("and");
    }

    /** Two figures compared ({@code compare} in reading.yaml); each names its sides a and b, so each is its own pattern. */
    private static final List<Pattern> COMPARED = compare();

    private static List<Pattern> compare() {
        List<Pattern> out = new ArrayList<>();
        ReadingRules.READING.path("compare").forEach(n -> out.add(Pattern.compile(n.asText(), Pattern.UNICODE_CHARACTER_CLASS)));
        return List.copyOf(out);
    }

    /**
     * "Which is bigger: what Meta paid or what Google planned to spend?": the two sides compared, each
     * an ask of its own, or empty. Cut from the original when folding kept its length, so names keep
     * their capitals.
     */
    static List<String> compared(String text) {
        String folded = ArabicText.fold(text);
        String source = folded.length() == text.length() ? text : folded;
        for (Pattern p : COMPARED) {
            Matcher m = p.matcher(folded);
            if (m.matches()) {
                String a = source.substring(m.start("a"), m.end("a")).strip();
                String b = source.substring(m.start("b"), m.end("b")).strip();
                return a.isEmpty() || b.isEmpty() ? List.of() : List.of(a, b);
            }
        }
        return List.of();
    }

    /** Whether a lead announces the asks it lists ("give me both numbers: ..."): each is asked. */
    static boolean listed(String text, ReadingRules rules) {
        return rules.listLead().matcher(ArabicText.fold(text)).lookingAt();
    }

    /**
     * "شوكت انعلنت الاتفاقية وأكبر صفقة من أيام شنو؟": the second question's word comes last, so no
     * joint before a question word finds it. The first و that starts a clause ending in a question
     * word, after a part of full length that asks with a question word of its own, is the joint; a
     * later one is a word that begins with و (وقعتها، وانغ) inside that clause.
     */
    private static Optional<int[]> lastWordJoint(CharSequence folded, ReadingRules rules) {
        Matcher m = rules.partsLast().matcher(folded);
        while (m.find()) {
            String before = folded.subSequence(0, m.start()).toString();
            if (words(before) >= MIN_WORDS) {
                return rules.partsLastAsks().matcher(before).find()
                        ? Optional.of(new int[] {m.start(), m.end()}) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
