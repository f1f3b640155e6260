package dev.safqa.reload;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a reload when the knowledge folder changes, once per burst of changes: an editor saving
 * three files, or writing a temporary file and renaming it, sets off one reload {@code debounce}
 * after the last event. {@link #onSignal()} asks for one at once (SIGHUP).
 *
 * <p>Two daemon threads, both stopped by {@link #close()}: one blocks on the {@link WatchService},
 * the other runs the reloads, so reloads never overlap and a slow one never misses an event. Which
 * file changed does not matter: the whole folder is loaded and validated again, and a reload of an
 * unchanged folder costs a read and nothing more. That also covers the folder being swapped behind
 * a symlink (a Kubernetes ConfigMap), whose events name only {@code ..data}.
 */
public final class KnowledgeWatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KnowledgeWatcher.class);
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(10);

    private final Path folder;
    private final Duration debounce;
    private final Runnable reload;
    private final WatchService events;
    private final ScheduledThreadPoolExecutor reloader;
    private final Thread watching;
    private ScheduledFuture<?> pending; // guarded by this
    private volatile boolean closed;

    private KnowledgeWatcher(Path folder, Duration debounce, Runnable reload, WatchService events) {
        this.folder = folder;
        this.debounce = debounce;
        this.reload = reload;
        this.events = events;
        this.reloader = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "safqa-knowledge-reload"));
        this.reloader.setRemoveOnCancelPolicy(true);
        this.watching = daemon(this::watch, "safqa-knowledge-watch");
    }

    /** Watches {@code folder} and runs {@code reload} after each burst of changes in it. */
    public static KnowledgeWatcher start(Path folder, Duration debounce, Runnable reload) throws IOException {
        Objects.requireNonNull(reload, "reload");
        if (debounce.isNegative()) {
            throw new IllegalArgumentException("debounce must not be negative: " + debounce);
        }
        Path dir = folder.toAbsolutePath();
        WatchService events = dir.getFileSystem().newWatchService();
        try {
            dir.register(events, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE, OVERFLOW);
        } catch (IOException | RuntimeException e) {
            events.close();
            throw e;
        }
        KnowledgeWatcher watcher = new KnowledgeWatcher(dir, debounce, reload, events);
        watcher.watching.start();
        log.info("Watching {} for knowledge changes", dir);
        return watcher;
    }

    /** Reload now, on the watcher's thread; returns at once, so it is safe from a signal handler. */
    public void onSignal() {
        log.info("Reload of {} requested", folder);
        schedule(Duration.ZERO);
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (pending != null) {
                pending.cancel(false);
            }
        }
        try {
            events.close(); // ends the watching thread's take()
        } catch (IOException e) {
            log.warn("Closing the watch on {} failed: {}", folder, e.toString());
        }
        // A reload in progress finishes (it is all or nothing anyway); a waiting one is dropped.
        reloader.shutdown();
        try {
            if (!reloader.awaitTermination(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                reloader.shutdownNow();
            }
            watching.join(CLOSE_GRACE.toMillis());
        } catch (InterruptedException e) {
            reloader.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void watch() {
        while (!closed) {
            WatchKey key;
            try {
                key = events.take();
            } catch (ClosedWatchServiceException | InterruptedException e) {
                return;
            }
            key.pollEvents(); // drained; what they name does not matter (see the class comment)
            schedule(debounce);
            if (!key.reset()) {
                if (!closed) {
                    log.warn("{} can no longer be watched (deleted or moved?); knowledge reloads only on SIGHUP now", folder);
                }
                return;
            }
        }
    }

    /** (Re)starts the countdown to a reload: events in quick succession push it back. */
    private synchronized void schedule(Duration delay) {
        if (closed) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = reloader.schedule(this::runReload, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void runReload() {
        try {
            reload.run();
        } catch (RuntimeException e) {
            log.error("Knowledge reload of {} failed", folder, e);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
