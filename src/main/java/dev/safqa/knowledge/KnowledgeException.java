package dev.safqa.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** The knowledge folder cannot be used; {@link #problems()} lists every reason found. */
public final class KnowledgeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<KnowledgeProblem> problems;

    public KnowledgeException(List<KnowledgeProblem> problems) {
        super(problems.size() + " problem(s) in the knowledge folder:\n  "
                + problems.stream().map(KnowledgeProblem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<KnowledgeProblem> problems() {
        return problems;
    }
}
