package dev.safqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.safqa.TestKnowledge;
import dev.safqa.knowledge.Lexicon;
import dev.safqa.text.ArabicText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The lines' patterns filled with only the names a question may hold ({@code Lines.some}) find what
 * the patterns with every name find: on every question of the repo's sets, and on names written in
 * another case than the lexicon's, which the patterns match case-insensitively.
 */
class PerfFourteenTest {
    private static final Lexicon LEXICON = TestKnowledge.index().knowledge().lexicon();

    @Test
    void namesInAnotherCaseAreStillFound() {
        for (String q : List.of("who does zuckerberg report to", "WHO DOES ZUCKERBERG REPORT TO", "Wang Reports To Zuckerberg",
                "how much did scale ai pay meta", "how much did SCALE AI pay META", "مين يتبع لزوكربيرغ")) {
            assertEquals(Lines.placesWithEveryName(q, LEXICON), Lines.places(q, LEXICON), q);
        }
        assertTrue(!Lines.places("how much did scale ai pay meta", LEXICON).isEmpty(), "Scale placed as the payer");
    }

    @Test
    void everyQuestionIsPlacedAsWithEveryName() throws IOException {
        int placed = 0;
        List<String> texts = texts();
        for (String t : texts) {
            Map<String, String> some = Lines.places(t, LEXICON);
            assertEquals(Lines.placesWithEveryName(t, LEXICON), some, t);
            placed += some.isEmpty() ? 0 : 1;
        }
        assertTrue(texts.size() > 5000 && placed > 50, "texts " + texts.size() + ", placed " + placed);
    }

    /** Every question and turn of the repo's sets, folded as the reader folds them, and as typed. */
    private static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/eval"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode n = json.readTree(line);
                    List<String> qs = new ArrayList<>();
                    if (n.has("q")) {
                        qs.add(n.get("q").asText());
                    }
                    n.path("turns").forEach(t -> qs.add(t.path("q").asText()));
                    for (String q : qs) {
                        out.add(ArabicText.fold(q));
                        out.add(q);
                    }
                }
            }
        }
        return out;
    }
}
