package dev.safqa.telegram;

import dev.safqa.ops.LogRedaction;
import dev.safqa.platform.PlatformStartException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Turns a failed start-up call into one sentence for the person running Safqa: what failed, the
 * likely cause and what to do. A refused token or webhook URL is theirs to fix (exit 2); a network
 * fault, or an address that does not answer as the Bot API does, is "unreachable" (exit 3).
 */
final class StartFailures {
    /** telegrambots' poller reports an HTTP error as "401: ..." in its toString, with no getter. */
    private static final Pattern POLLER_CODE = Pattern.compile("^(\\d{3}): ");

    private StartFailures() {
    }

    static PlatformStartException of(String method, Throwable failure, URI apiUrl, URI webhookUrl, LogRedaction redactor) {
        Throwable cause = unwrap(failure);
        IOException io = find(cause, IOException.class);
        TelegramApiRequestException api = find(cause, TelegramApiRequestException.class);
        int code = api != null && api.getErrorCode() != null ? api.getErrorCode() : pollerCode(cause);
        String said = api != null && api.getApiResponse() != null ? api.getApiResponse() : "";
        String message;
        boolean unreachable;
        if (code == 401 || code == 404 && method.equalsIgnoreCase("getMe")) {
            message = "Telegram refused the bot token (" + code + (code == 401 ? " Unauthorized" : " Not Found")
                    + " on " + method + "): check TELEGRAM_BOT_TOKEN, as @BotFather gave it";
            unreachable = false;
        } else if (method.equalsIgnoreCase("setWebhook") && code == 400) {
            message = "Telegram refused the webhook URL " + webhookUrl + " (" + said + "): TELEGRAM_WEBHOOK_URL must be a"
                    + " public https:// URL that reaches POST /telegram on this server";
            unreachable = false;
        } else if (said.startsWith(BotApiAnswers.NOT_BOT_API)) {
            message = apiUrl + " does not answer as a Telegram Bot API server (" + method + " got " + said.substring(
                    BotApiAnswers.NOT_BOT_API.length()).strip().replaceAll("^\\(|\\)$", "") + "): is TELEGRAM_API_URL right?";
            unreachable = true;
        } else if (io != null) {
            message = "Cannot reach Telegram at " + apiUrl + " (" + network(io == null ? cause : io) + "): is TELEGRAM_API_URL"
                    + " right, and can this machine reach it?";
            unreachable = true;
        } else if (code == 0) {
            message = "Telegram's " + method + " failed at start (" + redactor.describe(cause) + "): is TELEGRAM_API_URL"
                    + " a Bot API server? Run with --verbose for the details";
            unreachable = true;
        } else {
            message = "Telegram answered " + method + " with error " + code + (said.isEmpty() ? "" : " (" + said + ")")
                    + (code == 429 || code >= 500 ? ": Telegram is busy or down; start again later"
                    : ": check TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL");
            unreachable = code == 429 || code >= 500;
        }
        return new PlatformStartException(redactor.mask(message), unreachable, redactor.scrub(failure));
    }

    /** "connection refused", "unknown host api.example", "timed out": the network's words, briefly. */
    private static String network(Throwable t) {
        if (t instanceof ConnectException) {
            return "connection refused";
        }
        if (t instanceof UnknownHostException) {
            return "unknown host " + t.getMessage();
        }
        if (t instanceof SocketTimeoutException || t instanceof java.io.InterruptedIOException) {
            return "no answer in time";
        }
        if (t instanceof SSLException) {
            return "TLS failed: " + t.getMessage();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private static int pollerCode(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            Matcher m = POLLER_CODE.matcher(c.toString());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return 0;
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof ExecutionException && t.getCause() != null ? t.getCause() : t;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        int depth = 0;
        for (Throwable c = t; c != null && depth < 10; c = c.getCause(), depth++) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
