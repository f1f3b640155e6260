package dev.safqa.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.cli.ExitCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Safqa run from a folder with no knowledge/ in it uses the knowledge it was built with; a given folder is used as given. */
class BundledKnowledgeTest {
    @TempDir
    Path dir;

    @Test
    void ask_from_an_empty_folder_answers_from_the_bundled_knowledge() throws Exception {
        SafqaProcess.Result r = SafqaProcess.run(dir, Map.of(), "ask", "How much did Meta invest?");

        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("$14.8 billion").contains("Source: paragraph 1");
    }

    @Test
    void check_says_it_checks_the_bundled_knowledge_and_prints_no_notes() throws Exception {
        SafqaProcess.Result r = SafqaProcess.run(dir, Map.of(), "check");

        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).startsWith("Checking the knowledge bundled in safqa.jar").doesNotContain("note:");
    }

    @Test
    void a_knowledge_folder_that_is_given_must_exist() throws Exception {
        SafqaProcess.Result r = SafqaProcess.run(dir, Map.of(), "facts", "--knowledge", "nope");

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("nope: is not a folder");
    }

    @Test
    void a_lexicon_syntax_error_is_one_problem_with_its_line_and_exit_2() throws Exception {
        Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
        try (Stream<Path> files = Files.list(Path.of("knowledge"))) {
            for (Path f : files.toList()) {
                Files.copy(f, knowledge.resolve(f.getFileName().toString()));
            }
        }
        Path lexicon = knowledge.resolve("lexicon.yaml");
        String text = Files.readString(lexicon, StandardCharsets.UTF_8);
        // Google's English names, with the list left open
        String line = text.lines().filter(l -> l.startsWith("    en: [Google, ")).findFirst().orElseThrow() + "\n";
        int lineNumber = text.substring(0, text.indexOf(line)).split("\n", -1).length;  // 1-based
        Files.writeString(lexicon, text.replace(line, line.replace("]\n", "\n")), StandardCharsets.UTF_8);

        SafqaProcess.Result r = SafqaProcess.run(dir, Map.of(), "check");

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).startsWith("Checking the knowledge folder " + knowledge.toRealPath());
        assertThat(r.err()).isEqualTo("1 problem(s) in the knowledge folder:\n  lexicon.yaml: line " + lineNumber
                + ", column 9: is not valid YAML: the list opened with '[' on line " + lineNumber + " is not closed:"
                + " end it with ']'\n");
    }
}
