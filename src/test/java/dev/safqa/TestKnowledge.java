package dev.safqa;

import dev.safqa.answer.Answerer;
import dev.safqa.index.FactIndex;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.knowledge.KnowledgeException;
import dev.safqa.knowledge.KnowledgeLoader;
import dev.safqa.text.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The real knowledge folder of the repo, loaded once for the core tests. */
public final class TestKnowledge {
    public static final Path FOLDER = Path.of("knowledge");
    private static Knowledge knowledge;
    private static FactIndex index;

    private TestKnowledge() {
    }

    public static synchronized Knowledge knowledge() {
        if (knowledge == null) {
            try {
                knowledge = new KnowledgeLoader().load(FOLDER);
            } catch (KnowledgeException e) {
                throw new AssertionError("the repo's knowledge folder must load: " + e.getMessage(), e);
            }
        }
        return knowledge;
    }

    public static synchronized FactIndex index() {
        if (index == null) {
            index = FactIndex.build(knowledge());
        }
        return index;
    }

    public static Answerer answerer() {
        FactIndex idx = index();
        return new Answerer(() -> idx, Language.EN);
    }

    /** A copy of the knowledge folder to break or edit. */
    public static Path copyTo(Path dir) {
        try (Stream<Path> files = Files.list(FOLDER)) {
            Path target = Files.createDirectories(dir.resolve("knowledge"));
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
