package dev.safqa.answer;

import dev.safqa.text.ArabicText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Spoken Arabic question words and filler mapped to their standard forms (قديش -> كم, مين -> من,
 * شو -> ما, ليش -> لماذا, علاش -> لماذا, اللي -> الذي), so one set of rules reads Levantine, Gulf,
 * Egyptian and Maghrebi questions. The table is {@code dialect-ar.txt}, beside this class.
 */
final class Dialect {
    private Dialect() {
    }

    private static final Map<String, String> WORDS = new HashMap<>();
    private static final Map<String, String> PHRASES = new HashMap<>();

    static {
        try (InputStream in = Dialect.class.getResourceAsStream("dialect-ar.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int eq = line.indexOf('=');
                if (line.isBlank() || line.startsWith("#") || eq < 0) {
                    continue;
                }
                String from = ArabicText.fold(line.substring(0, eq).strip());
                String to = ArabicText.fold(line.substring(eq + 1).strip());
                (from.contains(" ") ? PHRASES : WORDS).put(from, to);
            }
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException("dialect-ar.txt is part of the jar", e instanceof IOException io ? io : new IOException(e));
        }
    }

    /** The standard form of two folded words read as one ("قد ايش" -> "كم"), or null. */
    static String phrase(String first, String second) {
        return PHRASES.get(first + " " + second);
    }

    /** The standard form of a folded word, "" for pure filler, or the word itself. */
    static String word(String folded) {
        return WORDS.getOrDefault(folded, folded);
    }
}
