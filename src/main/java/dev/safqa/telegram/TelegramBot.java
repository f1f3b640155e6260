package dev.safqa.telegram;

import dev.safqa.limits.RetryPolicy;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.safqa.conversation.Command;
import dev.safqa.conversation.Conversation;
import dev.safqa.conversation.Reply;
import dev.safqa.conversation.Turn;
import dev.safqa.http.HttpService;
import dev.safqa.limits.Pacer;
import dev.safqa.notify.NoticeSender;
import dev.safqa.ops.LogRedaction;
import dev.safqa.platform.Platform;
import dev.safqa.platform.Replicas;
import dev.safqa.platform.Telemetry;
import dev.safqa.storage.Lease;
import dev.safqa.storage.Leases;
import dev.safqa.text.Language;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram platform: wires the telegrambots client and poller (or Safqa's own webhook route) to
 * the update handler (update -> turn -> {@link Conversation} -> reply), the responder and the outbox,
 * and owns every thread they use. All threads are daemons named {@code safqa-telegram-*}, and
 * {@link #close()} stops them all, so the JVM can exit (telegrambots' own poller executor is neither).
 *
 * <p>Lifecycle: construct, {@link #registerRoutes} (webhook mode adds {@code POST /telegram}) before the
 * HTTP server starts, {@link #start()} (getMe unless the username is configured, setMyCommands in
 * English and Arabic, then setWebhook or long polling), {@link #close()}. close() is safe after a
 * failed start and more than once.
 */
public final class TelegramBot implements Platform {
    public static final String WEBHOOK_PATH = "/telegram";
    /** The update kinds the bot uses; edited messages are not asked for at all. */
    static final List<String> ALLOWED_UPDATES =
            List.of("message", "channel_post", "callback_query", "inline_query", "my_chat_member");
    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    private static final String THREADS = "safqa-telegram-";

    /** Timings the tests shorten; production uses {@link #DEFAULT}. */
    record Tuning(int pollTimeoutSeconds, Duration pollFirstBackOff, Duration pollMaxBackOff, RetryPolicy sends,
                  Duration closeGrace, int workers, Duration typingAfter) {
        /**
         * "typing…" only for an answer not ready after 300 ms: answers take a millisecond or two, and
         * a chat action for each would double the calls to Telegram for nothing anyone sees.
         */
        static final Tuning DEFAULT = new Tuning(50, Duration.ofMillis(500), Duration.ofSeconds(30),
                Outbox.RETRIES, Duration.ofSeconds(5), 4, Duration.ofMillis(300));

        Tuning withCloseGrace(Duration grace) {
            if (grace == null || grace.isNegative()) {
                throw new IllegalArgumentException("shutdown grace must be zero or more, got " + grace);
            }
            return new Tuning(pollTimeoutSeconds, pollFirstBackOff, pollMaxBackOff, sends, grace, workers, typingAfter);
        }
    }

    private final TelegramSettings settings;
    private final Tuning tuning;
    private final LogRedaction redactor;
    private final TelegramUrl url;
    private final ThreadPoolExecutor httpThreads;
    private final OkHttpClient http;
    private final OkHttpClient pollHttp;
    private final TelegramClient client;
    private final ScheduledThreadPoolExecutor sendThreads;
    private final StripedExecutor workers;
    private final PollBackOff pollBackOff;
    private final PollWatch pollWatch;
    private final UpdateHandler handler;
    private final WebhookHandler webhook;
    private final TelegramNoticeSender notices;
    private final Replicas replicas;
    private final String botId;
    private final Object polling = new Object();
    private ScheduledExecutorService leaseThread;
    private Lease pollLease; // guarded by polling

    private volatile boolean started;
    private volatile boolean closed;
    private volatile String username;
    private volatile ScheduledExecutorService pollThread;
    private volatile TelegramBotsLongPollingApplication poller;
    private volatile BotSession session;

    /**
     * The constructor {@code safqa serve} calls. Nothing touches the network before {@link #start()}.
     *
     * @param settings      token, API URL, webhook or polling, pacing
     * @param conversation  what every turn is handed to: commands, questions, follow-ups, choices, votes,
     *                      subscriptions and the per-chat question limit are its business (thread-safe)
     * @param telemetry     sends, 429s and errors
     * @param chats         told when a chat blocks or removes the bot (403) or moves (group upgrade)
     * @param pacer         paces the replies (when {@link TelegramSettings#pacing()}); share it with the
     *                      notifications dispatcher, so that answers and notes add up to Telegram's limits
     * @param shutdownGrace how long {@link #close()} lets updates and replies in flight finish
     * @param replicas      claims each update so that one replica answers it, and elects the one that
     *                      long-polls ({@link Replicas#single()} for a bot on its own)
     */
    public TelegramBot(TelegramSettings settings, Conversation conversation, Telemetry telemetry, ChatLifecycle chats,
                       Pacer pacer, Duration shutdownGrace, Replicas replicas) {
        this(settings, Objects.requireNonNull(conversation, "conversation")::handle, telemetry, chats, pacer,
                Tuning.DEFAULT.withCloseGrace(shutdownGrace), replicas);
    }

    /** @param turns the conversation's {@link Conversation#handle} (a test may see each turn on its way) */
    TelegramBot(TelegramSettings settings, Function<Turn, Reply> turns, Telemetry telemetry, ChatLifecycle chats,
                Pacer pacer, Tuning tuning) {
        this(settings, turns, telemetry, chats, pacer, tuning, Replicas.single());
    }

    TelegramBot(TelegramSettings settings, Function<Turn, Reply> turns, Telemetry telemetry, ChatLifecycle chats,
                Pacer pacer, Tuning tuning, Replicas replicas) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.replicas = Objects.requireNonNull(replicas, "replicas");
        // the bot id is the token's public half: update_ids are counted per bot
        this.botId = settings.token().contains(":") ? settings.token().substring(0, settings.token().indexOf(':')) : "bot";
        this.tuning = tuning;
        Objects.requireNonNull(turns, "turns");
        Objects.requireNonNull(telemetry, "telemetry");
        Objects.requireNonNull(pacer, "pacer");
        this.redactor = LogRedaction.of(settings.token(), settings.webhookSecret());
        this.url = settings.telegramUrl();

        // OkHttp's default dispatcher threads are not daemons and linger 60 s: bring our own
        this.httpThreads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), daemon(THREADS + "http-"));
        Dispatcher dispatcher = new Dispatcher(httpThreads);
        // one host (the Bot API): allow as many calls and keep as many connections as the workers
        // can use, or OkHttp queues calls and rescans its queue under a lock on every completion
        dispatcher.setMaxRequests(64);
        dispatcher.setMaxRequestsPerHost(64);
        this.http = new OkHttpClient.Builder().dispatcher(dispatcher).connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES))
                .connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofSeconds(60))
                .addInterceptor(new BotApiAnswers()).build();
        this.pollBackOff = new PollBackOff(tuning.pollFirstBackOff(), tuning.pollMaxBackOff());
        // the poller's client hands each request to PollWatch, which makes it on pollTransport
        OkHttpClient pollTransport = http.newBuilder().dispatcher(new Dispatcher(httpThreads))
                .readTimeout(Duration.ofSeconds(tuning.pollTimeoutSeconds() + 15L)).callTimeout(Duration.ZERO).build();
        this.pollWatch = new PollWatch(pollBackOff, telemetry, pollTransport);
        OkHttpClient.Builder poller = pollTransport.newBuilder();
        poller.interceptors().clear();  // BotApiAnswers already runs on the transport PollWatch calls
        this.pollHttp = poller.addInterceptor(pollWatch).build();
        this.client = new OkHttpTelegramClient(new ObjectMapper(), http, settings.token(), url);

        this.sendThreads = new ScheduledThreadPoolExecutor(2, daemon(THREADS + "send-"));
        sendThreads.setRemoveOnCancelPolicy(true);
        this.workers = new StripedExecutor(tuning.workers(), 256, daemon(THREADS + "worker-"));
        this.notices = new TelegramNoticeSender(client, redactor);
        Outbox outbox = new Outbox(client, sendThreads, settings.pacing() ? pacer : null, chats == null
                ? ChatLifecycle.IGNORE : chats, telemetry, redactor, tuning.sends());
        Responder responder = new Responder(outbox, new TelegramRenderer(), tuning.typingAfter());
        this.handler = new UpdateHandler(turns, responder,
                u -> replicas.inbound().claim(ChatRef.PLATFORM, botId, String.valueOf(u.getUpdateId())), workers, telemetry,
                redactor);
        this.webhook = settings.webhook()
                ? new WebhookHandler(settings.webhookSecret(), handler, () -> started && !closed, telemetry)
                : null;
    }

    @Override
    public String name() {
        return ChatRef.PLATFORM;
    }

    @Override
    public void registerRoutes(HttpService.Builder httpServer) {
        if (webhook != null) {
            httpServer.route(WEBHOOK_PATH, webhook);
        }
    }

    @Override
    public synchronized void start() {
        if (closed || started) {
            throw new IllegalStateException(closed ? "Telegram bot is closed" : "Telegram bot already started");
        }
        String step = "getMe";
        try {
            username = settings.botUsername() != null ? settings.botUsername() : client.execute(new GetMe()).getUserName();
            handler.username(username);
            registerCommands();
            if (settings.webhook()) {
                step = "setWebhook";
                client.execute(SetWebhook.builder().url(settings.webhookUrl().toString())
                        .secretToken(settings.webhookSecret()).allowedUpdates(ALLOWED_UPDATES).build());
            } else {
                step = "deleteWebhook";  // registerBot's first call
                startPolling();
            }
        } catch (Exception e) {
            throw StartFailures.of(step, e, settings.apiUrl(), settings.webhookUrl(), redactor);
        }
        started = true;
        log.info("Telegram bot @{} started with {} ({})", username, settings.webhook() ? "a webhook" : "long polling",
                settings.apiUrl());
    }

    /**
     * Telegram lets one getUpdates run per bot: of several replicas, the one holding the lease polls
     * and the others stand by, trying to take it over every {@link Replicas#takeover()}. A poller that
     * dies loses the lease with its database session, so a standby starts polling within about that
     * time; it fetches from the first unconfirmed update, and the claims drop the ones already answered.
     */
    private void startPolling() throws Exception {
        pollThread = Executors.newSingleThreadScheduledExecutor(daemon(THREADS + "poll-"));
        if (replicas.leases() == Leases.SOLE) {
            poll();
            return;
        }
        tendLease(); // the first replica up polls at once
        leaseThread = Executors.newSingleThreadScheduledExecutor(daemon(THREADS + "lease-"));
        long every = replicas.takeover().toMillis();
        leaseThread.scheduleWithFixedDelay(this::tendLease, every, every, TimeUnit.MILLISECONDS);
    }

    private void poll() throws Exception {
        if (pollThread.isShutdown()) { // a poller given up when a lease was lost may have shut it down
            pollThread = Executors.newSingleThreadScheduledExecutor(daemon(THREADS + "poll-"));
        }
        ScheduledExecutorService poll = pollThread;
        poller = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> pollHttp, () -> poll, () -> pollBackOff);
        int timeout = tuning.pollTimeoutSeconds();
        // registerBot calls deleteWebhook first and throws if Telegram refuses
        session = poller.registerBot(settings.token(), () -> url,
                last -> new LenientGetUpdates(last + 1, 100, timeout, ALLOWED_UPDATES), handler);
    }

    /** Takes the polling lease if it is free, or stops polling if it was lost. Never throws: it runs on a schedule. */
    private void tendLease() {
        synchronized (polling) {
            if (closed) {
                return;
            }
            try {
                if (pollLease == null) {
                    Optional<Lease> lease = replicas.leases().tryLease("telegram-poll:" + botId);
                    if (lease.isPresent()) {
                        pollLease = lease.get();
                        log.info("This replica now polls Telegram for updates");
                        poll();
                    }
                } else if (!pollLease.held()) {
                    log.warn("Lost the polling lease (the database session ended): stopping polling; another replica takes over");
                    stopPoller();
                    pollLease.close();
                    pollLease = null;
                }
            } catch (Exception e) {
                log.warn("Polling lease: {}", redactor.describe(e));
            }
        }
    }

    private void stopPoller() {
        if (poller != null) {
            try {
                poller.close();
            } catch (Exception e) {
                log.debug("poller close: {}", redactor.describe(e));
            }
            poller = null;
            session = null;
        }
    }

    /** Whether this replica is the one polling (always, for a bot on its own). For tests and logs. */
    boolean polling() {
        BotSession s = session;
        return s != null && s.isRunning();
    }

    /**
     * The command menu: the conversation's listed commands, in English by default and in Arabic for
     * Arabic-language clients (Telegram takes Latin names only; typed Arabic names work anyway). Best effort.
     */
    private void registerCommands() {
        for (Language l : Language.values()) {
            List<BotCommand> commands = Arrays.stream(Command.values()).filter(Command::listed)
                    .map(c -> new BotCommand(c.id(), c.description(l))).toList();
            SetMyCommands.SetMyCommandsBuilder<?, ?> set = SetMyCommands.builder().commands(commands)
                    .scope(new BotCommandScopeDefault());
            if (l != Language.EN) {
                set.languageCode(l.code());
            }
            try {
                client.execute(set.build());
            } catch (Exception e) {
                log.warn("setMyCommands ({}) failed; the command menu may be stale: {}", l.code(), redactor.describe(e));
            }
        }
    }

    /** Started, not closed, and (when polling) the last getUpdates worked. */
    @Override
    public boolean isReady() {
        if (!started || closed) {
            return false;
        }
        if (settings.webhook()) {
            return true;
        }
        synchronized (polling) {
            if (leaseThread != null && pollLease == null) {
                return true; // standing by for the poller: nothing to be connected to
            }
        }
        return session != null && session.isRunning() && pollWatch.healthy();
    }

    /**
     * Sends notifications to Telegram chats through this bot's client: for the dispatcher, which
     * paces them (on the same pacer as the replies) and retries them. Use it between {@link #start()}
     * and {@link #close()}.
     */
    public NoticeSender notices() {
        return notices;
    }

    /** The bot's username, once started. */
    public String username() {
        return username;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long deadline = System.nanoTime() + tuning.closeGrace().toNanos();
        // 1. stop intake: PollWatch cancels the poll in flight and answers it as an empty poll
        pollWatch.closing();
        if (leaseThread != null) {
            leaseThread.shutdownNow();
        }
        synchronized (polling) {
            stopPoller();
            if (pollLease != null) {
                pollLease.close(); // a standby replica takes over now rather than at its next try
                pollLease = null;
            }
        }
        if (pollThread != null) {
            pollThread.shutdownNow();
        }
        // 2. finish the updates already taken, then the replies they queued (paced ones included)
        workers.shutdown(remaining(deadline));
        sendThreads.shutdown();
        await(sendThreads, deadline);
        sendThreads.shutdownNow();
        httpThreads.shutdown();
        await(httpThreads, deadline);
        http.dispatcher().cancelAll();
        httpThreads.shutdownNow();
        if (pollThread != null) {
            await(pollThread, System.nanoTime() + Duration.ofSeconds(1).toNanos());
        }
        http.connectionPool().evictAll();
        log.info("Telegram bot closed");
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    private static void await(ExecutorService executor, long deadline) {
        try {
            executor.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
