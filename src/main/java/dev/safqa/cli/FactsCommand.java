package dev.safqa.cli;

import dev.safqa.answer.Guide;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.knowledge.Paragraph;
import dev.safqa.text.Language;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "facts", description = "Print the key figures of the deal, or the article's numbered paragraphs.")
final class FactsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    KnowledgeOption knowledge;

    @Option(names = "--lang", paramLabel = "ar|en", defaultValue = "en", description = "Language (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--paragraphs", description = "Print the article's paragraphs with their numbers, for editing facts.")
    boolean paragraphs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Language l = Language.fromCode(lang).orElse(null);
        if (l == null) {
            spec.commandLine().getErr().println("--lang must be ar or en, not '" + lang + "'");
            return ExitCodes.BAD_INPUT;
        }
        Knowledge k = knowledge.loadKnowledge(spec.commandLine().getErr());
        if (k == null) {
            return ExitCodes.BAD_INPUT;
        }
        // on stderr, so that the figures or paragraphs can be piped as they are
        spec.commandLine().getErr().println("From " + knowledge.source().describe());
        if (paragraphs) {
            for (var article : k.articles()) {
                out.println("# " + article.file() + ": " + article.title());
                for (Paragraph p : article.paragraphs()) {
                    out.println("[" + p.number() + "] " + p.text());
                }
            }
        } else {
            out.println(ConsoleFormat.keyFacts(Guide.keyFacts(k), l));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
