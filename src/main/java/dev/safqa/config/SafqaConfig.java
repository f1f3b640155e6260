package dev.safqa.config;

import dev.safqa.text.Language;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Everything Safqa is configured with, built once at start by {@link ConfigLoader} from
 * {@code config/safqa.yaml} and the environment, then passed down. Each key is documented in that
 * file; {@link #defaults()} equals what the file says.
 *
 * @param knowledge the knowledge folder ({@code knowledge}; {@code SAFQA_KNOWLEDGE_DIR})
 * @param data      the folder of the SQLite database ({@code data}; {@code SAFQA_DATA_DIR})
 * @param database  a shared PostgreSQL instead, for several replicas
 */
public record SafqaConfig(Path knowledge, Path data, Database database, Http http, Questions questions, Logging logging,
                          Telegram telegram, Slack slack, Notifications notifications, Reload reload,
                          Learning learning) {
    public SafqaConfig {
        Objects.requireNonNull(knowledge, "knowledge");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(logging, "logging");
        Objects.requireNonNull(telegram, "telegram");
        Objects.requireNonNull(slack, "slack");
        Objects.requireNonNull(notifications, "notifications");
        Objects.requireNonNull(reload, "reload");
        Objects.requireNonNull(learning, "learning");
    }

    /** The built-in defaults: what an empty environment and no config file give. */
    public static SafqaConfig defaults() {
        return ConfigLoader.DEFAULTS;
    }

    /** The same configuration with another knowledge folder ({@code serve --knowledge}). */
    public SafqaConfig withKnowledge(Path folder) {
        return new SafqaConfig(folder, data, database, http, questions, logging, telegram, slack, notifications, reload, learning);
    }

    /** Every secret that is set, for log redaction. */
    public List<Secret> secrets() {
        return Stream.of(telegram.botToken, telegram.webhookSecret, slack.botToken, slack.appToken, slack.signingSecret,
                        database.password, database.passwordInUrl())
                .filter(Objects::nonNull).toList();
    }

    /** True when at least one chat platform has the credentials it needs. */
    public boolean anyPlatform() {
        return telegram.enabled() || slack.enabled();
    }

    /**
     * Where the state is kept: the SQLite file in {@code data} when {@code url} is null (one
     * process), else the PostgreSQL database at {@code url}, which several replicas share.
     *
     * @param url      {@code jdbc:postgresql://host:port/name}, or null
     * @param user     the user, or null: the URL's, or the driver's default
     * @param password {@code SAFQA_DATABASE_PASSWORD}, or null: the URL's, or none
     */
    public record Database(String url, String user, Secret password) {
        public boolean shared() {
            return url != null;
        }

        /** A password given as a URL parameter, so that log redaction masks it too. */
        Secret passwordInUrl() {
            if (url == null) {
                return null;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?&]password=([^&]+)").matcher(url);
            return m.find() ? Secret.ofNullable(m.group(1)) : null;
        }

        /** Never the URL itself: it may carry a password. */
        @Override
        public String toString() {
            return url == null ? "Database[sqlite]" : "Database[postgresql, user=" + user + ", password=" + password + "]";
        }
    }

    /**
     * The one HTTP server (Telegram webhook, Slack HTTP mode, health, metrics).
     *
     * @param shutdownGrace how long requests in progress may take to finish once the platforms are closed
     */
    public record Http(String host, int port, Duration shutdownGrace) {
    }

    /**
     * @param perChatPerMinute questions one chat (Telegram) or user (Slack) may ask per minute
     * @param defaultLanguage  the answer language of a message with no letters in it ("?", "2025")
     */
    public record Questions(int perChatPerMinute, Language defaultLanguage) {
    }

    /** @param level the root log level: OFF, ERROR, WARN, INFO, DEBUG or TRACE */
    public record Logging(String level) {
    }

    /**
     * @param botToken      {@code TELEGRAM_BOT_TOKEN}, or null: Telegram is off
     * @param webhookSecret {@code TELEGRAM_WEBHOOK_SECRET}, or null: generated at start
     * @param webhookUrl    the public URL Telegram posts updates to, or null for long polling
     * @param botUsername   the bot's username without "@", or null: asked with getMe at start
     * @param shutdownGrace how long replies in flight may take to finish when Telegram is closed
     */
    public record Telegram(Secret botToken, Secret webhookSecret, URI apiUrl, URI webhookUrl, String botUsername,
                           boolean pacing, Duration shutdownGrace) {
        public boolean enabled() {
            return botToken != null;
        }

        public boolean webhook() {
            return webhookUrl != null;
        }
    }

    /**
     * Slack runs in Socket Mode when {@code appToken} is set, otherwise in HTTP mode, which needs
     * {@code signingSecret}.
     *
     * @param botToken      {@code SLACK_BOT_TOKEN} ({@code xoxb-}), or null: Slack is off
     * @param appToken      {@code SLACK_APP_TOKEN} ({@code xapp-}), or null
     * @param signingSecret {@code SLACK_SIGNING_SECRET}, or null
     * @param apiUrl        the Web API base, ending in "/"
     * @param shutdownGrace how long replies in flight may take to finish when Slack is closed
     */
    public record Slack(Secret botToken, Secret appToken, Secret signingSecret, URI apiUrl, boolean pacing,
                        Duration shutdownGrace) {
        public boolean enabled() {
            return botToken != null;
        }
    }

    /**
     * Delivery of knowledge updates to subscribed chats.
     *
     * @param pollInterval how often pending deliveries are looked for
     * @param maxAttempts  tries per delivery before it is given up
     */
    public record Notifications(Duration pollInterval, int maxAttempts) {
    }

    /** @param watch reload the knowledge folder when its files change */
    public record Reload(boolean watch) {
    }

    /**
     * The review loop: questions Safqa declined, had to clarify, or got a 👎 for, kept for an editor
     * ({@code safqa review}). Off by default.
     *
     * @param keepQuestions keep them (the question text, the hashed chat id, language, reason, nearest facts)
     * @param retention     how long a kept question stays before it is forgotten
     */
    public record Learning(boolean keepQuestions, Duration retention) {
        public Learning {
            Objects.requireNonNull(retention, "retention");
        }
    }
}
