package dev.safqa.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Common English words ({@code common-en.txt}, from SCOWL, beside this class): a word of a
 * question that is neither one of these nor a word of the knowledge is taken for a name the
 * article does not mention.
 */
final class CommonWords {
    static final Set<String> ENGLISH = load("common-en.txt");
    /** British ending, American ending ({@code spelling-en.txt}): the list is American. */
    private static final List<String[]> BRITISH = load("spelling-en.txt").stream().map(l -> l.split("\\s+"))
            .sorted((a, b) -> b[0].length() - a[0].length()).toList();

    private CommonWords() {
    }

    /** Whether a lower-case English word is common, in American or British spelling. */
    static boolean english(String word) {
        if (ENGLISH.contains(word)) {
            return true;
        }
        for (String[] ending : BRITISH) {
            if (word.endsWith(ending[0]) && word.length() > ending[0].length() + 2
                    && ENGLISH.contains(word.substring(0, word.length() - ending[0].length()) + ending[1])) {
                return true;
            }
        }
        return false;
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
