package dev.safqa.app;

import dev.safqa.answer.Answerer;
import dev.safqa.config.SafqaConfig;
import dev.safqa.config.Secret;
import dev.safqa.http.HttpService;
import dev.safqa.knowledge.KnowledgeException;
import dev.safqa.knowledge.KnowledgeSource;
import dev.safqa.limits.Pacer;
import dev.safqa.notify.Dispatcher;
import dev.safqa.notify.NoticeSender;
import dev.safqa.notify.Notifier;
import dev.safqa.limits.RetryPolicy;
import dev.safqa.ops.HealthRoutes;
import dev.safqa.ops.LogRedaction;
import dev.safqa.ops.Metrics;
import dev.safqa.ops.MetricsTelemetry;
import dev.safqa.ops.Readiness;
import dev.safqa.platform.Platform;
import dev.safqa.platform.PlatformStartException;
import dev.safqa.reload.KnowledgeWatcher;
import dev.safqa.reload.LiveKnowledge;
import dev.safqa.reload.ReloadListener;
import dev.safqa.reload.ReloadSignal;
import dev.safqa.storage.Database;
import dev.safqa.storage.DeliveryLog;
import dev.safqa.storage.Notifications;
import dev.safqa.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Safqa: database, live knowledge, answerer, metrics, the HTTP server, the chat platforms
 * and the notifications dispatcher, started by {@link #start} and stopped by {@link #close}.
 *
 * <p>Starting, in this order: the database; the knowledge, loaded and validated, whose every reload
 * is announced to the subscribers ({@link Notifier}); the folder watch and SIGHUP, which reload it;
 * the platforms, the HTTP server, then the dispatcher that delivers the notes through the platforms.
 *
 * <p>Stopping (SIGTERM runs {@link #shutdownHook}, which calls the same {@link #shutdown}):
 * <ol>
 *   <li>/readyz turns 503, so a load balancer stops sending work;</li>
 *   <li>the dispatcher stops taking deliveries and lets the send in flight finish and be recorded,
 *   before the platforms whose clients it sends with are closed;</li>
 *   <li>the knowledge stops being watched (a reload in progress finishes);</li>
 *   <li>every platform is closed, all at once: each stops taking updates and lets the replies it has
 *   in flight finish within its {@code shutdown-grace};</li>
 *   <li>the HTTP server stops accepting and lets requests in progress (webhook deliveries) finish
 *   within {@code http.shutdown-grace};</li>
 *   <li>the database is closed last, as everything above may still write to it; closing its only
 *   connection checkpoints the WAL into {@code safqa.db}.</li>
 * </ol>
 */
public final class Application implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Application.class);
    /** Beyond its own grace, how long a platform's close may run before the shutdown moves on. */
    private static final Duration CLOSE_MARGIN = Duration.ofSeconds(1);
    /** An editor saving several files, or writing a temporary file and renaming it, causes one reload. */
    private static final Duration RELOAD_DEBOUNCE = Duration.ofMillis(500);

    private final SafqaConfig config;
    private final Parts parts;
    private final List<Platform> platforms;
    private final AtomicBoolean stopping;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stoppedCleanly;

    /** What a start has opened so far, so that a failed start can close it again in the shutdown order. */
    private static final class Parts {
        Database database;
        LiveKnowledge knowledge;
        Metrics metrics;
        final List<Platform> platforms = new ArrayList<>();
        HttpService http;
        volatile Dispatcher dispatcher;

        /** Notes were just made: the dispatcher, once there is one, delivers them now, not at its next poll. */
        void wakeDispatcher() {
            Dispatcher d = dispatcher;
            if (d != null) {
                d.wake();
            }
        }

        void closeAll(Exception failure) {
            List<AutoCloseable> order = new ArrayList<>();
            order.add(dispatcher);
            order.add(knowledge);
            order.addAll(platforms);
            order.add(http == null ? null : () -> http.stop(Duration.ZERO));
            order.add(metrics);
            order.add(database);
            for (AutoCloseable c : order) {
                try {
                    if (c != null) {
                        c.close();
                    }
                } catch (Exception e) {
                    failure.addSuppressed(e);
                }
            }
        }
    }

    private Application(SafqaConfig config, Parts parts, AtomicBoolean stopping) {
        this.config = config;
        this.parts = parts;
        this.platforms = List.copyOf(parts.platforms);
        this.stopping = stopping;
    }

    /**
     * Opens the database, loads the knowledge, builds the platforms {@code factory} makes for
     * {@code config}, starts the HTTP server with the health routes and theirs, starts them, then
     * starts delivering notifications. On failure everything already opened is closed again.
     */
    public static Application start(SafqaConfig config, PlatformFactory factory) throws StartupException {
        LogRedaction.configure(config);
        Parts parts = new Parts();
        AtomicBoolean stopping = new AtomicBoolean();
        try {
            parts.database = openDatabase(config);
            Notifier notifier = new Notifier(Notifications.in(parts.database), Clock.systemUTC());
            ReloadListener announce = (knowledge, diff) -> {
                notifier.loaded(knowledge, diff);
                parts.wakeDispatcher();
            };
            KnowledgeSource source = KnowledgeSource.resolve(config.knowledge());
            log.info("Serving {}", source.describe());
            parts.knowledge = loadKnowledge(source, announce);
            watchKnowledge(config, source, parts.knowledge, stopping);

            parts.metrics = new Metrics();
            MetricsTelemetry telemetry = new MetricsTelemetry(parts.metrics.registry());
            Answerer answerer = new Answerer(parts.knowledge, config.questions().defaultLanguage());
            // One pacer for every outbound message, replies and notes alike: the bucket names say whose limit it is.
            Pacer pacer = new Pacer();

            List<ChatPlatform> built;
            try {
                built = List.copyOf(factory.platforms(config, answerer, parts.knowledge, parts.database, telemetry, pacer));
            } catch (Exception e) {
                throw new StartupException("Cannot set up the chat platforms: " + describe(e), StartupException.Kind.FAILED, e);
            }
            built.forEach(p -> parts.platforms.add(p.platform()));

            List<Readiness.Check> checks = new ArrayList<>();
            checks.add(new Readiness.Check("accepting", () -> !stopping.get()));
            LiveKnowledge knowledge = parts.knowledge;
            checks.add(new Readiness.Check("knowledge", () -> knowledge.get() != null));
            Database database = parts.database;
            checks.add(new Readiness.Check("database", () -> {
                database.ping(); // a round trip: PostgreSQL may be down while this process runs
                return true;
            }));
            parts.platforms.forEach(p -> checks.add(new Readiness.Check(p.name(), p::isReady)));

            HttpService.Builder builder = HttpService.builder().host(config.http().host()).port(config.http().port());
            HealthRoutes.register(builder, new Readiness(checks), parts.metrics);
            parts.platforms.forEach(p -> p.registerRoutes(builder));
            try {
                parts.http = builder.start();
            } catch (IOException e) {
                throw new StartupException("Cannot listen on " + config.http().host() + ":" + config.http().port()
                        + ": " + describe(e) + " (is another process using it? set http.port or SAFQA_HTTP_PORT)",
                        StartupException.Kind.BAD_INPUT, e);
            }
            for (Platform p : parts.platforms) {
                try {
                    p.start();
                } catch (PlatformStartException e) {
                    // already a sentence for a person, with its likely cause and what to do
                    throw new StartupException(e.getMessage(), e.unreachable()
                            ? StartupException.Kind.UNREACHABLE : StartupException.Kind.BAD_INPUT, e);
                } catch (Exception e) {
                    throw new StartupException(p.name() + " did not start: " + describe(e), StartupException.Kind.FAILED, e);
                }
            }

            List<NoticeSender> senders = built.stream().map(ChatPlatform::notices).filter(Objects::nonNull).toList();
            DeliveryLog deliveries = DeliveryLog.in(parts.database);
            parts.dispatcher = Dispatcher.create(parts.database, senders, pacer, telemetry, dispatcherSettings(config));
            parts.dispatcher.start();
            parts.metrics.notificationBacklog(backlog(deliveries));

            log.info("Safqa is serving on port {} with {}", parts.http.port(),
                    parts.platforms.isEmpty() ? "no chat platform (health only)"
                            : String.join(", ", parts.platforms.stream().map(Platform::name).toList()));
            return new Application(config, parts, stopping);
        } catch (StartupException | RuntimeException e) {
            stopping.set(true);
            parts.closeAll(e);
            throw e;
        }
    }

    /** The SQLite file in the data folder, or the PostgreSQL that several replicas share. */
    private static Database openDatabase(SafqaConfig config) throws StartupException {
        SafqaConfig.Database shared = config.database();
        if (shared.shared()) {
            try {
                return Database.connect(shared.url(), shared.user(), Secret.revealOrNull(shared.password()));
            } catch (StorageException e) {
                throw new StartupException(LogRedaction.redact(e.getMessage())
                        + " (set database.url or SAFQA_DATABASE_URL, SAFQA_DATABASE_USER and SAFQA_DATABASE_PASSWORD)",
                        StartupException.Kind.UNREACHABLE, e);
            }
        }
        Path dir = config.data();
        String fix = ": set data in the config, or SAFQA_DATA_DIR, to a folder Safqa may write to";
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StartupException("Cannot create the data folder " + dir + " (" + why(e) + ")" + fix,
                    StartupException.Kind.BAD_INPUT, e);
        }
        if (!Files.isWritable(dir)) {
            throw new StartupException("The data folder " + dir + " is not writable" + fix, StartupException.Kind.BAD_INPUT, null);
        }
        try {
            return Database.open(dir);
        } catch (StorageException e) {
            String m = String.valueOf(e.getMessage());
            String reason = m.contains("READONLY") ? "it is read-only"
                    : m.contains("CANTOPEN") ? "it cannot be opened"
                    : m.contains("NOTADB") || m.contains("CORRUPT") ? "it is not a Safqa database, or it is damaged"
                    : m.lines().findFirst().orElse(m);
            throw new StartupException("Cannot use the database " + dir.resolve(Database.FILE_NAME) + " (" + reason + ")" + fix,
                    StartupException.Kind.BAD_INPUT, e);
        }
    }

    /** "a file is in the way", "permission denied": why a folder could not be made. */
    private static String why(IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static LiveKnowledge loadKnowledge(KnowledgeSource source, ReloadListener listener) throws StartupException {
        try {
            return LiveKnowledge.load(source.folder(), listener);
        } catch (KnowledgeException e) {
            throw new StartupException(e.getMessage(), StartupException.Kind.BAD_INPUT, e);
        }
    }

    /**
     * Reloads on a change in the folder ({@code reload.watch}) and on SIGHUP. The signal handler is
     * the JVM's and outlives this application, so it does nothing once the application stops.
     */
    private static void watchKnowledge(SafqaConfig config, KnowledgeSource source, LiveKnowledge knowledge,
                                       AtomicBoolean stopping) throws StartupException {
        Runnable onHangUp;
        if (config.reload().watch() && !source.bundled()) {  // the jar's copy never changes
            KnowledgeWatcher watcher;
            try {
                watcher = knowledge.watch(RELOAD_DEBOUNCE);
            } catch (IOException e) {
                throw new StartupException("Cannot watch " + config.knowledge() + " for changes: " + describe(e)
                        + " (set reload.watch or SAFQA_RELOAD_WATCH to false to reload on SIGHUP only)",
                        StartupException.Kind.BAD_INPUT, e);
            }
            onHangUp = watcher::onSignal;
        } else {
            // the signal thread must not do the reload itself
            onHangUp = () -> {
                Thread t = new Thread(knowledge::reload, "safqa-knowledge-reload");
                t.setDaemon(true);
                t.start();
            };
        }
        ReloadSignal.install("HUP", () -> {
            if (!stopping.get()) {
                onHangUp.run();
            }
        });
    }

    /** The configured poll interval and attempts; a send in flight at shutdown gets the platforms' grace. */
    private static Dispatcher.Settings dispatcherSettings(SafqaConfig config) {
        SafqaConfig.Notifications n = config.notifications();
        RetryPolicy retry = RetryPolicy.DEFAULT;
        return Dispatcher.Settings.DEFAULT
                .withRetry(new RetryPolicy(n.maxAttempts(), retry.firstBackOff(), retry.maxBackOff()))
                .withPollInterval(n.pollInterval())
                .withCloseGrace(graceOfSlowestPlatform(config));
    }

    /** For the gauge, which must not throw: a failed count shows the last one. */
    private static LongSupplier backlog(DeliveryLog deliveries) {
        AtomicLong last = new AtomicLong();
        return () -> {
            try {
                last.set(deliveries.backlog());
            } catch (RuntimeException e) {
                log.debug("notification backlog not counted: {}", e.toString());
            }
            return last.get();
        };
    }

    /** One line, tokens masked: exception messages from client libraries may hold request URLs. */
    private static String describe(Exception e) {
        return LogRedaction.redact(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** The port the HTTP server listens on (the one the OS picked when configured with 0). */
    public int port() {
        return parts.http.port();
    }

    /** The knowledge being served; {@link LiveKnowledge#reload()} reloads it as SIGHUP does. */
    public LiveKnowledge knowledge() {
        return parts.knowledge;
    }

    /** Blocks until the application has stopped, by {@link #close} or the shutdown hook. */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    /**
     * The JVM shutdown hook for SIGTERM and SIGINT: {@link #shutdown}, then {@code exit} with 0 when it
     * went cleanly, 1 if a step failed.
     */
    public Thread shutdownHook(IntConsumer exit) {
        return new Thread(() -> exit.accept(shutdown() ? 0 : 1), "safqa-shutdown");
    }

    @Override
    public void close() {
        shutdown();
    }

    /**
     * Stops everything in order (see the class comment). Safe to call more than once and from several
     * threads: later calls wait for the first to finish.
     *
     * @return true if every step succeeded (platforms that overran their grace are only logged)
     */
    public boolean shutdown() {
        if (!stopping.compareAndSet(false, true)) {
            awaitQuietly();
            return stoppedCleanly;
        }
        boolean clean = true;
        try {
            log.info("Shutting down: stopping intake and finishing replies in flight");
            clean &= step("stop delivering notifications", parts.dispatcher::close);
            clean &= step("stop watching the knowledge", parts.knowledge::close);
            clean &= closePlatforms();
            clean &= step("stop the HTTP server", () -> parts.http.stop(config.http().shutdownGrace()));
            clean &= step("close the metrics", parts.metrics::close);
            clean &= step("close the database", parts.database::close);
            log.info(clean ? "Stopped" : "Stopped, with errors (logged above)");
        } finally {
            stoppedCleanly = clean;
            stopped.countDown();
        }
        return clean;
    }

    /** All at once, so the slowest sets the pace; each gets its grace plus a margin, then we move on. */
    private boolean closePlatforms() {
        List<Thread> closers = new ArrayList<>();
        AtomicBoolean failed = new AtomicBoolean();
        for (Platform p : platforms) {
            Thread t = new Thread(() -> {
                if (!step("close " + p.name(), p::close)) {
                    failed.set(true);
                }
            }, "close-" + p.name());
            t.setDaemon(true);
            t.start();
            closers.add(t);
        }
        long deadline = System.nanoTime() + graceOfSlowestPlatform(config).plus(CLOSE_MARGIN).toNanos();
        for (int i = 0; i < closers.size(); i++) {
            try {
                closers.get(i).join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (closers.get(i).isAlive()) {
                log.warn("{} did not close within its shutdown grace; going on without it", platforms.get(i).name());
            }
        }
        return !failed.get();
    }

    private static Duration graceOfSlowestPlatform(SafqaConfig config) {
        Duration telegram = config.telegram().shutdownGrace();
        Duration slack = config.slack().shutdownGrace();
        return telegram.compareTo(slack) >= 0 ? telegram : slack;
    }

    private static boolean step(String what, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            log.error("Shutdown: cannot {}: {}", what, e.getMessage(), e);
            return false;
        }
    }

    private void awaitQuietly() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
