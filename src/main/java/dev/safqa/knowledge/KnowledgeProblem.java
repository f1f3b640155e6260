package dev.safqa.knowledge;

/**
 * One thing wrong with the knowledge folder: the file, the entry in it (a fact id, a lexicon term,
 * or empty for the whole file) and what is wrong, written for the person editing it.
 */
public record KnowledgeProblem(String file, String entry, String reason) {
    @Override
    public String toString() {
        return entry == null || entry.isEmpty()
                ? file + ": " + reason
                : file + ": " + entry + ": " + reason;
    }
}
