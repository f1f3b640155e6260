package dev.safqa.cli;

import dev.safqa.answer.Answerer;
import dev.safqa.conversation.Command;
import dev.safqa.conversation.Conversation;
import dev.safqa.conversation.Reply;
import dev.safqa.conversation.Turn;
import dev.safqa.index.FactIndex;
import dev.safqa.text.ArabicText;
import dev.safqa.text.Language;
import dev.safqa.text.Wording;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The bot in a terminal: every line goes to the same {@link Conversation} as a Telegram or Slack
 * message, so questions, follow-ups, commands (with their Arabic names) and the language are
 * decided there. This surface only reads lines, shows a reply's choices as numbers and turns a
 * typed number into the choice, and prints.
 */
@picocli.CommandLine.Command(name = "chat", description = {
        "Chat with Safqa in the terminal: questions, follow-ups and commands as on Telegram and Slack.",
        "/help lists the commands; a reply's choices are numbered: type the number to pick one; /quit or Ctrl-D leaves.",
        "In a terminal: line editing and history (arrows, Home/End, Ctrl-R), in memory for the session only."})
final class ChatCommand implements Callable<Integer> {
    /** The one chat of the console: its follow-ups, /lang and choices last as long as the process. */
    static final String PLATFORM = "console";
    static final String QUIT = "/quit";
    private static final Set<String> QUITS = Set.of(QUIT, "/exit", "/خروج");
    /** A bare number, in Western or Arabic-Indic digits (folded before matching). */
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,3}");

    @ParentCommand
    SafqaCommand parent;
    @Spec
    CommandSpec spec;
    @Mixin
    KnowledgeOption knowledge;

    @Option(names = "--json", description = "Read one line per turn and print one JSON line per turn: the ask --json "
            + "object, plus input and the numbered choices (format: README).")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        FactIndex index = knowledge.load(spec.commandLine().getErr());
        if (index == null) {
            return ExitCodes.BAD_INPUT;
        }
        Conversation conversation = Conversation.builder(new Answerer(() -> index, Language.EN), index::knowledge).build();
        if (!json) {
            for (Language l : List.of(Language.EN, Language.AR)) {
                out.println(Wording.say(l, "intro"));
                out.println(Wording.say(l, "console.hint", Command.HELP.syntax("/", l), QUIT));
            }
            out.println();
        }
        Choices pending = Choices.NONE;
        try (ConsoleInput in = ConsoleInput.open(parent.stdin(), out)) {
            for (String line = in.readLine(prompt()); line != null; line = in.readLine(prompt())) {
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;   // Enter alone, or only keys that edit nothing: no turn
                }
                if (QUITS.contains(text.toLowerCase(Locale.ROOT))) {
                    break;
                }
                Reply reply = pending.pick(text).orElseGet(() -> conversation.handle(turn(text)));
                if (json) {
                    out.println(ConsoleFormat.json(text, reply));
                    out.flush();    // a script waiting for this turn's line must not wait for the next
                } else if (!reply.isNone()) {
                    out.println(ConsoleFormat.reply(reply));
                    out.println();
                }
                pending = reply.choices().isEmpty() ? Choices.NONE : new Choices(conversation, reply);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private String prompt() {
        return json ? "" : "> ";
    }

    static Turn turn(String text) {
        return Turn.privateMessage(PLATFORM, PLATFORM, text);
    }

    /**
     * The choices of the last reply, numbered from 1: a bare number picks one (as a tap on a button
     * does elsewhere), a number out of range shows them again. Anything else, and any number when
     * nothing was offered, is an ordinary message.
     */
    private record Choices(Conversation conversation, Reply offered) {
        static final Choices NONE = new Choices(null, null);

        Optional<Reply> pick(String text) {
            String digits = ArabicText.foldDigits(text);
            if (offered == null || !NUMBER.matcher(digits).matches()) {
                return Optional.empty();
            }
            int n = Integer.parseInt(digits);
            List<Reply.Choice> choices = offered.choices();
            Language l = offered.language();
            if (n < 1 || n > choices.size()) {
                // the list again, still open to a number
                return Optional.of(new Reply(l, List.of(new Reply.Text(Wording.say(l, "console.no-such-choice", text,
                        choices.size()))), choices, null, false, false, false, null));
            }
            return Optional.of(conversation.handle(turn("").with(new Turn.Choose(choices.get(n - 1).factId(), l))));
        }
    }
}
