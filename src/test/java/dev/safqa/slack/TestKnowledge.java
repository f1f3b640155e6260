package dev.safqa.slack;

import dev.safqa.answer.Answerer;
import dev.safqa.index.FactIndex;
import dev.safqa.knowledge.KnowledgeException;
import dev.safqa.knowledge.KnowledgeLoader;
import dev.safqa.text.Language;
import java.nio.file.Path;

/** The real knowledge folder, indexed once for all the Slack tests (tests run from the repo root). */
final class TestKnowledge {
    private TestKnowledge() {
    }

    private static FactIndex index;

    static synchronized FactIndex index() {
        if (index == null) {
            try {
                index = FactIndex.build(new KnowledgeLoader().load(Path.of("knowledge")));
            } catch (KnowledgeException e) {
                throw new IllegalStateException("the knowledge folder does not load", e);
            }
        }
        return index;
    }

    static Answerer answerer() {
        FactIndex idx = index();
        return new Answerer(() -> idx, Language.EN);
    }
}
