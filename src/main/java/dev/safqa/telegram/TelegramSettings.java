package dev.safqa.telegram;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Everything the Telegram adapter is configured with, built once from the configuration
 * ({@code dev.safqa.config}, which reads the file and the environment) and passed down.
 *
 * <p>{@link #toString()} hides the token and the webhook secret: this value may be logged.
 *
 * @param token         the bot token from BotFather ({@code TELEGRAM_BOT_TOKEN})
 * @param apiUrl        the Bot API base, {@code scheme://host[:port]} with no path
 *                      ({@code TELEGRAM_API_URL}; default {@code https://api.telegram.org})
 * @param webhookUrl    the public URL Telegram posts updates to; null for long polling
 *                      ({@code TELEGRAM_WEBHOOK_URL})
 * @param webhookSecret the {@code X-Telegram-Bot-Api-Secret-Token} Telegram must send
 *                      ({@code TELEGRAM_WEBHOOK_SECRET}; generated when null)
 * @param pacing        whether outbound messages are paced to Telegram's limits (on; a benchmark
 *                      against a fake server turns it off)
 * @param botUsername   the bot's username without "@", if known; otherwise asked with getMe at start
 *                      ({@code TELEGRAM_BOT_USERNAME})
 */
public record TelegramSettings(String token, URI apiUrl, URI webhookUrl, String webhookSecret, boolean pacing,
                               String botUsername) {
    public static final URI DEFAULT_API_URL = URI.create("https://api.telegram.org");

    /** The token goes into a URL path segment: BotFather's form, nothing that could escape the segment. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9:_-]{1,200}");
    /** Telegram's own rule for secret_token: 1-256 characters, A-Z, a-z, 0-9, _ and -. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_]{3,64}");

    public TelegramSettings {
        if (token == null || !TOKEN.matcher(token).matches()) {
            // never echo the value: it is a credential
            throw new IllegalArgumentException("TELEGRAM_BOT_TOKEN is missing or malformed (expected 123456:ABC-... from BotFather)");
        }
        apiUrl = apiUrl == null ? DEFAULT_API_URL : checkApiUrl(apiUrl);
        if (webhookUrl != null && !(webhookUrl.isAbsolute() && isHttp(webhookUrl) && webhookUrl.getHost() != null)) {
            throw new IllegalArgumentException("TELEGRAM_WEBHOOK_URL must be an absolute http(s) URL (Telegram itself only calls https), got " + webhookUrl);
        }
        if (webhookSecret == null || webhookSecret.isEmpty()) {
            webhookSecret = generateSecret();
        } else if (!SECRET.matcher(webhookSecret).matches()) {
            throw new IllegalArgumentException(
                    "TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule)");
        }
        if (botUsername != null) {
            botUsername = botUsername.strip();
            botUsername = botUsername.startsWith("@") ? botUsername.substring(1) : botUsername;
            if (botUsername.isEmpty()) {
                botUsername = null;
            } else if (!USERNAME.matcher(botUsername).matches()) {
                throw new IllegalArgumentException("TELEGRAM_BOT_USERNAME is not a Telegram username: " + botUsername);
            }
        }
    }

    /** Long polling against the real Bot API, default limits, pacing on. */
    public static TelegramSettings polling(String token) {
        return new TelegramSettings(token, null, null, null, true, null);
    }

    public boolean webhook() {
        return webhookUrl != null;
    }

    public TelegramSettings withPacing(boolean on) {
        return new TelegramSettings(token, apiUrl, webhookUrl, webhookSecret, on, botUsername);
    }

    public TelegramSettings withWebhook(URI url, String secret) {
        return new TelegramSettings(token, apiUrl, url, secret, pacing, botUsername);
    }

    /** The API base as telegrambots wants it: scheme, host and port only. */
    TelegramUrl telegramUrl() {
        String scheme = apiUrl.getScheme().toLowerCase(Locale.ROOT);
        int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : scheme.equals("https") ? 443 : 80;
        return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
    }

    @Override
    public String toString() {
        return "TelegramSettings[apiUrl=" + apiUrl + ", mode=" + (webhook() ? "webhook " + webhookUrl : "long polling")
                + ", pacing=" + pacing
                + ", botUsername=" + botUsername + ", token=***, webhookSecret=***]";
    }

    /**
     * telegrambots 10.2 (as 9.6) builds every request as {@code scheme://host:port/bot<token>/<method>}:
     * {@link TelegramUrl} has no path, so a base such as {@code https://proxy.example/telegram} would be
     * silently cut to its host. Refuse it instead of calling the wrong server.
     */
    private static URI checkApiUrl(URI url) {
        if (!url.isAbsolute() || !isHttp(url) || url.getHost() == null) {
            throw new IllegalArgumentException("TELEGRAM_API_URL must look like https://host[:port], got " + url);
        }
        String path = url.getRawPath();
        if ((path != null && !path.isEmpty() && !path.equals("/")) || url.getRawQuery() != null
                || url.getRawFragment() != null || url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("TELEGRAM_API_URL must be scheme://host[:port] with no path, query or "
                    + "user info (telegrambots cannot send requests under a path prefix), got " + url);
        }
        return url;
    }

    private static boolean isHttp(URI url) {
        String s = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return s.equals("http") || s.equals("https");
    }

    private static String generateSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
