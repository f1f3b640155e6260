package dev.safqa.reload;

import dev.safqa.knowledge.Knowledge;

/**
 * Told of every knowledge that starts serving: the one loaded at start, then each reload that
 * changed something. Never told of an invalid folder. Runs on the reloading thread, one call at a
 * time, in load order.
 */
@FunctionalInterface
public interface ReloadListener {
    ReloadListener NONE = (knowledge, diff) -> {
    };

    /** @param diff what changed since the knowledge served before (at start: every fact, as added) */
    void loaded(Knowledge knowledge, KnowledgeDiff diff);
}
