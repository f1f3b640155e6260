package dev.safqa.knowledge;

import java.util.ArrayList;
import java.util.List;

/** Problems found in the knowledge folder so far, in the order found. */
final class ProblemList {
    private final List<KnowledgeProblem> list = new ArrayList<>();

    void add(String file, String entry, String reason) {
        list.add(new KnowledgeProblem(file, entry, reason));
    }

    int size() {
        return list.size();
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    KnowledgeException exception() {
        return new KnowledgeException(list);
    }
}
