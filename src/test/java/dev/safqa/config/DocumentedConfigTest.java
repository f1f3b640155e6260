package dev.safqa.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** config/safqa.yaml and the README document exactly the settings the code reads, with its defaults. */
class DocumentedConfigTest {
    private static final Path FILE = Path.of("config", "safqa.yaml");
    private static final Path README = Path.of("README.md");

    @Test
    void the_documented_file_says_what_the_built_in_defaults_are() throws Exception {
        assertThat(new ConfigLoader(Map.of()).load(FILE)).isEqualTo(SafqaConfig.defaults());
    }

    @Test
    void the_documented_file_has_every_key_and_no_other() throws Exception {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile());
        List<String> keys = new ArrayList<>();
        collect("", root, keys);

        assertThat(keys).containsExactlyElementsOf(Settings.ALL.stream().map(Setting::key).toList());
    }

    @Test
    void the_documented_file_names_every_variable() throws Exception {
        String text = Files.readString(FILE);

        Settings.ALL.forEach(s -> assertThat(text).as(s.key()).contains(s.env()));
        Settings.SECRETS.forEach(v -> assertThat(text).contains(v));
    }

    @Test
    void the_readme_configuration_section_names_every_key_and_variable() throws Exception {
        assumeTrue(Files.exists(README), "no README yet");
        String readme = Files.readString(README);
        int start = readme.indexOf("\n## Configuration\n");
        assertThat(start).as("README.md has a \"## Configuration\" section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = end < 0 ? readme.substring(start) : readme.substring(start, end);

        Settings.ALL.forEach(s -> assertThat(section).as("README, Configuration").contains("`" + s.key() + "`").contains(s.env()));
        Settings.SECRETS.forEach(v -> assertThat(section).as("README, Configuration").contains(v));
    }

    private static void collect(String prefix, JsonNode node, List<String> keys) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            if (e.getValue().isObject()) {
                collect(key, e.getValue(), keys);
            } else {
                keys.add(key);
            }
        }
    }
}
