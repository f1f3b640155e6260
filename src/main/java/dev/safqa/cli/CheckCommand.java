package dev.safqa.cli;

import dev.safqa.knowledge.Knowledge;
import dev.safqa.knowledge.KnowledgeSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "Validate the knowledge folder; exit 2 with every problem found.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    KnowledgeOption knowledge;

    @Option(names = "--verbose", description = "Also list lexicon forms that never match on their own (filler words only).")
    boolean verbose;

    @Override
    public Integer call() {
        KnowledgeSource source = knowledge.source();
        spec.commandLine().getOut().println("Checking " + source.describe());
        Knowledge k = knowledge.loadKnowledge(spec.commandLine().getErr());
        if (k == null) {
            return ExitCodes.BAD_INPUT;
        }
        long curated = k.facts().stream().filter(f -> f.curated()).count();
        // Forms made only of filler words match nothing by themselves, and do no harm: nothing to fix,
        // so they are listed only on request.
        if (verbose) {
            for (String form : dev.safqa.index.FactIndex.build(k).matcher().ignoredForms()) {
                spec.commandLine().getOut().println("note: lexicon form " + form + " is only filler words, so it never"
                        + " matches on its own (harmless; drop it or add a distinctive word to make it count)");
            }
        }
        spec.commandLine().getOut().printf("OK: %s: %d article(s), %d curated facts, %d quoted sentences, %d lexicon terms (version %s)%n",
                source.bundled() ? "safqa.jar" : knowledge.folder, k.articles().size(), curated, k.facts().size() - curated, k.lexicon().terms().size(), k.version());
        return ExitCodes.OK;
    }
}
