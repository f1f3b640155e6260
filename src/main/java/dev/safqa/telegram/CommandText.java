package dev.safqa.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message read as a bot command: {@code /source@safqa_bot 3} is {@code ("source", "safqa_bot", "3")}.
 * Text that starts with "/" but is no valid command ({@code /مساعدة}) has an empty name: unknown.
 */
record Command(String name, String bot, String argument) {
    static final Set<String> KNOWN = Set.of("start", "help", "ask", "facts", "source", "lang", "subscribe", "unsubscribe");

    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,64})(?:@([A-Za-z0-9_]{1,64}))?(?:\\s+([\\s\\S]*))?$");

    static Optional<Command> parse(String text) {
        if (text == null || !text.startsWith("/")) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher m = COMMAND.matcher(t);
        if (!m.matches()) {
            return Optional.of(new Command("", null, t.substring(1).strip()));
        }
        String arg = m.group(3) == null ? "" : m.group(3).strip();
        return Optional.of(new Command(m.group(1).toLowerCase(Locale.ROOT), m.group(2), arg));
    }

    boolean known() {
        return KNOWN.contains(name);
    }

    /** Whether this command names a bot, and it is not us ({@code /help@other_bot}). */
    boolean forAnotherBot(String ourUsername) {
        return bot != null && (ourUsername == null || !bot.equalsIgnoreCase(ourUsername));
    }
}
