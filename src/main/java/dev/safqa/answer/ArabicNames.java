package dev.safqa.answer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safqa.text.ArabicText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in Arabic script that nothing in the knowledge mentions ("ليش زار زوكربيرغ الرياض؟"). No
 * capital letter marks a name in Arabic, and an unknown word is as often a spoken form the knowledge
 * lacks (هسه، بالظبط) as a name; so only two kinds of evidence count: a place or event from a
 * gazetteer, and a word nothing knows right after one that introduces a name (a visit, a meeting,
 * an event, a title). The lists are {@code names-ar.yaml} beside this class.
 */
record ArabicNames(Set<String> places, Set<String> cues, Set<String> between, Pattern claimedDoer, Set<String> who,
                   Set<String> copulas, Set<String> party) {
    /** A word with its marks: a shadda (اطّلع, of the script Inherited) is inside the word, not between two. */
    private static final Pattern WORD = Pattern.compile("[\\p{IsArabic}&&\\p{L}](?:[\\p{IsArabic}&&\\p{L}]|\\p{Mn})*");
    /** How many words after a cue may be the name: "زار زوكربيرغ الرياض" puts the subject between. */
    private static final int WINDOW = 2;
    static final ArabicNames STANDARD = load();

    ArabicNames {
        places = Set.copyOf(places);
        cues = Set.copyOf(cues);
        between = Set.copyOf(between);
        who = Set.copyOf(who);
        copulas = Set.copyOf(copulas);
        party = Set.copyOf(party);
    }

    private static ArabicNames load() {
        JsonNode n = ReadingRules.yaml("names-ar.yaml");
        Set<String> places = new HashSet<>();
        n.path("places").forEach(p -> places.add(ArabicText.fold(p.asText().strip())));
        Set<String> cues = new HashSet<>();
        n.path("cues").forEach(c -> cues.add(ArabicText.fold(c.asText().strip())));
        Set<String> between = new HashSet<>();
        n.path("between").forEach(c -> between.add(ArabicText.fold(c.asText().strip())));
        if (places.isEmpty() || cues.isEmpty() || between.isEmpty()) {
            throw new IllegalStateException("names-ar.yaml lacks its places, cues or prepositions");
        }
        Set<String> who = new HashSet<>();
        n.path("who").forEach(c -> who.add(ArabicText.fold(c.asText().strip())));
        Set<String> copulas = new HashSet<>();
        n.path("copulas").forEach(c -> copulas.add(ArabicText.fold(c.asText().strip())));
        Set<String> party = new HashSet<>();
        n.path("party").forEach(c -> party.add(ArabicText.fold(c.asText().strip())));
        return new ArabicNames(places, cues, between, Pattern.compile(n.path("claimed-doer").asText(), Pattern.UNICODE_CHARACTER_CLASS),
                who, copulas, party);
    }

    /**
     * The names in a text, as written there (a proclitic before a place dropped: بالرياض names
     * الرياض), in order.
     *
     * @param known whether the knowledge knows a folded word (the article, the lexicon, the dialect
     *              map, the stop words): such a word is never a name
     * @param claim whether the text claims something: then whom it puts forward as the doer is none
     */
    List<String> in(String text, Predicate<String> known, boolean claim) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        List<String> out = new ArrayList<>();
        int cued = 0;
        for (int i = 0; i < spans.size(); i++) {
            String word = text.substring(spans.get(i)[0], spans.get(i)[1]);
            String folded = ArabicText.fold(word);
            // two words: "أبو ظبي", "سان فرانسيسكو"
            String pair = i + 1 < spans.size() ? text.substring(spans.get(i)[0], spans.get(i + 1)[1]) : null;
            String name = pair != null && pair.indexOf('\n') < 0 ? place(pair) : null;
            // a place the knowledge mentions has every word known
            if (name != null && !java.util.Arrays.stream(ArabicText.fold(name).split("\\s+")).allMatch(known)) {
                out.add(name);
                i++;
                cued = 0;
                continue;
            }
            name = place(word);
            if (name == null && i > 0 && folded.startsWith("ال") && party.contains(ArabicText.fold(wordAt(text, spans, i - 1)))
                    && endsClause(text, spans, i) && !known.test(folded)) {
                out.add(word);      // "عقد مع البنتاغون؟": the party asked of
                cued = 0;
                continue;
            }
            boolean named = false;
            if (name != null ? !known.test(ArabicText.fold(name)) : cued > 0 && !known.test(folded)) {
                out.add(name != null ? name : word);
                named = name == null;
            }
            // "مين لوسي غوو؟": who, first in the question (or after its copula: "هو مين ...")
            boolean asksWho = who.contains(withoutProclitics(folded)) || who.contains(folded)
                    ? i == 0 || i == 1 && copulas.contains(ArabicText.fold(text.substring(spans.get(0)[0], spans.get(0)[1])))
                    : false;
            if (asksWho) {
                // a first and a last name right after who, both words nothing knows, neither with
                // the article ال: an unknown verb or a typo after who is likelier than a name alone
                // ("شكون ولّا المدير...", "مين اطّلع على...", "مين الرءيس التنفيزي...")
                int j = i + 1 < spans.size() && copulas.contains(ArabicText.fold(wordAt(text, spans, i + 1))) ? i + 2 : i + 1;
                if (j + 1 < spans.size() && nameLike(wordAt(text, spans, j), known) && nameLike(wordAt(text, spans, j + 1), known)) {
                    out.add(wordAt(text, spans, j));
                    out.add(wordAt(text, spans, j + 1));
                    i = j + 1;
                }
                cued = 0;
            } else if (cues.contains(folded) || cues.contains(withoutProclitics(folded))) {
                cued = WINDOW;
            } else if (named) {
                cued = 1;       // a name goes on while its words are unknown: "لوسي غوو"
            } else if (!between.contains(folded)) {
                cued--;
            }
        }
        Matcher doer = claimedDoer.matcher(ArabicText.fold(text));
        if (claim && doer.find()) {
            out.removeIf(name -> doer.group(1).contains(ArabicText.fold(name)));
        }
        return out;
    }

    /** What may follow the last word of a clause: its end, a stop, or "and"/"or" opening the next. */
    private static final Pattern CLAUSE_END = Pattern.compile("^\\s*(?:[?!.,;:؟،]|$|(?:و|او|أو|ولا)\\s)");

    /** Whether the i-th word ends the text or a clause of it. */
    private static boolean endsClause(String text, List<int[]> spans, int i) {
        return CLAUSE_END.matcher(text.substring(spans.get(i)[1])).find();
    }

    private static String wordAt(String text, List<int[]> spans, int i) {
        return text.substring(spans.get(i)[0], spans.get(i)[1]);
    }

    /** A word that may be part of a person's name: nothing knows it, and it has no article. */
    private static boolean nameLike(String word, Predicate<String> known) {
        String folded = ArabicText.fold(word);
        return !known.test(folded) && !folded.startsWith("ال") && folded.length() > 1;
    }

    /**
     * The place a word (or two) of the text names, as written there without its proclitics
     * ("وبالرياض" names الرياض; "للرياض" is ل + الرياض), or null.
     */
    private String place(String written) {
        List<String> forms = new ArrayList<>(List.of(written));
        String w = written;
        if (w.length() > 3 && "وف".indexOf(w.charAt(0)) >= 0) {      // a conjunction first,
            w = w.substring(1);
            forms.add(w);
        }
        if (w.length() > 3 && "بلك".indexOf(w.charAt(0)) >= 0) {     // then a preposition
            forms.add(w.substring(1));
            if (w.startsWith("لل")) {
                forms.add("ا" + w.substring(1));
            }
        }
        return forms.stream().filter(f -> places.contains(ArabicText.fold(f))).findFirst().orElse(null);
    }

    private static String withoutProclitics(String folded) {
        return folded.length() > 3 && (folded.charAt(0) == 'و' || folded.charAt(0) == 'ف') ? folded.substring(1) : folded;
    }
}
