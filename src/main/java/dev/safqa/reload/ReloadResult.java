package dev.safqa.reload;

import dev.safqa.knowledge.KnowledgeProblem;
import java.util.List;

/** What {@link LiveKnowledge#reload()} did. */
public sealed interface ReloadResult {
    /** True if the folder was valid (whether or not anything changed). */
    boolean ok();

    /** The new knowledge is serving. */
    record Reloaded(String previousVersion, String version, KnowledgeDiff diff) implements ReloadResult {
        @Override
        public boolean ok() {
            return true;
        }
    }

    /** The folder is valid and has the version already serving: nothing was rebuilt. */
    record Unchanged(String version) implements ReloadResult {
        @Override
        public boolean ok() {
            return true;
        }
    }

    /** The folder is invalid: the old knowledge keeps serving, nobody is told. */
    record Rejected(List<KnowledgeProblem> problems) implements ReloadResult {
        public Rejected {
            problems = List.copyOf(problems);
        }

        @Override
        public boolean ok() {
            return false;
        }
    }
}
