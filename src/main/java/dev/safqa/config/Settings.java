package dev.safqa.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The table of every setting. {@code config/safqa.yaml} documents each one, with the same default;
 * a test keeps the two in step.
 */
final class Settings {
    private Settings() {
    }

    static final Setting<Path> KNOWLEDGE =
            new Setting<>("knowledge", "SAFQA_KNOWLEDGE_DIR", "knowledge", ValueType.path());
    static final Setting<Path> DATA =
            new Setting<>("data", "SAFQA_DATA_DIR", "data", ValueType.path());

    static final Setting<String> DATABASE_URL = new Setting<>("database.url", "SAFQA_DATABASE_URL", "",
            ValueType.databaseUrl());
    static final Setting<String> DATABASE_USER = new Setting<>("database.user", "SAFQA_DATABASE_USER", "",
            ValueType.text(Pattern.compile("[A-Za-z0-9_.@-]{1,63}"), "a PostgreSQL user name", true));

    static final Setting<String> HTTP_HOST = new Setting<>("http.host", "SAFQA_HTTP_HOST", "0.0.0.0",
            ValueType.text(Pattern.compile("[A-Za-z0-9.:_-]+|\\[[0-9A-Fa-f:.]+]"), "a host name or an IP address", false));
    static final Setting<Integer> HTTP_PORT =
            new Setting<>("http.port", "SAFQA_HTTP_PORT", "8080", ValueType.integer(0, 65535));
    static final Setting<Duration> HTTP_SHUTDOWN_GRACE = new Setting<>("http.shutdown-grace",
            "SAFQA_HTTP_SHUTDOWN_GRACE", "2s", ValueType.duration(Duration.ZERO, Duration.ofMinutes(1)));

    static final Setting<Integer> QUESTIONS_PER_MINUTE = new Setting<>("questions.per-chat-per-minute",
            "SAFQA_QUESTIONS_PER_MINUTE", "20", ValueType.integer(1, 1000));
    static final Setting<String> DEFAULT_LANGUAGE = new Setting<>("questions.default-language",
            "SAFQA_DEFAULT_LANGUAGE", "en", ValueType.oneOf(List.of("en", "ar")));

    static final Setting<String> LOG_LEVEL = new Setting<>("logging.level", "SAFQA_LOG_LEVEL", "INFO",
            ValueType.oneOf(List.of("OFF", "ERROR", "WARN", "INFO", "DEBUG", "TRACE")));

    static final Setting<URI> TELEGRAM_API_URL = new Setting<>("telegram.api-url", "TELEGRAM_API_URL",
            "https://api.telegram.org", ValueType.url(false));
    static final Setting<URI> TELEGRAM_WEBHOOK_URL = new Setting<>("telegram.webhook-url",
            "TELEGRAM_WEBHOOK_URL", "", ValueType.httpsUrl(true));
    static final Setting<String> TELEGRAM_BOT_USERNAME = new Setting<>("telegram.bot-username",
            "TELEGRAM_BOT_USERNAME", "",
            ValueType.text(Pattern.compile("@?[A-Za-z0-9_]{3,64}"), "a Telegram username (letters, digits and _)", true));
    static final Setting<Boolean> TELEGRAM_PACING =
            new Setting<>("telegram.pacing", "TELEGRAM_PACING", "true", ValueType.bool());
    static final Setting<Duration> TELEGRAM_SHUTDOWN_GRACE = new Setting<>("telegram.shutdown-grace",
            "TELEGRAM_SHUTDOWN_GRACE", "5s", ValueType.duration(Duration.ZERO, Duration.ofMinutes(1)));

    static final Setting<URI> SLACK_API_URL = new Setting<>("slack.api-url", "SLACK_API_URL",
            "https://slack.com/api/", ValueType.url(false));
    static final Setting<Boolean> SLACK_PACING =
            new Setting<>("slack.pacing", "SLACK_PACING", "true", ValueType.bool());
    static final Setting<Duration> SLACK_SHUTDOWN_GRACE = new Setting<>("slack.shutdown-grace",
            "SLACK_SHUTDOWN_GRACE", "5s", ValueType.duration(Duration.ZERO, Duration.ofMinutes(1)));

