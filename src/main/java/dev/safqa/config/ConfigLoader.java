package dev.safqa.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.safqa.text.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the {@link SafqaConfig}: built-in defaults, then the config file, then the environment, each
 * overriding the one before. Every problem is collected before failing, so one start shows them all:
 * unknown keys (with the keys allowed there), wrong types, values out of range, secrets written in
 * the file, unknown {@code SAFQA_*} variables and bad variable values.
 *
 * <p>The file is read into a plain tree and checked here rather than bound to the records by
 * Jackson, which would stop at the first problem and word it for a Java programmer.
 */
public final class ConfigLoader {
    /** Read when {@code --config} is not given and the file exists. */
    public static final Path DEFAULT_FILE = Path.of("config", "safqa.yaml");

    static final SafqaConfig DEFAULTS = defaultsOrFail();

    private static final String ENV_PREFIX = "SAFQA_";

    private final Map<String, String> env;

    /** @param env the environment ({@code System.getenv()}; a plain map in tests) */
    public ConfigLoader(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /**
     * The configuration from {@code file} and the environment.
     *
     * @param file the file {@code --config} named, or null for {@link #DEFAULT_FILE} if it exists,
     *             else the built-in defaults
     */
    public SafqaConfig load(Path file) throws ConfigException {
        List<ConfigProblem> problems = new ArrayList<>();
        Map<Setting<?>, Object> values = defaultValues();
        if (file != null || Files.isRegularFile(DEFAULT_FILE)) {
            readFile(file == null ? DEFAULT_FILE : file, values, problems);
        }
        readEnvironment(values, problems);
        Secrets secrets = readSecrets(problems);
        if (secrets.databasePassword() != null && get(values, Settings.DATABASE_URL) == null) {
            problems.add(new ConfigProblem("environment", "", Settings.DATABASE_PASSWORD + " is set, but not database.url ("
                    + Settings.DATABASE_URL.env() + "): the password is for PostgreSQL, and without a URL Safqa uses SQLite"));
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return build(values, secrets);
    }

    private static Map<Setting<?>, Object> defaultValues() {
        Map<Setting<?>, Object> values = new HashMap<>();
        for (Setting<?> s : Settings.ALL) {
            try {
                values.put(s, s.type().fromText(s.defaultValue()));
            } catch (ValueType.Invalid e) {
                throw new IllegalStateException("built-in default of " + s.key() + ": " + e.getMessage(), e);
            }
        }
        return values;
    }

    private static SafqaConfig defaultsOrFail() {
        return build(defaultValues(), new Secrets(null, null, null, null, null, null));
    }

    // --- the file ---

    private static void readFile(Path file, Map<Setting<?>, Object> values, List<ConfigProblem> problems) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            problems.add(new ConfigProblem(source, "", "no such file (--config needs an existing file; without it "
                    + DEFAULT_FILE + " is read if present, else the built-in defaults)"));
            return;
        }
        JsonNode root;
        try {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            yaml.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            root = yaml.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            problems.add(new ConfigProblem(source, "", "not valid YAML"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + ": "
                    + firstLine(e.getOriginalMessage())));
            return;
        } catch (IOException e) {
            problems.add(new ConfigProblem(source, "", "cannot be read: " + e.getMessage()));
            return;
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return; // an empty file (or only comments): the defaults
        }
        if (!root.isObject()) {
            problems.add(new ConfigProblem(source, "", "must be a mapping of settings (key: value), not "
                    + ValueType.describe(root)));
            return;
        }
        readSection(source, "", root, values, problems);
    }

