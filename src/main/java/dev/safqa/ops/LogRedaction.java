package dev.safqa.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Context;
import dev.safqa.config.SafqaConfig;
import dev.safqa.config.Secret;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one redactor: credentials never reach a log line.
 *
 * <ul>
 *   <li>An adapter keeps its own secrets out of what it writes: {@link #of} gives it an instance
 *   whose {@link #mask}, {@link #describe} and {@link #scrub} are used for every failure it logs or
 *   reports (telegrambots puts the token in every request path; a proxy's error page may echo it),
 *   so the throwable itself is never handed to the logger.</li>
 *   <li>Defense in depth: whatever slips through anyway is masked in every message and stack trace
 *   the console prints: anything shaped like a Telegram bot token or a Slack token, and the exact
 *   secrets Safqa was configured with. Logback's converters {@code %rmsg} and {@code %rex} (see
 *   {@code logback.xml}) call {@link #redact(String, Collection)}; the configured secrets are kept on
 *   the {@link LoggerContext}, which owns them, not in a static.</li>
 * </ul>
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

    /** An instance's secrets, longest first; token shapes are masked too. */
    private final List<String> own;

    private LogRedaction(List<String> own) {
        this.own = own;
    }

    /**
     * A redactor for one component's secrets (a bot token, a webhook secret; nulls and secrets
     * shorter than {@link #MIN_SECRET_LENGTH} are skipped). A secret of the form {@code id:secret}, as
     * a Telegram bot token, has its part after the colon masked on its own too, since a parser's
     * message may quote the token only from the colon.
     */
    public static LogRedaction of(String... secrets) {
        List<String> all = new ArrayList<>();
        for (String s : secrets) {
            if (s == null) {
                continue;
            }
            all.add(s);
            int colon = s.indexOf(':');
            if (colon >= 0) {
                all.add(s.substring(colon + 1));
            }
        }
        return new LogRedaction(longestFirst(all.stream()));
    }

    /** {@code text} with this redactor's secrets and token-shaped strings masked. */
    public String mask(String text) {
        return redact(text, own);
    }

    /** "SocketTimeoutException: timeout <- TelegramApiException: Unable to execute ..." with no secrets. */
    public String describe(Throwable t) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (Throwable c = t; c != null && depth < 5; c = c.getCause(), depth++) {
            if (depth > 0) {
                out.append(" <- ");
            }
            out.append(c.getClass().getSimpleName());
            if (c.getMessage() != null) {
                out.append(": ").append(c.getMessage());
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return mask(out.toString());
    }

    /** The same failure for a log line with a stack trace: the frames are kept, the messages masked. */
    public Throwable scrub(Throwable t) {
        Throwable out = new Redacted(describe(t));
        out.setStackTrace(t.getStackTrace());
        return out;
    }

    /** A throwable whose message went through a redactor (its causes are folded into the message). */
    public static final class Redacted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Redacted(String message) {
            super(message, null, false, true);
        }
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
        context.putObject(SECRETS_KEY, longestFirst(secrets.stream().map(Secret::reveal)));
    }

    /** Long enough to mask, longest first: a secret that contains another is masked whole. */
    private static List<String> longestFirst(Stream<String> secrets) {
        return secrets.filter(s -> s != null && s.length() >= MIN_SECRET_LENGTH).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    @SuppressWarnings("unchecked")
    static List<String> secrets(Context context) {
        Object o = context == null ? null : context.getObject(SECRETS_KEY);
        return o instanceof List<?> list ? (List<String>) list : List.of();
    }
}
