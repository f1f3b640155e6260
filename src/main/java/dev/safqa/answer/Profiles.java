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
    /** The lead of such a question, before the name (reading.yaml, profile): one that asks who or what. */
    private static final Rule ASKS = ReadingRules.any(ReadingRules.READING.path("profile"), "asks");
    /** One that asks of the name what the question before asked ("what about Wang?"), if anything. */
    private static final Rule LEANS = ReadingRules.any(ReadingRules.READING.path("profile"), "leans");

    /**
     * A pronoun standing for a person named before: "who is he?", "من هو؟" (the lead takes "من",
     * leaving "هو"). Not "it": "what is it?" after "why did Google cut ties with Scale?" may be either.
     */
    private static final java.util.regex.Pattern POINTER = java.util.regex.Pattern.compile("he|she|هو|هي");

    private Profiles() {
    }

    /**
     * Whom or what a question asks to describe.
     *
     * @param reading the question without what a follow-up borrowed that it does not ask ("who is
     *                he?" after "how old is Wang?" asks no age)
     */
    record Asked(String entity, ParsedQuestion reading) {
    }

    /**
     * The entity the question asks to describe and nothing more, or null: after the lead only one
     * name, no other word read, nothing claimed, no period, no figure.
     */
    static Asked asked(ParsedQuestion pq, FactIndex idx) {
        Set<String> entities = pq.ids(Slot.Type.ENTITY);
        if (entities.size() != 1 || pq.claim() || pq.form().opinion() || !pq.form().periods().isEmpty()
                || !pq.versions().containsAll(pq.numbers()) || !pq.excluded().isEmpty()) {
            return null;
        }
        String text = pq.normalized();
        Matcher m = ASKS.matcher(text);
        boolean asks = m.lookingAt();
        if (!asks) {
            m = LEANS.matcher(text);
            if (!m.lookingAt()) {
                return null;
            }
        }
        String rest = text.substring(m.end()).strip();
        List<java.util.Set<String>> positions = Terms.positions(idx.phraseAnalyzer(), rest);
        List<LexiconMatcher.Match> named = idx.matcher().match(positions);
        String entity = entities.iterator().next();
        // "who is he?" in a conversation: the one it points at, which the follow-up borrowed
        boolean pointed = POINTER.matcher(rest).matches() && "person".equals(idx.entityTypes().get(entity));
        if (!pointed && (named.size() != 1 || named.get(0).start() != 0 || named.get(0).end() != positions.size()
                || named.get(0).terms().stream().noneMatch(t -> t.id().equals(entity)))) {
            return null;
        }
        // the lead's own words ("عرفني") ask nothing of the name; a word it does not hold does, and so
        // does a concept "what about Wang?" borrowed from the question before (an age); "who is he?"
        // asks who, whatever was asked before
        Set<String> lead = Terms.all(idx.phraseAnalyzer(), text.substring(0, m.end()));
        Set<String> own = Terms.all(idx.phraseAnalyzer(), text);
        boolean more = pq.slots().stream().anyMatch(s -> s.type() != Slot.Type.ENTITY && !lead.containsAll(s.forms())
                && (!asks || own.containsAll(s.forms())));
        return more ? null : new Asked(entity, pq.replacing(s -> s.type() != Slot.Type.ENTITY && !own.containsAll(s.forms()), null));
    }

    /**
     * "What is Zuckerberg's position?", "ماذا سيفعل وانغ؟" (what will Wang do?), "shu mansab
     * zuckerberg?": a question that asks only the post of one person the knowledge introduces, and
     * names nothing else but a company where that person's post is ("what will Wang do at Meta?": the fact
     * that introduces him gives him Meta's new team). Several facts name the
     * person and each tells a piece of one move (Wang resigns, joins Meta, heads its new team), so
     * the model splits its confidence among them (p 0.5-0.7 each); the fact that introduces the
     * person says who they are by their post, and answers when it pins a post of theirs
     * ({@code pins: role}). Only asked outright: a claim ("Wang is not leaving his post, correct?"),
     * a period, a figure, any other word read is left to the model.
     */
    static Asked postAsked(ParsedQuestion pq, FactIndex idx) {
        if (pq.intent() != Intent.WHAT || pq.claim() || pq.form().opinion() || !pq.form().periods().isEmpty()
                || !pq.numbers().isEmpty() || !pq.excluded().isEmpty()) {
            return null;
        }
        if (!pq.ids(Slot.Type.CONCEPT).equals(Set.of(Features.ROLE))
                || pq.slots().stream().anyMatch(s -> s.context() || s.type() != Slot.Type.ENTITY && s.type() != Slot.Type.CONCEPT)) {
            return null;
        }
        Set<String> named = pq.ids(Slot.Type.ENTITY);
        List<String> people = named.stream().filter(e -> "person".equals(idx.entityTypes().get(e))).toList();
        String person = people.size() == 1 ? people.get(0) : null;
        if (person == null) {
            return null;
        }
        Fact f = introducing(person, idx);
        List<String> posts = f == null ? List.of() : f.pins().getOrDefault(Features.ROLE, List.of());
        if (f == null || !person.equals(idx.firstEntityInAnswer(f, pq.language())) || posts.isEmpty()) {
            return null;
        }
        // "what will Wang do at Meta?": the place named is one where that fact gives him a post
        // (superintelligence@meta); "what will Zuckerberg do at Scale?" is left to the model
        boolean atHisPost = named.stream().filter(e -> !e.equals(person))
                .allMatch(e -> posts.stream().anyMatch(post -> post.endsWith("@" + e)));
        return atHisPost ? new Asked(person, pq) : null;
    }

    /** The fact that says who or what the entity is (its {@code introduces:}), or null when none does. */
    static Fact introducing(String entity, FactIndex idx) {
        return idx.knowledge().facts().stream().filter(f -> f.introduces().contains(entity)).findFirst().orElse(null);
    }
}
