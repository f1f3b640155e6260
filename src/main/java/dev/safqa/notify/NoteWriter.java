package dev.safqa.notify;

import dev.safqa.knowledge.Article;
import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.knowledge.Numbers;
import dev.safqa.storage.Notifications;
import dev.safqa.text.Language;
import dev.safqa.text.Wording;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the note about a knowledge change, once per language: a header, then each new or changed
 * fact's answer with its citation (paragraph number and the Arabic passage, verbatim, shortened
 * around its figures if long), then how many more were left out.
 *
 * <p>It only quotes: each answer and passage is as the loader validated it, so every figure in the
 * note is in the passage cited next to it. A shortened passage keeps every figure its answer states
 * (or is not shortened). The note stays well under Telegram's 4,096 characters: at most
 * {@value #MAX_FACTS} facts and {@value #MAX_CHARS} characters.
 */
final class NoteWriter {
    static final int MAX_FACTS = 5;
    static final int MAX_CHARS = 3_000;
    static final int MAX_QUOTE_CHARS = 200;

    private record Item(Fact fact, boolean isNew) {
    }

    /** The note, or empty if nothing was added or changed. */
    Optional<Notifications.Texts> write(Knowledge knowledge, List<Fact> added, List<Fact> changed) {
        if (added.isEmpty() && changed.isEmpty()) {
            return Optional.empty();
        }
        List<Item> items = new ArrayList<>();
        added.forEach(f -> items.add(new Item(f, true)));
        changed.forEach(f -> items.add(new Item(f, false)));
        return Optional.of(new Notifications.Texts(write(Language.AR, knowledge, items), write(Language.EN, knowledge, items)));
    }

    private String write(Language language, Knowledge knowledge, List<Item> items) {
        StringBuilder note = new StringBuilder(Wording.say(language, "note.title"));
        int shown = 0;
        for (Item item : items) {
            String entry = entry(language, knowledge, item);
            // leave room for the "more" line
            if (shown == MAX_FACTS || note.length() + 2 + entry.length() > MAX_CHARS - 120) {
                break;
            }
            note.append("\n\n").append(entry);
            shown++;
        }
        int more = items.size() - shown;
        if (more > 0) {
            note.append("\n\n").append(Wording.say(language, "note.more", more));
        }
        return note.toString();
    }

    private static String entry(Language language, Knowledge knowledge, Item item) {
        Fact f = item.fact();
        String label = Wording.say(language, item.isNew() ? "note.new" : "note.updated");
        StringBuilder b = new StringBuilder(label).append(f.answer(language)).append('\n');
        b.append("— ").append(Wording.say(language, "note.paragraph", f.paragraph()));
        if (knowledge.articles().size() > 1) {
            String title = knowledge.article(f.article()).map(Article::title).orElse(f.article());
            b.append(Wording.say(language, "note.of-article", title));
        }
        if (f.curated()) {
            // an uncurated fact's answer already is the quote
            b.append(": «").append(excerpt(f.source(), figuresOf(f), MAX_QUOTE_CHARS)).append('»');
        }
        return b.toString();
    }

    private static Set<String> figuresOf(Fact f) {
        Set<String> out = new HashSet<>();
        for (Language l : Language.values()) {
            out.addAll(Numbers.in(f.answer(l)));
        }
        f.figures().forEach(g -> out.add(Numbers.canonical(g.value())));
        return out;
    }

    /**
     * {@code source} if it fits in {@code max} characters; otherwise a run of whole words that fits,
     * with "…" where it was cut: around the words stating the figures in {@code keep} (growing to the
     * right first, where Arabic puts the unit: "14.8 مليار دولار"), or from the start if there are
     * none. The whole source if the figures are too far apart to fit, since dropping one would cite a
     * passage without it.
     */
    static String excerpt(String source, Set<String> keep, int max) {
        if (source.length() <= max) {
            return source;
        }
        String[] words = source.split(" ");
        int lo = -1;
        int hi = -1;
        for (int i = 0; i < words.length; i++) {
            Set<String> stated = Numbers.in(words[i]);
            if (stated.stream().anyMatch(keep::contains)) {
                lo = lo < 0 ? i : lo;
                hi = i;
            }
        }
        if (lo < 0) {
            lo = 0;
            hi = 0;
        }
        int budget = max - 2; // the two ellipses
        int length = String.join(" ", Arrays.copyOfRange(words, lo, hi + 1)).length();
        if (length > budget) {
            return source;
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            if (hi + 1 < words.length && length + 1 + words[hi + 1].length() <= budget) {
                length += 1 + words[++hi].length();
                grew = true;
            }
            if (lo > 0 && length + 1 + words[lo - 1].length() <= budget) {
                length += 1 + words[--lo].length();
                grew = true;
            }
        }
        String run = String.join(" ", Arrays.copyOfRange(words, lo, hi + 1));
        if (!Numbers.in(run).containsAll(keep)) {
            return source;
        }
        return (lo > 0 ? "…" : "") + run + (hi < words.length - 1 ? "…" : "");
    }
}
