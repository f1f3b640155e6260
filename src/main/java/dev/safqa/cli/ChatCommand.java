package dev.safqa.cli;

import dev.safqa.answer.Answerer;
import dev.safqa.answer.Guide;
import dev.safqa.answer.Replies;
import dev.safqa.index.FactIndex;
import dev.safqa.knowledge.Paragraph;
import dev.safqa.text.Language;
import dev.safqa.text.LanguageDetector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The chat bot in a terminal: the same answers and commands as Telegram and Slack, no account needed. */
@Command(name = "chat", description = "Chat with Safqa in the terminal (/help for commands, /quit to leave).")
final class ChatCommand implements Callable<Integer> {
    @ParentCommand
    SafqaCommand parent;
    @Spec
    CommandSpec spec;
    @Mixin
    KnowledgeOption knowledge;

    private Language forced;  // null: the language of each question

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        FactIndex index = knowledge.load(spec.commandLine().getErr());
        if (index == null) {
            return ExitCodes.BAD_INPUT;
        }
        Answerer answerer = new Answerer(() -> index, Language.EN);
        out.println(Guide.intro(Language.EN));
        out.println(Guide.intro(Language.AR));
        out.println("/help, /facts, /source N, /lang ar|en|auto, /quit");
        BufferedReader in = new BufferedReader(new InputStreamReader(parent.stdin(), StandardCharsets.UTF_8));
        while (true) {
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                break;
            }
            line = line.strip();
            if (line.equals("/quit") || line.equals("/exit")) {
                break;
            }
            out.println(line.startsWith("/") ? command(line, index) : ConsoleFormat.answer(answerer.answer(line, forced)));
            out.println();
        }
        out.flush();
        return ExitCodes.OK;
    }

    private String command(String line, FactIndex index) {
        String[] parts = line.substring(1).split("\\s+", 2);
        String name = parts[0].toLowerCase(Locale.ROOT);
        String arg = parts.length > 1 ? parts[1].strip() : "";
        Language l = forced != null ? forced : LanguageDetector.detectLetters(arg).orElse(Language.EN);
        switch (name) {
            case "facts":
                return ConsoleFormat.keyFacts(Guide.keyFacts(index.knowledge()), l);
            case "source":
                int count = Guide.paragraphCount(index.knowledge());
                if (arg.isEmpty()) {
                    return index.knowledge().mainArticle().title() + " (" + count + " paragraphs: /source 1.." + count + ")";
                }
                Optional<Paragraph> p;
                try {
                    p = Guide.paragraph(index.knowledge(), Integer.parseInt(dev.safqa.text.ArabicText.foldDigits(arg)));
                } catch (NumberFormatException e) {
                    p = Optional.empty();
                }
                return p.map(par -> "[" + par.number() + "] " + par.text()).orElse(Guide.noSuchParagraph(l, count));
            case "lang":
                if (arg.equals("auto")) {
                    forced = null;
                    return Guide.languageSet(Language.EN, true);
                }
                Optional<Language> chosen = Language.fromCode(arg);
                chosen.ifPresent(c -> forced = c);
                return chosen.map(c -> Guide.languageSet(c, false)).orElse(Guide.languageUsage(l));
            case "ask":
                return ConsoleFormat.answer(new Answerer(() -> index, Language.EN).answer(arg, forced));
            default:
                StringBuilder help = new StringBuilder(Guide.intro(l)).append('\n');
                for (Guide.Command c : Guide.COMMANDS) {
                    if (!c.name().endsWith("subscribe")) {
                        help.append("  /").append(c.name()).append(c.args().isEmpty() ? "" : " " + c.args())
                                .append("  ").append(c.description(l)).append('\n');
                    }
                }
                return help.append("  /quit").toString();
        }
    }

    static String tryAsking(Language l) {
        return Replies.tryAsking(l);
    }
}
