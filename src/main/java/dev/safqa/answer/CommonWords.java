package dev.safqa.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Common English words ({@code common-en.txt}, from SCOWL, beside this class): a word of a
 * question that is neither one of these nor a word of the knowledge is taken for a name the
 * article does not mention.
 */
final class CommonWords {
    static final Set<String> ENGLISH = load("common-en.txt");

    private CommonWords() {
    }

    private static Set<String> load(String resource) {
        Set<String> out = new HashSet<>(16_000);
        try (InputStream in = CommonWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is part of the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
