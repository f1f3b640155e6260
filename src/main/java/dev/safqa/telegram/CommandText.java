package dev.safqa.telegram;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message read as Telegram writes a bot command: {@code /source@safqa_bot 3} is
 * {@code ("source", "safqa_bot", "3")}. Only the {@code @bot} suffix matters here (another bot's
 * command is not ours); what the command means is the conversation's business, so a name Telegram
 * would not take ({@code /مساعدة}) is passed on as written.
 */
record CommandText(String name, String bot, String argument) {
    private static final Pattern COMMAND = Pattern.compile("^/([^\\s@]{1,64})(?:@([A-Za-z0-9_]{1,64}))?(?:\\s+([\\s\\S]*))?$");

    static Optional<CommandText> parse(String text) {
        if (text == null || !text.startsWith("/")) {
            return Optional.empty();
        }
        Matcher m = COMMAND.matcher(text.strip());
        if (!m.matches()) {
            return Optional.of(new CommandText(text.strip().substring(1), null, ""));
        }
        return Optional.of(new CommandText(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3).strip()));
    }

    /** Whether this command names a bot, and it is not us ({@code /help@other_bot}). */
    boolean forAnotherBot(String ourUsername) {
        return bot != null && (ourUsername == null || !bot.equalsIgnoreCase(ourUsername));
    }

    /** The command as the conversation reads it: {@code /name argument}, without the {@code @bot} suffix. */
    String withoutBot() {
        return "/" + name + (argument.isEmpty() ? "" : " " + argument);
    }
}
