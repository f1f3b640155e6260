package dev.safqa.cli;

import dev.safqa.index.FactIndex;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.knowledge.KnowledgeException;
import dev.safqa.knowledge.KnowledgeLoader;
import dev.safqa.knowledge.KnowledgeSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --knowledge DIR} option, and loading it with problems reported the same way everywhere. */
final class KnowledgeOption {
    @Option(names = {"-k", "--knowledge"}, paramLabel = "DIR", defaultValue = "knowledge",
            description = "Knowledge folder: articles, facts files and lexicon (default: ${DEFAULT-VALUE}, or the"
                    + " knowledge bundled in safqa.jar when there is no such folder).")
    Path folder;

    /** The folder, or the jar's own copy when the default folder is missing ({@link KnowledgeSource}). */
    KnowledgeSource source() {
        return KnowledgeSource.resolve(folder);
    }

    /** Loads and indexes the folder, or prints every problem to {@code err} and returns null. */
    FactIndex load(PrintWriter err) {
        Knowledge k = loadKnowledge(err);
        return k == null ? null : FactIndex.build(k);
    }

    Knowledge loadKnowledge(PrintWriter err) {
        try {
            return new KnowledgeLoader().load(source().folder());
        } catch (KnowledgeException e) {
            err.println(e.getMessage());
            err.flush();
            return null;
        }
    }
}