    static final Setting<Duration> NOTIFY_POLL_INTERVAL = new Setting<>("notifications.poll-interval",
            "SAFQA_NOTIFY_POLL_INTERVAL", "30s", ValueType.duration(Duration.ofSeconds(1), Duration.ofHours(1)));
    static final Setting<Integer> NOTIFY_MAX_ATTEMPTS = new Setting<>("notifications.max-attempts",
            "SAFQA_NOTIFY_MAX_ATTEMPTS", "5", ValueType.integer(1, 100));

    static final Setting<Boolean> RELOAD_WATCH =
            new Setting<>("reload.watch", "SAFQA_RELOAD_WATCH", "true", ValueType.bool());

    static final Setting<Boolean> LEARNING_KEEP_QUESTIONS = new Setting<>("learning.keep-questions",
            "SAFQA_LEARNING_KEEP_QUESTIONS", "false", ValueType.bool());
    static final Setting<Duration> LEARNING_RETENTION = new Setting<>("learning.retention",
            "SAFQA_LEARNING_RETENTION", "720h", ValueType.duration(Duration.ofHours(1), Duration.ofHours(24 * 365)));

    /** In the order of the file. */
    static final List<Setting<?>> ALL = List.of(KNOWLEDGE, DATA, DATABASE_URL, DATABASE_USER, HTTP_HOST, HTTP_PORT, HTTP_SHUTDOWN_GRACE,
            QUESTIONS_PER_MINUTE, DEFAULT_LANGUAGE, LOG_LEVEL, TELEGRAM_API_URL, TELEGRAM_WEBHOOK_URL,
            TELEGRAM_BOT_USERNAME, TELEGRAM_PACING, TELEGRAM_SHUTDOWN_GRACE, SLACK_API_URL, SLACK_PACING,
            SLACK_SHUTDOWN_GRACE, NOTIFY_POLL_INTERVAL, NOTIFY_MAX_ATTEMPTS, RELOAD_WATCH,
            LEARNING_KEEP_QUESTIONS, LEARNING_RETENTION);

    static final String TELEGRAM_BOT_TOKEN = "TELEGRAM_BOT_TOKEN";
    static final String TELEGRAM_WEBHOOK_SECRET = "TELEGRAM_WEBHOOK_SECRET";
    static final String SLACK_BOT_TOKEN = "SLACK_BOT_TOKEN";
    static final String SLACK_APP_TOKEN = "SLACK_APP_TOKEN";
    static final String SLACK_SIGNING_SECRET = "SLACK_SIGNING_SECRET";
    static final String DATABASE_PASSWORD = "SAFQA_DATABASE_PASSWORD";

    /** The secrets, read only from the environment; a file key that looks like one names its variable. */
    static final List<String> SECRETS = List.of(TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_SECRET, SLACK_BOT_TOKEN,
            SLACK_APP_TOKEN, SLACK_SIGNING_SECRET, DATABASE_PASSWORD);

    /** File keys someone might use for a secret (normalized: lower case, "-" for "_"), and the variable to set instead. */
    static final Map<String, String> SECRET_KEYS = secretKeys();

    private static Map<String, String> secretKeys() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("telegram.bot-token", TELEGRAM_BOT_TOKEN);
        m.put("telegram.token", TELEGRAM_BOT_TOKEN);
        m.put("telegram.webhook-secret", TELEGRAM_WEBHOOK_SECRET);
        m.put("telegram.secret-token", TELEGRAM_WEBHOOK_SECRET);
        m.put("slack.bot-token", SLACK_BOT_TOKEN);
        m.put("slack.token", SLACK_BOT_TOKEN);
        m.put("slack.app-token", SLACK_APP_TOKEN);
        m.put("slack.signing-secret", SLACK_SIGNING_SECRET);
        m.put("database.password", DATABASE_PASSWORD);
        return Map.copyOf(m);
    }

    /** A key whose name says it holds a credential, wherever it is. */
    static boolean looksSecret(String name) {
        String n = normalize(name);
        return n.contains("token") || n.contains("secret") || n.contains("password");
    }

    static String normalize(String key) {
        return key.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
