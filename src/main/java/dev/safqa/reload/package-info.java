/**
 * Knowledge hot reload: {@link dev.safqa.reload.LiveKnowledge} serves the current fact index and
 * swaps in a new one only when the edited folder loads and validates in full;
 * {@link dev.safqa.reload.KnowledgeWatcher} reloads when the folder changes (and on request, for
 * SIGHUP via {@link dev.safqa.reload.ReloadSignal}). Each successful reload reports what changed
 * ({@link dev.safqa.reload.KnowledgeDiff}) to a {@link dev.safqa.reload.ReloadListener}; an invalid
 * folder keeps the old knowledge serving and tells nobody.
 */
package dev.safqa.reload;
