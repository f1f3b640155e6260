package dev.safqa.answer;

import dev.safqa.index.FactIndex;
import dev.safqa.index.LexiconMatcher;
import dev.safqa.index.Terms;
import dev.safqa.knowledge.Fact;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * "Who is Alexandr Wang?", "tell me about Droege", "من هو وانغ؟": a question that asks only who or
 * what one name is, and nothing of it in particular. The model weighs every fact naming Wang about
 * alike for it (his age, his new team, his successor: p 0.5-0.6 each, none sure of itself), though
 * one of them says who he is; the facts file says which ({@code introduces:}), and that fact
 * answers. A name no fact introduces (Meta, ChatGPT) is declined: the article mentions it, but does
 * not say what it is, and whatever fact names it says something else.
 */
final class Profiles {
    /** The lead of such a question, before the name (reading.yaml, profile). */
    private static final Rule LEAD = ReadingRules.rule("profile");

    private Profiles() {
    }

    /**
     * The entity the question asks to describe and nothing more, or null: after the lead only one
     * name, no other word read, nothing claimed, no period, no figure.
     */
    static String asked(ParsedQuestion pq, FactIndex idx) {
        Set<String> entities = pq.ids(Slot.Type.ENTITY);
        if (entities.size() != 1 || pq.claim() || pq.form().opinion() || !pq.form().periods().isEmpty()
                || !pq.versions().containsAll(pq.numbers()) || !pq.excluded().isEmpty()) {
            return null;
        }
        String text = pq.normalized();
        Matcher m = LEAD.matcher(text);
        if (!m.lookingAt()) {
            return null;
        }
        List<java.util.Set<String>> positions = Terms.positions(idx.phraseAnalyzer(), text.substring(m.end()));
        List<LexiconMatcher.Match> named = idx.matcher().match(positions);
        String entity = entities.iterator().next();
        if (named.size() != 1 || named.get(0).start() != 0 || named.get(0).end() != positions.size()
                || named.get(0).terms().stream().noneMatch(t -> t.id().equals(entity))) {
            return null;
        }
        // the lead's own words ("عرفني", "تعريف") ask nothing of the name; a word it does not hold,
        // or a concept borrowed from the question before ("what about Wang?" after an age), does
        Set<String> lead = Terms.all(idx.phraseAnalyzer(), text.substring(0, m.end()));
        boolean more = pq.slots().stream().anyMatch(s -> s.type() != Slot.Type.ENTITY && !lead.containsAll(s.forms()));
        return more ? null : entity;
    }

    /** The fact that says who or what the entity is (its {@code introduces:}), or null when none does. */
    static Fact introducing(String entity, FactIndex idx) {
        return idx.knowledge().facts().stream().filter(f -> f.introduces().contains(entity)).findFirst().orElse(null);
    }
}
