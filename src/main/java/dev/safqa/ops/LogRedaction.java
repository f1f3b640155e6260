package dev.safqa.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Context;
import dev.safqa.config.SafqaConfig;
import dev.safqa.config.Secret;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Defense in depth for credentials in logs. The adapters already keep tokens out of what they log;
 * this masks whatever slips through anyway (a library's exception message with a request URL in it,
 * a proxy's error page) in every message and stack trace the console prints: anything shaped like a
 * Telegram bot token or a Slack token, and the exact secrets Safqa was configured with.
 *
 * <p>Logback's converters {@code %rmsg} and {@code %rex} (see {@code logback.xml}) call this; the
 * configured secrets are kept on the {@link LoggerContext}, which owns them, not in a static.
 */
public final class LogRedaction {
    public static final String MASK = "****";

    /** The LoggerContext object holding the configured secrets ({@code List<String>}). */
    static final String SECRETS_KEY = "dev.safqa.ops.secrets";

    /** A secret shorter than this is not masked literally: it would mask ordinary words too. */
    static final int MIN_SECRET_LENGTH = 6;

    /**
     * Telegram: {@code 123456789:AAH...} (BotFather's form; no word boundary before the digits, as
     * they follow "bot" in request paths). Slack: bot, user and other {@code xox?-} tokens and
     * app-level {@code xapp-} tokens.
     */
    private static final Pattern TOKEN = Pattern.compile("\\d+:[A-Za-z0-9_-]{30,}|xox[a-z]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+");

    private LogRedaction() {
    }

    /** {@code text} with token-shaped strings masked. */
    public static String redact(String text) {
        return redact(text, List.of());
    }

    /** {@code text} with {@code secrets} and token-shaped strings masked. */
    public static String redact(String text, Collection<String> secrets) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String s : secrets) {
            out = out.replace(s, MASK);
        }
        return TOKEN.matcher(out).replaceAll(MASK);
    }

    /**
     * Applies the configuration to Logback: the root level, and the secrets to mask. Does nothing
     * if Logback is not the SLF4J binding.
     */
    public static void configure(SafqaConfig config) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.toLevel(config.logging().level(), Level.INFO));
            install(context, config.secrets());
        }
    }

    /** Registers the secrets the converters of {@code context} mask. */
    public static void install(LoggerContext context, Collection<Secret> secrets) {
        context.putObject(SECRETS_KEY, secrets.stream().map(Secret::reveal)
                .filter(s -> s.length() >= MIN_SECRET_LENGTH)
                // longest first: a secret that contains another is masked whole
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList());
    }

    @SuppressWarnings("unchecked")
    static List<String> secrets(Context context) {
        Object o = context == null ? null : context.getObject(SECRETS_KEY);
        return o instanceof List<?> list ? (List<String>) list : List.of();
    }
}
