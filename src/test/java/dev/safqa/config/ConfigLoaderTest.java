package dev.safqa.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.safqa.text.Language;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading config/safqa.yaml and the environment, and refusing what cannot be used. */
class ConfigLoaderTest {
    private static final String TELEGRAM_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawY";

    @TempDir
    Path dir;

    private Path file(String yaml) throws IOException {
        Path f = dir.resolve("safqa.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    private static SafqaConfig load(Path file, Map<String, String> env) throws ConfigException {
        return new ConfigLoader(env).load(file);
    }

    /** The one problem {@code yaml} and {@code env} have, as printed. */
    private String problem(String yaml, Map<String, String> env) throws IOException {
        Path f = file(yaml);
        ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class, () -> load(f, env));
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0).toString().replace(f.toString(), "FILE");
    }

    private String problem(String yaml) throws IOException {
        return problem(yaml, Map.of());
    }

    @Test
    void settings_in_the_file_replace_the_defaults() throws Exception {
        SafqaConfig c = load(file("""
                http:
                  port: 9000
                questions:
                  default-language: ar
                telegram:
                  webhook-url: https://bot.example.com/telegram
                  shutdown-grace: 500ms
                """), Map.of());

        assertThat(c.http().port()).isEqualTo(9000);
        assertThat(c.questions().defaultLanguage()).isEqualTo(Language.AR);
        assertThat(c.telegram().webhookUrl()).isEqualTo(URI.create("https://bot.example.com/telegram"));
        assertThat(c.telegram().shutdownGrace()).isEqualTo(Duration.ofMillis(500));
        assertThat(c.http().host()).isEqualTo("0.0.0.0"); // a key not in the file keeps its default
    }

    @Test
    void the_environment_overrides_the_file() throws Exception {
        SafqaConfig c = load(file("""
                data: /srv/safqa
                http:
                  port: 9000
                """), Map.of("SAFQA_HTTP_PORT", "9100", "SAFQA_LOG_LEVEL", "debug", "TELEGRAM_PACING", "false"));

        assertThat(c.http().port()).isEqualTo(9100);
        assertThat(c.logging().level()).isEqualTo("DEBUG"); // spelling made canonical
        assertThat(c.telegram().pacing()).isFalse();
        assertThat(c.data()).isEqualTo(Path.of("/srv/safqa")); // not overridden: the file's
    }

    @Test
    void keeping_questions_for_review_is_off_unless_asked_for() {
        SafqaConfig.Learning learning = SafqaConfig.defaults().learning();

        assertThat(learning.keepQuestions()).isFalse();
        assertThat(learning.retention()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void the_environment_turns_keeping_questions_on_with_its_retention() throws Exception {
        SafqaConfig c = load(file("# nothing set\n"),
                Map.of("SAFQA_LEARNING_KEEP_QUESTIONS", "true", "SAFQA_LEARNING_RETENTION", "168h"));

        assertThat(c.learning()).isEqualTo(new SafqaConfig.Learning(true, Duration.ofDays(7)));
    }

    @Test
    void an_empty_variable_counts_as_unset() throws Exception {
        assertThat(load(file("http:\n  port: 9000\n"), Map.of("SAFQA_HTTP_PORT", " ")).http().port()).isEqualTo(9000);
    }

    @Test
    void an_empty_file_gives_the_defaults() throws Exception {
        assertThat(load(file("# nothing set\n"), Map.of())).isEqualTo(SafqaConfig.defaults());
    }

    @Test
    void an_unknown_key_is_named_with_the_keys_allowed_there() throws Exception {
        assertThat(problem("http:\n  prot: 80\n"))
                .isEqualTo("FILE: http.prot: unknown key; allowed under http: host, port, shutdown-grace");
        assertThat(problem("colour: blue\n")).startsWith("FILE: colour: unknown key; allowed at the top level: "
                + "knowledge, data, database, http, questions, logging, telegram, slack, notifications, reload, learning");
    }

    @Test
    void a_key_spelt_with_underscores_gets_a_suggestion() throws Exception {
        assertThat(problem("telegram:\n  webhook_url: https://bot.example.com\n"))
                .startsWith("FILE: telegram.webhook_url: unknown key (did you mean webhook-url?); allowed under telegram: ");
    }

    @Test
    void a_wrong_type_names_the_key_the_value_and_the_type_expected() throws Exception {
        assertThat(problem("http:\n  port: eighty\n"))
                .isEqualTo("FILE: http.port: wrong type: expected a whole number from 0 to 65535, got the string \"eighty\"");
        assertThat(problem("telegram:\n  pacing: 1\n"))
                .isEqualTo("FILE: telegram.pacing: wrong type: expected true or false, got the number 1");
        assertThat(problem("http: 8080\n"))
                .isEqualTo("FILE: http: wrong type: expected a mapping of host, port, shutdown-grace, got the number 8080");
        assertThat(problem("knowledge: [a, b]\n"))
                .isEqualTo("FILE: knowledge: wrong type: expected a folder path, got a list");
    }

    @Test
    void a_value_out_of_range_says_what_is_allowed() throws Exception {
        assertThat(problem("http:\n  port: 70000\n"))
                .isEqualTo("FILE: http.port: 70000 is out of range; allowed: a whole number from 0 to 65535");
        assertThat(problem("questions:\n  per-chat-per-minute: 0\n"))
                .isEqualTo("FILE: questions.per-chat-per-minute: 0 is out of range; allowed: a whole number from 1 to 1000");
        assertThat(problem("notifications:\n  poll-interval: 2h\n"))
                .isEqualTo("FILE: notifications.poll-interval: 2h is out of range; "
                        + "allowed: a duration with a unit (500ms, 10s, 2m, 1h) from 1s to 1h");
    }

    @Test
    void a_value_that_is_not_one_of_the_choices_lists_them() throws Exception {
        assertThat(problem("questions:\n  default-language: fr\n"))
                .isEqualTo("FILE: questions.default-language: \"fr\" is not allowed; allowed: en, ar");
        assertThat(problem("telegram:\n  shutdown-grace: \"10\"\n"))
                .isEqualTo("FILE: telegram.shutdown-grace: \"10\" is not a duration; "
                        + "allowed: a duration with a unit (500ms, 10s, 2m, 1h) from 0s to 1m"); // a unit is required
        assertThat(problem("slack:\n  api-url: slack.com/api\n"))
                .isEqualTo("FILE: slack.api-url: \"slack.com/api\" is not allowed; allowed: an absolute http:// or https:// URL");
    }

    @Test
    void a_secret_in_the_file_is_refused_and_not_repeated() throws Exception {
        String p = problem("telegram:\n  bot-token: \"" + TELEGRAM_TOKEN + "\"\n");

        assertThat(p).isEqualTo("FILE: telegram.bot-token: secrets are not read from the config file; "
                + "delete this key and set it in the environment as TELEGRAM_BOT_TOKEN");
        assertThat(p).doesNotContain(TELEGRAM_TOKEN);
        assertThat(problem("slack:\n  signing_secret: abc\n")).endsWith("set it in the environment as SLACK_SIGNING_SECRET");
        assertThat(problem("api_token: abc\n")).contains("secrets are not read from the config file"); // any name with "token"
    }

    @Test
    void a_database_url_selects_postgresql_with_the_password_from_the_environment() throws Exception {
        SafqaConfig c = load(file("database:\n  url: jdbc:postgresql://db:5432/safqa\n  user: safqa\n"),
                Map.of("SAFQA_DATABASE_PASSWORD", "pg-secret-1"));

        assertThat(c.database().shared()).isTrue();
        assertThat(c.database().url()).isEqualTo("jdbc:postgresql://db:5432/safqa");
        assertThat(c.database().password().reveal()).isEqualTo("pg-secret-1");
        assertThat(c.secrets()).extracting(Secret::reveal).contains("pg-secret-1");
        assertThat(c.toString()).doesNotContain("pg-secret-1").doesNotContain("jdbc:postgresql");
        assertThat(SafqaConfig.defaults().database().shared()).isFalse(); // SQLite stays the default
    }

    @Test
    void a_password_in_the_url_is_masked_in_logs_and_refused_in_the_file() throws Exception {
        SafqaConfig c = load(file(""), Map.of("SAFQA_DATABASE_URL", "jdbc:postgresql://db/safqa?user=safqa&password=pg-secret-2"));
        assertThat(c.secrets()).extracting(Secret::reveal).contains("pg-secret-2");

        String p = problem("database:\n  url: jdbc:postgresql://db/safqa?password=pg-secret-3\n");
        assertThat(p).contains("database.url: secrets are not read from the config file").doesNotContain("pg-secret-3");
    }

    @Test
    void a_bad_database_url_is_refused_without_repeating_it() throws Exception {
        String p = problem("", Map.of("SAFQA_DATABASE_URL", "postgres://u:pg-secret-4@db/safqa"));

        assertThat(p).contains("SAFQA_DATABASE_URL").contains("jdbc:postgresql://host:port/name").doesNotContain("pg-secret-4");
    }

    @Test
    void a_database_password_without_a_url_is_a_mistake() throws Exception {
        assertThat(problem("", Map.of("SAFQA_DATABASE_PASSWORD", "x"))).contains("without a URL Safqa uses SQLite");
    }

    @Test
    void a_bad_environment_value_names_the_variable_and_the_key() throws Exception {
        assertThat(problem("", Map.of("SAFQA_HTTP_PORT", "abc")))
                .isEqualTo("environment variable SAFQA_HTTP_PORT: http.port: \"abc\" is not a whole number; "
                        + "allowed: a whole number from 0 to 65535");
        assertThat(problem("", Map.of("SLACK_PACING", "yes")))
                .isEqualTo("environment variable SLACK_PACING: slack.pacing: \"yes\" is not allowed; allowed: true or false");
    }

    @Test
    void an_unknown_safqa_variable_is_refused_so_a_typo_is_not_ignored() throws Exception {
        assertThat(problem("", Map.of("SAFQA_HTTP_PROT", "80", "PATH", "/usr/bin")))
                .startsWith("environment variable SAFQA_HTTP_PROT: unknown variable; Safqa reads SAFQA_DATABASE_PASSWORD, ");
    }

    @Test
    void every_problem_is_reported_at_once() throws Exception {
        Path f = file("http:\n  port: -1\n  prot: 1\nlogging:\n  level: LOUD\n");

        assertThatThrownBy(() -> load(f, Map.of("SAFQA_NOTIFY_MAX_ATTEMPTS", "0")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("4 problem(s) in the configuration:\n  ");
    }

    @Test
    void yaml_that_does_not_parse_is_reported_with_its_line() throws Exception {
        assertThat(problem("http:\n  port: 8080\n   host: x\n")).startsWith("FILE: not valid YAML at line 3");
        assertThat(problem("http:\n  port: 1\n  port: 2\n")).contains("Duplicate field 'port'");
    }

    @Test
    void a_config_file_that_does_not_exist_is_an_error() {
        Path missing = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> load(missing, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining(missing + ": no such file");
    }

    @Test
    void secrets_come_from_the_environment_and_never_print() throws Exception {
        SafqaConfig c = load(file(""), Map.of("TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN,
                "SLACK_BOT_TOKEN", "xoxb-1111-2222-abcdefghijkl", "SLACK_SIGNING_SECRET", "8f742231b10e8888abcd99yyyzzz85a5"));

        assertThat(c.telegram().botToken().reveal()).isEqualTo(TELEGRAM_TOKEN);
        assertThat(c.telegram().enabled()).isTrue();
        assertThat(c.slack().enabled()).isTrue();
        assertThat(c.secrets()).hasSize(3);
        assertThat(c.toString())
                .doesNotContain(TELEGRAM_TOKEN)
                .doesNotContain("xoxb-1111")
                .doesNotContain("8f742231b10e")
                .contains("botToken=****");
    }

    @Test
    void slack_needs_a_mode_besides_its_bot_token() throws Exception {
        assertThat(problem("", Map.of("SLACK_BOT_TOKEN", "xoxb-1-2-abc")))
                .isEqualTo("environment: SLACK_BOT_TOKEN is set, but Slack also needs SLACK_APP_TOKEN (Socket Mode) "
                        + "or SLACK_SIGNING_SECRET (HTTP mode)");
    }

    @Test
    void no_credentials_means_no_platform() throws Exception {
        SafqaConfig c = load(file(""), Map.of());

        assertThat(c.anyPlatform()).isFalse();
        assertThat(c.secrets()).isEmpty();
    }
}
