package dev.safqa.slack;

import java.time.Duration;
import java.util.Objects;

/**
 * How Safqa talks to one Slack workspace: built once by the application from its configuration
 * ({@code dev.safqa.config}), whose names are given below.
 *
 * <p>An app-level token ({@code xapp-}) selects Socket Mode, even when a signing secret is also set;
 * otherwise the signing secret selects signed HTTP on {@code POST /slack/events}. Secrets never
 * appear in {@link #toString()} nor in the messages of the exceptions thrown here.
 *
 * @param botToken           {@code SLACK_BOT_TOKEN} ({@code xoxb-})
 * @param appToken           {@code SLACK_APP_TOKEN} ({@code xapp-}), or null for HTTP mode
 * @param signingSecret      {@code SLACK_SIGNING_SECRET}, required in HTTP mode
 * @param apiUrl             {@code SLACK_API_URL}, the Web API base; a missing final "/" is added
 * @param pacing             {@code SLACK_PACING}: pace chat.postMessage to about one a second per channel
 * @param shutdownGrace      {@code SLACK_SHUTDOWN_GRACE}: how long replies in flight may take at close
 */
public record SlackSettings(String botToken, String appToken, String signingSecret, String apiUrl,
                            boolean pacing, Duration shutdownGrace) {
    public static final String DEFAULT_API_URL = "https://slack.com/api/";

    public SlackSettings {
        if (blank(botToken)) {
            throw new IllegalArgumentException("SLACK_BOT_TOKEN is required");
        }
        botToken = botToken.strip();
        appToken = blank(appToken) ? null : appToken.strip();
        signingSecret = blank(signingSecret) ? null : signingSecret.strip();
        if (appToken != null && !appToken.startsWith("xapp-")) {
            throw new IllegalArgumentException("SLACK_APP_TOKEN must be an app-level token (it starts with xapp-)");
        }
        if (appToken == null && signingSecret == null) {
            throw new IllegalArgumentException(
                    "Slack needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)");
        }
        apiUrl = blank(apiUrl) ? DEFAULT_API_URL : apiUrl.strip();
        if (!apiUrl.startsWith("https://") && !apiUrl.startsWith("http://")) {
            throw new IllegalArgumentException("SLACK_API_URL must be an http(s) URL: " + apiUrl);
        }
        if (!apiUrl.endsWith("/")) {
            apiUrl = apiUrl + "/";
        }
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("SLACK_SHUTDOWN_GRACE must not be negative");
        }
    }

    /** True when Slack delivers over a WebSocket that Safqa opens (no public URL needed). */
    public boolean socketMode() {
        return appToken != null;
    }

    @Override
    public String toString() {
        return "SlackSettings[mode=" + (socketMode() ? "socket" : "http") + ", apiUrl=" + apiUrl
                + ", pacing=" + pacing
                + ", shutdownGrace=" + shutdownGrace + ", tokens=****]";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
