package dev.safqa.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything Safqa says in its own words: one catalogue per language,
 * {@code dev/safqa/text/wording-en.properties} and {@code wording-ar.properties}, read once. A new
 * sentence is a line in each file, not a string in Java.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}... replaced as they are: not {@link java.text.MessageFormat},
 * which would take every apostrophe ("doesn't") for a quote and print 1000 as "1,000".
 */
public final class Wording {
    private static final Map<Language, Properties> CATALOGUES = load();

    private Wording() {
    }

    /** The sentence {@code key} in {@code l}, with {@code {i}} replaced by {@code args[i]}. */
    public static String say(Language l, String key, Object... args) {
        String text = CATALOGUES.get(l == null ? Language.EN : l).getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no wording '" + key + "' in " + file(l));
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** The keys of one language's catalogue (for the test that both have the same). */
    public static Set<String> keys(Language l) {
        return new TreeSet<>(CATALOGUES.get(l).stringPropertyNames());
    }

    public static String file(Language l) {
        return "wording-" + (l == null ? Language.EN : l).code() + ".properties";
    }

    private static Map<Language, Properties> load() {
        Map<Language, Properties> out = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            Properties p = new Properties();
            try (InputStream in = Wording.class.getResourceAsStream(file(l))) {
                if (in == null) {
                    throw new IllegalStateException(file(l) + " is missing from the jar");
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(file(l), e);
            }
            out.put(l, p);
        }
        return out;
    }
}
