package dev.safqa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordingTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void every_key_is_in_both_catalogues() {
        assertEquals(Wording.keys(Language.EN), Wording.keys(Language.AR));
    }

    @Test
    void every_sentence_has_the_same_placeholders_in_both_languages() {
        for (String key : Wording.keys(Language.EN)) {
            assertEquals(placeholders(Wording.say(Language.EN, key)), placeholders(Wording.say(Language.AR, key)), key);
        }
    }

    @Test
    void arabic_sentences_are_arabic() {
        for (String key : Wording.keys(Language.AR)) {
            String ar = Wording.say(Language.AR, key);
            boolean furniture = key.startsWith("command.args") || key.startsWith("button.") || key.startsWith("claim.");
            assertTrue(furniture || ArabicText.hasArabic(ar), key + " is not Arabic: " + ar);
        }
    }

    /** Every key the code names whole ("decline.empty") is in the catalogue: a typo fails here, not in a chat. */
    @Test
    void every_key_the_code_says_is_in_the_catalogue() throws java.io.IOException {
        Pattern say = Pattern.compile("Wording\\.say\\([^,;]+, \"([a-z0-9.-]+[a-z0-9])\"");
        Set<String> missing = new TreeSet<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = say.matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    if (!Wording.keys(Language.EN).contains(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "not in the catalogue: " + missing);
    }

    @Test
    void placeholders_are_filled_as_given() {
        assertEquals("Source: paragraph 1000", Wording.say(Language.EN, "source.label", 1000)); // no grouping
        assertTrue(Wording.say(Language.EN, "decline.not-in-article").contains("doesn't")); // an apostrophe stays
    }

    @Test
    void an_unknown_key_names_the_catalogue() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Wording.say(Language.AR, "no.such.key"));
        assertTrue(e.getMessage().contains("wording-ar.properties"));
        assertFalse(e.getMessage().isBlank());
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
