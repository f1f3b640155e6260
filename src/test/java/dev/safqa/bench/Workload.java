package dev.safqa.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.knowledge.KnowledgeException;
import dev.safqa.knowledge.KnowledgeLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What every benchmark measures against: the repo's knowledge folder and the realistic question mix,
 * the "q" of every line of the three evaluation sets (Arabic, English, dialect, typos, traps) in file
 * order, so each run asks the same questions in the same order.
 */
public final class Workload {
    /** The evaluation sets, as test resources on the classpath. */
    static final List<String> SETS = List.of("/eval/dev.jsonl", "/eval/eval.jsonl", "/eval/holdout.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Workload() {
    }

    /** The repo root: the working directory, unless {@code -Dsafqa.root} says otherwise. */
    public static Path root() {
        return Path.of(System.getProperty("safqa.root", ".")).toAbsolutePath().normalize();
    }

    public static Path knowledgeFolder() {
        return root().resolve("knowledge");
    }

    public static Knowledge knowledge() {
        try {
            return new KnowledgeLoader().load(knowledgeFolder());
        } catch (KnowledgeException e) {
            throw new IllegalStateException("the repo's knowledge folder must load: " + e.getMessage(), e);
        }
    }

    /** Every question of the three sets, in order (365 at the time of writing). */
    public static List<String> questions() {
        List<String> out = new ArrayList<>();
        for (String set : SETS) {
            try (InputStream in = Workload.class.getResourceAsStream(set)) {
                if (in == null) {
                    throw new IllegalStateException(set + " is not on the classpath (run from the test classpath)");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.isBlank()) {
                        out.add(JSON.readTree(line).path("q").asText());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(out);
    }

    /** {@code n} questions, cycling through the mix. */
    public static List<String> cycle(int n) {
        List<String> qs = questions();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(qs.get(i % qs.size()));
        }
        return out;
    }
}
