package dev.safqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The README's table of commands and options is what the CLI accepts: picocli's model is the truth. */
class ReadmeCommandsTest {
    private static final Pattern ROW = Pattern.compile("^\\| (`safqa [^|]*?`(?: / `safqa [^|]*?`)?) \\| ([^|]*(?:\\\\\\|[^|]*)*) \\|");
    private static final Pattern COMMAND = Pattern.compile("`safqa ([a-z]+)");
    private static final Pattern OPTION = Pattern.compile("--[a-z][a-z-]*");
    private static final Set<String> STANDARD = Set.of("--help", "--version");

    private final CommandSpec safqa = new CommandLine(new SafqaCommand(System.in)).getCommandSpec();

    /** Command name to the options its rows name ("as `ask`" rows add nothing). */
    private static Map<String, Set<String>> readmeTable() throws IOException {
        Map<String, Set<String>> table = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
            Matcher row = ROW.matcher(line);
            if (!row.find()) {
                continue;
            }
            Set<String> options = new TreeSet<>();
            Matcher o = OPTION.matcher(row.group(2));
            while (o.find()) {
                options.add(o.group());
            }
            Matcher c = COMMAND.matcher(row.group(1));
            while (c.find()) {
                table.computeIfAbsent(c.group(1), k -> new TreeSet<>()).addAll(options);
            }
        }
        return table;
    }

    private static Set<String> options(CommandSpec command) {
        return command.options().stream().map(OptionSpec::longestName).filter(n -> !STANDARD.contains(n))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void every_command_is_in_the_readme_table_and_every_row_is_a_command() throws IOException {
        assertThat(readmeTable().keySet()).containsExactlyInAnyOrderElementsOf(safqa.subcommands().keySet());
    }

    @Test
    void each_command_row_names_exactly_the_options_the_command_takes() throws IOException {
        Map<String, Set<String>> readme = readmeTable();
        for (var sub : safqa.subcommands().entrySet()) {
            assertThat(readme.get(sub.getKey())).as("options of safqa %s in the README", sub.getKey())
                    .isEqualTo(options(sub.getValue().getCommandSpec()));
        }
    }

    @Test
    void every_command_takes_help() {
        safqa.subcommands().forEach((name, sub) ->
                assertThat(sub.getCommandSpec().optionsMap()).as(name).containsKey("--help"));
    }

    @Test
    void the_readme_says_which_commands_take_knowledge_and_they_do() throws IOException {
        Set<String> withKnowledge = safqa.subcommands().entrySet().stream()
                .filter(e -> e.getValue().getCommandSpec().optionsMap().containsKey("--knowledge"))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = readmeTable().entrySet().stream().filter(e -> e.getValue().contains("--knowledge"))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));

        assertThat(documented).isEqualTo(withKnowledge).contains("ask", "check", "facts", "serve");
        assertThat(Files.readString(Path.of("README.md"))).doesNotContain("Every command takes `--knowledge");
    }

    @Test
    void the_readme_exit_codes_are_the_help_exit_codes() throws IOException {
        String readme = Files.readString(Path.of("README.md")).replaceAll("\\s+", " ");
        Map<String, String> help = safqa.usageMessage().exitCodeList();

        assertThat(help.keySet()).containsExactly("0", "1", "2", "3");
        help.forEach((code, meaning) -> {
            // the README's sentence starts each code with the same words as the help
            String words = meaning.split("[,:(]")[0].strip();
            assertThat(readme).as("exit code %s in the README", code).contains(code + " " + words);
        });
    }
}
