package dev.safqa.app;

import dev.safqa.answer.Answerer;
import dev.safqa.config.SafqaConfig;
import dev.safqa.http.HttpService;
import dev.safqa.index.FactIndex;
import dev.safqa.knowledge.KnowledgeException;
import dev.safqa.knowledge.KnowledgeLoader;
import dev.safqa.ops.HealthRoutes;
import dev.safqa.ops.LogRedaction;
import dev.safqa.ops.Metrics;
import dev.safqa.ops.MetricsTelemetry;
import dev.safqa.ops.Readiness;
import dev.safqa.platform.Platform;
import dev.safqa.storage.ChatKey;
import dev.safqa.storage.Database;
import dev.safqa.storage.StorageException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Safqa: knowledge, database, answerer, metrics, the HTTP server and the chat platforms,
 * started by {@link #start} and stopped by {@link #close}.
 *
 * <p>Stopping (SIGTERM runs {@link #shutdownHook}, which calls the same {@link #shutdown}):
 * <ol>
 *   <li>/readyz turns 503, so a load balancer stops sending work;</li>
 *   <li>every platform is closed, all at once: each stops taking updates and lets the replies it has
 *   in flight finish within its {@code shutdown-grace};</li>
 *   <li>the HTTP server stops accepting and lets requests in progress (webhook deliveries) finish
 *   within {@code http.shutdown-grace};</li>
 *   <li>the database is closed last, as the replies above may still write to it; closing its only
 *   connection checkpoints the WAL into {@code safqa.db}.</li>
 * </ol>
 */
public final class Application implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Application.class);
    /** Beyond its own grace, how long a platform's close may run before the shutdown moves on. */
    private static final Duration CLOSE_MARGIN = Duration.ofSeconds(1);
    private static final ChatKey PROBE = new ChatKey("readyz", "probe");

    private final SafqaConfig config;
    private final AtomicReference<FactIndex> index;
    private final Database database;
    private final Metrics metrics;
    private final List<Platform> platforms;
    private final HttpService http;
    private final AtomicBoolean stopping;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stoppedCleanly;

    private Application(SafqaConfig config, AtomicReference<FactIndex> index, Database database, Metrics metrics,
                        List<Platform> platforms, HttpService http, AtomicBoolean stopping) {
        this.config = config;
        this.stopping = stopping;
        this.index = index;
        this.database = database;
        this.metrics = metrics;
        this.platforms = List.copyOf(platforms);
        this.http = http;
    }

    /**
     * Loads the knowledge, opens the database, builds the platforms {@code factory} makes for
     * {@code config}, starts the HTTP server with the health routes and theirs, then starts them.
     * On failure everything already opened is closed again.
     */
    public static Application start(SafqaConfig config, PlatformFactory factory) throws StartupException {
        LogRedaction.configure(config);
        AtomicReference<FactIndex> index = new AtomicReference<>(loadKnowledge(config));
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            Database database = openDatabase(config);
            opened.add(database);
            Metrics metrics = new Metrics();
            opened.add(metrics);
            // TODO(lead): once dev.safqa.notify lands, metrics.notificationBacklog(<pending deliveries>).
            MetricsTelemetry telemetry = new MetricsTelemetry(metrics.registry());
            Answerer answerer = new Answerer(index::get, config.questions().defaultLanguage());

            List<Platform> platforms;
            try {
                platforms = List.copyOf(factory.platforms(config, answerer, index::get, database, telemetry));
            } catch (Exception e) {
                throw new StartupException("Cannot set up the chat platforms: " + describe(e), false, e);
            }
            // closed in reverse: platforms before the server and the database they use
            opened.addAll(platforms);

            AtomicBoolean stopping = new AtomicBoolean();
            List<Readiness.Check> checks = new ArrayList<>();
            checks.add(new Readiness.Check("accepting", () -> !stopping.get()));
            checks.add(new Readiness.Check("knowledge", () -> index.get() != null));
            checks.add(new Readiness.Check("database", () -> {
                database.chatSettings().language(PROBE); // throws once closed
                return true;
            }));
            platforms.forEach(p -> checks.add(new Readiness.Check(p.name(), p::isReady)));

            HttpService.Builder builder = HttpService.builder().host(config.http().host()).port(config.http().port());
            HealthRoutes.register(builder, new Readiness(checks), metrics);
            platforms.forEach(p -> p.registerRoutes(builder));
            HttpService http;
            try {
                http = builder.start();
            } catch (IOException e) {
                throw new StartupException("Cannot listen on " + config.http().host() + ":" + config.http().port()
                        + ": " + describe(e) + " (set http.port or SAFQA_HTTP_PORT)", false, e);
            }
            opened.add(1, () -> http.stop(Duration.ZERO)); // after the platforms, before the database
            for (Platform p : platforms) {
                try {
                    p.start();
                } catch (Exception e) {
                    throw new StartupException(p.name() + " did not start: " + describe(e), false, e);
                }
            }
            log.info("Safqa is serving on port {} with {}", http.port(),
                    platforms.isEmpty() ? "no chat platform (health only)"
                            : String.join(", ", platforms.stream().map(Platform::name).toList()));
            return new Application(config, index, database, metrics, platforms, http, stopping);
        } catch (StartupException | RuntimeException e) {
            closeAll(opened, e);
            throw e;
        }
    }

    private static FactIndex loadKnowledge(SafqaConfig config) throws StartupException {
        try {
            return FactIndex.build(new KnowledgeLoader().load(config.knowledge()));
        } catch (KnowledgeException e) {
            throw new StartupException(e.getMessage(), true, e);
        }
    }

    private static Database openDatabase(SafqaConfig config) throws StartupException {
        try {
            return Database.open(config.data());
        } catch (StorageException e) {
            throw new StartupException(e.getMessage() + " (set data or SAFQA_DATA_DIR)", false, e);
        }
    }

    private static void closeAll(List<AutoCloseable> opened, Exception failure) {
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** One line, tokens masked: exception messages from client libraries may hold request URLs. */
    private static String describe(Exception e) {
        return LogRedaction.redact(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** The port the HTTP server listens on (the one the OS picked when configured with 0). */
    public int port() {
        return http.port();
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
            clean &= closePlatforms();
            clean &= step("stop the HTTP server", () -> http.stop(config.http().shutdownGrace()));
            clean &= step("close the metrics", metrics::close);
            clean &= step("close the database", database::close);
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
        long deadline = System.nanoTime() + graceOfSlowestPlatform().plus(CLOSE_MARGIN).toNanos();
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

    private Duration graceOfSlowestPlatform() {
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
