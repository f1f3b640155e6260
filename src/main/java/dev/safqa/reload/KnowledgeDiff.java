package dev.safqa.reload;

import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Knowledge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two loads of the knowledge, by fact id: facts added, facts whose content
 * changed ({@link Fact#sameContentAs}), ids removed. Added and changed facts are as in the new
 * knowledge, in its order. Alternate questions are not content: they change how a fact is found, not
 * what it says, so a reload that only adds questions ({@code safqa review accept}) is an empty diff
 * and nobody is told of it.
 */
public record KnowledgeDiff(List<Fact> added, List<Fact> changed, List<String> removed) {
    public KnowledgeDiff {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    /** @param before the knowledge served until now, or null at start (then every fact is added) */
    public static KnowledgeDiff between(Knowledge before, Knowledge after) {
        Map<String, Fact> old = before == null ? Map.of()
                : before.facts().stream().collect(Collectors.toMap(Fact::id, Function.identity()));
        List<Fact> added = new ArrayList<>();
        List<Fact> changed = new ArrayList<>();
        for (Fact f : after.facts()) {
            Fact was = old.get(f.id());
            if (was == null) {
                added.add(f);
            } else if (!was.sameContentAs(f)) {
                changed.add(f);
            }
        }
        List<String> removed = before == null ? List.of() : before.facts().stream()
                .map(Fact::id).filter(id -> after.fact(id).isEmpty()).toList();
        return new KnowledgeDiff(added, changed, removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    /** Something a subscriber would want to hear about: a fact added or changed (removals are not announced). */
    public boolean hasNews() {
        return !added.isEmpty() || !changed.isEmpty();
    }

    @Override
    public String toString() {
        return added.size() + " added, " + changed.size() + " changed, " + removed.size() + " removed";
    }
}
