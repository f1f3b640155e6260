package dev.safqa.reload;

import dev.safqa.index.FactIndex;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.knowledge.KnowledgeException;
import dev.safqa.knowledge.KnowledgeLoader;
import dev.safqa.knowledge.KnowledgeProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge being served, reloadable while questions are answered. Hand it to
 * {@link dev.safqa.answer.Answerer} as its index supplier: each question reads it once, so a question
 * in flight finishes on the index it started with, and none sees a half-built one.
 *
 * <p>{@link #reload()} loads the folder off to the side, validates it in full and builds its index
 * before anything serves from it; only then is the index swapped, in one atomic step. An invalid
 * folder changes nothing: every problem is logged (file, entry, reason) and the listener is not told,
 * so nobody is notified of a half-edited folder. Reloads run one at a time.
 */
public final class LiveKnowledge implements Supplier<FactIndex>, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LiveKnowledge.class);

    private final Path folder;
    private final KnowledgeLoader loader;
    private final Function<Knowledge, FactIndex> indexer;
    private final ReloadListener listener;
    private final AtomicReference<FactIndex> current;
    private final Object reloading = new Object();
    private KnowledgeWatcher watcher; // guarded by this
    private boolean closed; // guarded by this

    private LiveKnowledge(Path folder, KnowledgeLoader loader, Function<Knowledge, FactIndex> indexer,
                          ReloadListener listener, FactIndex first) {
        this.folder = folder;
        this.loader = loader;
        this.indexer = indexer;
        this.listener = listener;
        this.current = new AtomicReference<>(first);
    }

    /**
     * Loads {@code folder} and starts serving it; the listener is told of it as of a first load.
     *
     * @throws KnowledgeException if the folder is invalid: there is nothing to serve yet
     */
    public static LiveKnowledge load(Path folder, ReloadListener listener) throws KnowledgeException {
        return load(folder, listener, new KnowledgeLoader(), FactIndex::build);
    }

    static LiveKnowledge load(Path folder, ReloadListener listener, KnowledgeLoader loader,
                              Function<Knowledge, FactIndex> indexer) throws KnowledgeException {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(listener, "listener");
        Knowledge first = loader.load(folder);
        LiveKnowledge live = new LiveKnowledge(folder, loader, indexer, listener, indexer.apply(first));
        log.info("Knowledge version {} serving from {}: {} facts", shortVersion(first.version()), folder, first.facts().size());
        live.tell(first, KnowledgeDiff.between(null, first));
        return live;
    }

    /** The index serving now. */
    @Override
    public FactIndex get() {
        return current.get();
    }

    /** The knowledge serving now. */
    public Knowledge knowledge() {
        return current.get().knowledge();
    }

    public Path folder() {
        return folder;
    }

    /**
     * Loads the folder again and, if it is valid and differs from what is serving, swaps it in and
     * tells the listener. Never throws for a bad folder: that is a {@link ReloadResult.Rejected}.
     */
    public ReloadResult reload() {
        synchronized (reloading) {
            Knowledge before = knowledge();
            Knowledge after;
            FactIndex index;
            try {
                after = loader.load(folder);
                if (after.version().equals(before.version())) {
                    return new ReloadResult.Unchanged(after.version());
                }
                index = indexer.apply(after);
            } catch (KnowledgeException e) {
                return rejected(e.problems());
            } catch (RuntimeException e) {
                // a bug in the loader or the indexer must not stop the server answering from the old index
                log.error("Knowledge reload from {} failed unexpectedly", folder, e);
                return rejected(List.of(new KnowledgeProblem(folder.toString(), "", "could not be loaded: " + e)));
            }
            KnowledgeDiff diff = KnowledgeDiff.between(before, after);
            current.set(index);
            log.info("Knowledge reloaded from {}: version {} -> {} ({})", folder, shortVersion(before.version()),
                    shortVersion(after.version()), diff);
            tell(after, diff);
            return new ReloadResult.Reloaded(before.version(), after.version(), diff);
        }
    }

    /**
     * Reloads whenever the folder changes, {@code debounce} after the last change of a burst (an editor
     * saving several files), on the watcher's own thread. Closed with this.
     */
    public synchronized KnowledgeWatcher watch(Duration debounce) throws IOException {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        if (watcher == null) {
            watcher = KnowledgeWatcher.start(folder, debounce, this::reload);
        }
        return watcher;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    private ReloadResult rejected(List<KnowledgeProblem> problems) {
        log.warn("Knowledge in {} not reloaded: {} problem(s); still serving version {}", folder, problems.size(),
                shortVersion(knowledge().version()));
        for (KnowledgeProblem p : problems) {
            log.warn("  {}", p);
        }
        return new ReloadResult.Rejected(problems);
    }

    private void tell(Knowledge knowledge, KnowledgeDiff diff) {
        try {
            listener.loaded(knowledge, diff);
        } catch (RuntimeException e) {
            log.error("Knowledge version {} is serving, but its listener failed ({})", shortVersion(knowledge.version()), diff, e);
        }
    }

    private static String shortVersion(String version) {
        return version.length() > 12 ? version.substring(0, 12) : version;
    }
}
