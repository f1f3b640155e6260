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
    /** A part shorter than this is not a question of its own ("... and why?"). */
    private static final int MIN_WORDS = 3;
    /** Between the asks a lead lists: "X and Y", "X, Y and Z", "X; Y". */
    private static final Pattern LIST_JOINT = Pattern.compile("\\s*(?:[,;،]\\s*(?:and\\s+)?|\\s+and\\s+)");

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
        List<int[]> cuts = new ArrayList<>();        // [end of a part, start of the next], in the original
        Matcher m = rules.parts().matcher(folded);
        while (m.find()) {
            cuts.add(new int[] {origin[m.start()], origin[m.end()]});
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
                    cuts.add(new int[] {i + 1, next});
                }
            }
        }
        if (cuts.isEmpty()) {
            lastWordJoint(folded, rules).ifPresent(at -> cuts.add(new int[] {origin[at[0]], origin[at[1]]}));
        }
        if (cuts.isEmpty()) {
            return List.of(text);
        }
        cuts.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int[] cut : cuts) {
            if (cut[0] < from) {
                continue;
            }
            parts.add(text.substring(from, cut[0]).strip());
            from = cut[1];
        }
        parts.add(text.substring(from).strip());
        parts.removeIf(p -> p.isEmpty() || rules.signOff().matcher(ArabicText.fold(p)).matches());
        if (parts.size() == 1) {
            return parts;       // a question and a thanks
        }
        if (parts.size() > max || parts.stream().anyMatch(p -> words(p) < MIN_WORDS)) {
            return List.of(text);
        }
        return parts;
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
