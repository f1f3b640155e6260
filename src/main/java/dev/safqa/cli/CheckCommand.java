package dev.safqa.cli;

import dev.safqa.knowledge.Knowledge;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "Validate the knowledge folder; exit 2 with every problem found.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    KnowledgeOption knowledge;

    @Override
    public Integer call() {
        Knowledge k = knowledge.loadKnowledge(spec.commandLine().getErr());
        if (k == null) {
            return ExitCodes.BAD_INPUT;
        }
        long curated = k.facts().stream().filter(f -> f.curated()).count();
        for (String form : dev.safqa.index.FactIndex.build(k).matcher().ignoredForms()) {
            spec.commandLine().getOut().println("note: lexicon form " + form + " is only filler words and is not matched");
        }
        spec.commandLine().getOut().printf("OK: %s: %d article(s), %d curated facts, %d quoted sentences, %d lexicon terms (version %s)%n",
                knowledge.folder, k.articles().size(), curated, k.facts().size() - curated, k.lexicon().terms().size(), k.version());
        return ExitCodes.OK;
    }
}