    private static void readSection(String source, String section, JsonNode node, Map<Setting<?>, Object> values,
                                    List<ConfigProblem> problems) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = section.isEmpty() ? e.getKey() : section + "." + e.getKey();
            Setting<?> setting = setting(key);
            if (setting == Settings.DATABASE_URL && e.getValue().isTextual() && e.getValue().asText().contains("password=")) {
                problems.add(new ConfigProblem(source, key, "secrets are not read from the config file; take the password "
                        + "out of the URL and set it in the environment as " + Settings.DATABASE_PASSWORD
                        + " (or set the whole URL as " + Settings.DATABASE_URL.env() + ")"));
            } else if (setting != null) {
                try {
                    values.put(setting, setting.type().fromNode(e.getValue()));
                } catch (ValueType.Invalid invalid) {
                    problems.add(new ConfigProblem(source, key, invalid.getMessage()));
                }
            } else if (isSection(key)) {
                if (e.getValue().isObject()) {
                    readSection(source, key, e.getValue(), values, problems);
                } else if (!e.getValue().isNull()) { // "slack:" with nothing under it keeps the defaults
                    problems.add(new ConfigProblem(source, key, "wrong type: expected a mapping of "
                            + String.join(", ", children(key)) + ", got " + ValueType.describe(e.getValue())));
                }
            } else if (secretVariable(key) != null) {
                // never echo the value: it is a credential, and now it is in a file
                problems.add(new ConfigProblem(source, key, "secrets are not read from the config file; delete this key "
                        + "and set it in the environment as " + secretVariable(key)));
            } else {
                problems.add(new ConfigProblem(source, key, "unknown key" + suggestion(key) + "; allowed "
                        + (section.isEmpty() ? "at the top level" : "under " + section) + ": "
                        + String.join(", ", children(section))));
            }
        }
    }

    private static Setting<?> setting(String key) {
        return Settings.ALL.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }

    private static boolean isSection(String key) {
        return Settings.ALL.stream().anyMatch(s -> s.section().equals(key));
    }

    /** The keys and sections directly under {@code section}, in the order of the file. */
    private static Set<String> children(String section) {
        Set<String> out = new LinkedHashSet<>();
        for (Setting<?> s : Settings.ALL) {
            String rest = section.isEmpty() ? s.key() : s.key().startsWith(section + ".") ? s.key().substring(section.length() + 1) : null;
            if (rest != null) {
                out.add(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
            }
        }
        return out;
    }

    /** The variable a secret-looking key should be, or null if the key does not look like a secret. */
    private static String secretVariable(String key) {
        String known = Settings.SECRET_KEYS.get(Settings.normalize(key));
        if (known != null) {
            return known;
        }
        return Settings.looksSecret(key.substring(key.lastIndexOf('.') + 1))
                ? "the matching variable (" + String.join(", ", Settings.SECRETS) + ")" : null;
    }

    /** " (did you mean webhook-url?)" for webhook_url or Webhook-URL. */
    private static String suggestion(String key) {
        String normalized = Settings.normalize(key);
        for (Setting<?> s : Settings.ALL) {
            if (s.key().equals(normalized) || s.section().equals(normalized)) {
                String name = normalized.substring(normalized.lastIndexOf('.') + 1);
                return " (did you mean " + name + "?)";
            }
        }
        return "";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    // --- the environment ---

    private void readEnvironment(Map<Setting<?>, Object> values, List<ConfigProblem> problems) {
        for (Setting<?> s : Settings.ALL) {
            String text = env.get(s.env());
            if (text == null || text.isBlank()) {
                continue; // an empty variable counts as unset
            }
            try {
                values.put(s, s.type().fromText(text));
            } catch (ValueType.Invalid invalid) {
                problems.add(new ConfigProblem("environment variable " + s.env(), s.key(), invalid.getMessage()));
            }
        }
        Set<String> known = new TreeSet<>();
        Settings.ALL.forEach(s -> known.add(s.env()));
        known.add(Settings.DATABASE_PASSWORD);
        for (String name : new TreeSet<>(env.keySet())) {
            if (name.startsWith(ENV_PREFIX) && !known.contains(name)) {
                problems.add(new ConfigProblem("environment variable " + name, "", "unknown variable; Safqa reads "
                        + String.join(", ", known.stream().filter(n -> n.startsWith(ENV_PREFIX)).toList())));
            }
        }
    }

    private record Secrets(Secret telegramBotToken, Secret telegramWebhookSecret, Secret slackBotToken,
                           Secret slackAppToken, Secret slackSigningSecret, Secret databasePassword) {
    }

    private Secrets readSecrets(List<ConfigProblem> problems) {
        Secrets s = new Secrets(secret(Settings.TELEGRAM_BOT_TOKEN), secret(Settings.TELEGRAM_WEBHOOK_SECRET),
                secret(Settings.SLACK_BOT_TOKEN), secret(Settings.SLACK_APP_TOKEN), secret(Settings.SLACK_SIGNING_SECRET),
                secret(Settings.DATABASE_PASSWORD));
        String source = "environment";
        if (s.slackBotToken() != null && s.slackAppToken() == null && s.slackSigningSecret() == null) {
            problems.add(new ConfigProblem(source, "", Settings.SLACK_BOT_TOKEN + " is set, but Slack also needs "
                    + Settings.SLACK_APP_TOKEN + " (Socket Mode) or " + Settings.SLACK_SIGNING_SECRET + " (HTTP mode)"));
        }
        if (s.slackBotToken() == null && (s.slackAppToken() != null || s.slackSigningSecret() != null)) {
            problems.add(new ConfigProblem(source, "", (s.slackAppToken() != null ? Settings.SLACK_APP_TOKEN
                    : Settings.SLACK_SIGNING_SECRET) + " is set, but " + Settings.SLACK_BOT_TOKEN + " is not"));
        }
        if (s.telegramBotToken() == null && s.telegramWebhookSecret() != null) {
            problems.add(new ConfigProblem(source, "", Settings.TELEGRAM_WEBHOOK_SECRET + " is set, but "
                    + Settings.TELEGRAM_BOT_TOKEN + " is not"));
        }
        return s;
    }

    private Secret secret(String name) {
        return Secret.ofNullable(env.get(name));
    }

    // --- the record ---

    @SuppressWarnings("unchecked")
    private static <T> T get(Map<Setting<?>, Object> values, Setting<T> s) {
        return (T) values.get(s);
    }

    private static SafqaConfig build(Map<Setting<?>, Object> v, Secrets s) {
        String username = get(v, Settings.TELEGRAM_BOT_USERNAME);
        return new SafqaConfig(
                get(v, Settings.KNOWLEDGE),
                get(v, Settings.DATA),
                new SafqaConfig.Database(get(v, Settings.DATABASE_URL), get(v, Settings.DATABASE_USER), s.databasePassword()),
                new SafqaConfig.Http(get(v, Settings.HTTP_HOST), get(v, Settings.HTTP_PORT),
                        get(v, Settings.HTTP_SHUTDOWN_GRACE)),
                new SafqaConfig.Questions(get(v, Settings.QUESTIONS_PER_MINUTE),
                        Language.fromCode(get(v, Settings.DEFAULT_LANGUAGE)).orElseThrow()),
                new SafqaConfig.Logging(get(v, Settings.LOG_LEVEL)),
                new SafqaConfig.Telegram(s.telegramBotToken(), s.telegramWebhookSecret(),
                        get(v, Settings.TELEGRAM_API_URL), get(v, Settings.TELEGRAM_WEBHOOK_URL),
                        username == null ? null : username.startsWith("@") ? username.substring(1) : username,
                        get(v, Settings.TELEGRAM_PACING), get(v, Settings.TELEGRAM_SHUTDOWN_GRACE)),
                new SafqaConfig.Slack(s.slackBotToken(), s.slackAppToken(), s.slackSigningSecret(),
                        get(v, Settings.SLACK_API_URL), get(v, Settings.SLACK_PACING), get(v, Settings.SLACK_SHUTDOWN_GRACE)),
                new SafqaConfig.Notifications(get(v, Settings.NOTIFY_POLL_INTERVAL), get(v, Settings.NOTIFY_MAX_ATTEMPTS)),
                new SafqaConfig.Reload(get(v, Settings.RELOAD_WATCH)),
                new SafqaConfig.Learning(get(v, Settings.LEARNING_KEEP_QUESTIONS), get(v, Settings.LEARNING_RETENTION)));
    }
}
