package dev.safqa.conversation;

import dev.safqa.text.ArabicText;
import dev.safqa.text.Language;
import dev.safqa.text.Wording;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one command grammar of every surface: Telegram's {@code /facts}, Slack's {@code /safqa facts},
 * the console's {@code /facts}, each with its English name and its Arabic aliases
 * ({@code /safqa اشتراك}). Telegram command names must be Latin, so the menu registers the English
 * names with descriptions in both languages; typed Arabic names work wherever text is read.
 */
public enum Command {
    START(false, "start", "ابدأ", "ابدا"),
    ASK(true, "ask", "اسأل", "اسال", "سؤال"),
    FACTS(true, "facts", "أرقام", "ارقام", "الأرقام", "الارقام", "حقائق"),
    SOURCE(true, "source", "المصدر", "مصدر", "فقرة", "فقره"),
    LANG(true, "lang", "language", "لغة", "اللغة", "لغه", "اللغه"),
    SUBSCRIBE(true, "subscribe", "اشتراك", "اشترك"),
    UNSUBSCRIBE(true, "unsubscribe", "إلغاء الاشتراك", "الغاء الاشتراك", "إلغاء_الاشتراك", "الغاء_الاشتراك"),
    HELP(true, "help", "مساعدة", "مساعده");

    private final boolean listed;
    private final List<String> names;

    Command(boolean listed, String... names) {
        this.listed = listed;
        this.names = List.of(names);
    }

    /** The English name, as Telegram's menu and the help show it. */
    public String id() {
        return names.get(0);
    }

    /** Shown in /help and registered in the platforms' menus (/start is there without being listed). */
    public boolean listed() {
        return listed;
    }

    public String description(Language l) {
        return Wording.say(l, "command." + id());
    }

    /** "<question>", "[n]", "ar|en|auto", or empty. */
    public String arguments(Language l) {
        return switch (this) {
            case ASK -> Wording.say(l, "command.args.ask");
            case SOURCE -> Wording.say(l, "command.args.source");
            case LANG -> "ar|en|auto";
            default -> "";
        };
    }

    /** The command as typed on a surface: "/source [n]", "/safqa facts". */
    public String syntax(String prefix, Language l) {
        String args = arguments(l);
        return prefix + id() + (args.isEmpty() ? "" : " " + args);
    }

    /** A command, its name as typed ("/مساعدة" says the asker writes Arabic), and what follows it. */
    public record Invocation(Command command, String typed, String argument) {
        public Invocation(Command command, String argument) {
            this(command, command.id(), argument);
        }
    }

    /** The outcome of reading a "/..." message: ours, or a name that is none of our commands. */
    public record Parsed(Optional<Invocation> invocation, String name) {
    }

    /**
     * Reads {@code /name argument} (the slash already there); an unknown name comes back empty with
     * the name, so the caller can say it is not a command.
     */
    public static Parsed parseSlash(String text) {
        String body = text.strip().substring(1);
        return new Parsed(body.isBlank() ? Optional.empty() : match(body), "/" + body.split("\\s+", 2)[0]);
    }

    /** Reads what follows a platform command ({@code /safqa facts}): a sub-command, or empty for a question. */
    public static Optional<Invocation> parseWords(String text) {
        return match(text.strip());
    }

    private static Optional<Invocation> match(String body) {
        String[] tokens = body.strip().split("\\s+", 3);
        for (Command c : values()) {
            for (String name : c.names) {
                String[] words = name.split("[\\s_]+");
                if (words.length > tokens.length) {
                    continue;
                }
                boolean same = true;
                for (int i = 0; i < words.length && same; i++) {
                    same = key(words[i]).equals(key(tokens[i]));
                }
                if (same) {
                    String[] rest = body.strip().split("\\s+", words.length + 1);
                    return Optional.of(new Invocation(c, name, rest.length > words.length ? rest[words.length].strip() : ""));
                }
            }
        }
        return Optional.empty();
    }

    /** A name as compared: folded (hamza forms, ة/ه), lower case, without a trailing ? or ؟. */
    private static String key(String word) {
        return ArabicText.fold(word).toLowerCase(Locale.ROOT).replaceAll("[?؟!.]+$", "");
    }
}
