package dev.safqa.telegram;

import java.util.List;

/**
 * Keeps the bot token and the webhook secret out of log lines. telegrambots puts the token in every
 * request path ({@code /bot<token>/sendmessage}); OkHttp's own messages redact paths, but a proxy's
 * error page or a future library message might not, so everything the adapter logs about a failure
 * goes through {@link #describe} and the throwable itself is never handed to the logger.
 */
final class Redactor {
    private static final String MASK = "***";
    private final List<String> secrets;

    /**
     * @param token  the bot token; its secret half (after the ":") is hidden on its own too, since a
     *               parser's message may quote the token only up to the colon or from it
     * @param others other secrets (the webhook secret)
     */
    Redactor(String token, String... others) {
        List<String> all = new java.util.ArrayList<>();
        all.add(token);
        int colon = token == null ? -1 : token.indexOf(':');
        if (colon >= 0) {
            all.add(token.substring(colon + 1));
        }
        all.addAll(java.util.Arrays.asList(others));
        // longest first, so the whole token is masked before its half would be
        this.secrets = all.stream().filter(s -> s != null && s.length() >= 8)
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String s : secrets) {
            out = out.replace(s, MASK);
        }
        return out;
    }

    /** "SocketTimeoutException: timeout <- TelegramApiException: Unable to execute ..." with no secrets. */
    String describe(Throwable t) {
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
        return redact(out.toString());
    }

    /** The same failure for a log line with a stack trace: the frames are kept, the messages redacted. */
    Throwable scrub(Throwable t) {
        Throwable out = new Redacted(describe(t));
        out.setStackTrace(t.getStackTrace());
        return out;
    }

    /** A throwable whose message went through the redactor (its causes are folded into the message). */
    static final class Redacted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Redacted(String message) {
            super(message, null, false, true);
        }
    }
}
