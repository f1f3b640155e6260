package dev.safqa.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.socket_mode.SocketModeClient;
import dev.safqa.conversation.Conversation;
import dev.safqa.http.HttpService;
import dev.safqa.limits.Pacer;
import dev.safqa.notify.NoticeSender;
import dev.safqa.limits.Pacing;
import dev.safqa.platform.Platform;
import dev.safqa.platform.Replicas;
import dev.safqa.platform.PlatformStartException;
import dev.safqa.platform.Telemetry;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Safqa on Slack: a Bolt {@link App} with Safqa's listeners, reached either over Socket Mode (the
 * Java-WebSocket backend) or as {@code POST /slack/events} on the shared HTTP server.
 *
 * <p>Owns everything it starts: the Bolt app and its Web API client (pointed at
 * {@link SlackSettings#apiUrl()}, so a test can put a fake Slack there), the Socket Mode connection,
 * and the scheduler that answers and sends. {@link #close()} releases all of them.
 */
public final class SlackApp implements Platform {
    private static final Logger log = LoggerFactory.getLogger(SlackApp.class);

    private static final int THREADS = 4;

    private final SlackSettings settings;
    private final Slack slack;
    private final App app;
    private final ScheduledThreadPoolExecutor executor;
    private final SlackNoticeSender notices;
    private volatile SocketModeApp socketMode;
    private volatile boolean started;
    private volatile boolean closed;

    /**
     * @param conversation what Safqa does with a turn; the adapter only parses, hands over, renders, sends
     * @param pacer        paces the replies (when {@link SlackSettings#pacing()}); share it with the
     *                     notifications dispatcher, so that answers and notes add up to Slack's limits
     * @param pacing       Slack's limits as buckets of that pacer ({@link SlackLimits#PACING})
     * @param replicas     claims each event so that one replica answers it (each may hold a Socket Mode
     *                     connection; Slack allows ten); {@link Replicas#single()} for one process
     */
    public SlackApp(SlackSettings settings, Conversation conversation, Telemetry telemetry, Pacer pacer, Pacing pacing,
                    Replicas replicas) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(telemetry, "telemetry");
        Objects.requireNonNull(pacer, "pacer");
        Objects.requireNonNull(pacing, "pacing");
        Objects.requireNonNull(replicas, "replicas");
        SlackConfig config = new SlackConfig(); // not SlackConfig.DEFAULT: that one is immutable
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        config.setStatsEnabled(false); // no metrics threads, no extra auth.test calls
        // OkHttp's defaults leave a call without an overall bound: a Slack that stops answering must not hang a reply
        config.setHttpClientReadTimeoutMillis(30_000);
        config.setHttpClientWriteTimeoutMillis(30_000);
        config.setHttpClientCallTimeoutMillis(60_000);
        this.slack = Slack.getInstance(config);
        this.app = new App(AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret())
                // checked by SlackEventsRoute over UTF-8 bytes; Bolt's check uses the platform charset
                .requestVerificationEnabled(false)
                // edits, deletions, joins... are acknowledged, not logged as unhandled
                .allEventsApiAutoAckEnabled(true)
                .threadPoolSize(1)
                .build());

        AtomicInteger n = new AtomicInteger();
        this.executor = new ScheduledThreadPoolExecutor(THREADS, r -> {
            Thread t = new Thread(r, "slack-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);

        MethodsClient methods = slack.methods(settings.botToken());
        this.notices = new SlackNoticeSender(methods, pacing);
        MessageSender sender = new MessageSender(methods, settings.pacing() ? pacer : null, pacing, executor, telemetry);
        new SlackHandlers(conversation, sender, new WorkingIndicator(methods, executor), executor, telemetry,
                replicas.inbound()).register(app);
    }

    @Override
    public String name() {
        return SlackHandlers.PLATFORM;
    }

    /**
     * Posts notifications to Slack channels through this app's Web API client: for the dispatcher,
     * which paces them (on the same pacer as the replies) and retries them.
     */
    public NoticeSender notices() {
        return notices;
    }

    /** HTTP mode only: {@code POST /slack/events}. Socket Mode needs no route. */
    @Override
    public void registerRoutes(HttpService.Builder http) {
        if (!settings.socketMode()) {
            http.route(SlackEventsRoute.PATH, new SlackEventsRoute(app,
                    new RequestSignature(settings.signingSecret(), Clock.systemUTC()), SlackApp::failed,
                    () -> !closed));
        }
    }

    /**
     * Checks the bot token (Bolt calls auth.test) and, in Socket Mode, opens the WebSocket.
     *
     * @throws IllegalStateException if Slack refuses the token or the connection
     */
    @Override
    public void start() {
        if (closed) {
            throw new IllegalStateException("Slack adapter is closed");
        }
        if (started) {
            return;
        }
        try {
            app.start();
        } catch (RuntimeException e) {
            throw startFailure(e);
        }
        if (settings.socketMode()) {
            try {
                SocketModeApp sm = new SocketModeApp(settings.appToken(), app, SocketModeClient.Backend.JavaWebSocket,
                        ctx -> failed(ctx.getRequest(), ctx.getException()));
                socketMode = sm;
                sm.startAsync();
            } catch (Exception e) {
                String why = oneLine(e);
                boolean refused = why.matches("(?s).*\\b(invalid_auth|not_authed|token_revoked|not_allowed_token_type)\\b.*");
                throw new PlatformStartException("Slack Socket Mode did not connect (" + why + "): check SLACK_APP_TOKEN"
                        + " (xapp-..., scope connections:write)" + (refused ? "" : " and that this machine can reach Slack"),
                        !refused, e);
            }
        }
        started = true;
        log.info("Slack adapter started ({} mode)", settings.socketMode() ? "Socket" : "HTTP");
    }

    /**
     * Bolt says "The token is invalid" for both a refused token ("(auth.test error: invalid_auth)") and
     * a network fault ("(error: Failed to connect to ...)"), with no cause: tell them apart by its words.
     * Its message names the error or the host, never the token.
     */
    private PlatformStartException startFailure(RuntimeException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        java.util.regex.Matcher refused = java.util.regex.Pattern.compile("auth\\.test error: ([a-z_]+)").matcher(m);
        if (refused.find()) {
            return new PlatformStartException("Slack refused SLACK_BOT_TOKEN (auth.test: " + refused.group(1) + "): check"
                    + " the Bot User OAuth Token (xoxb-...) under Install App", false, e);
        }
        java.util.regex.Matcher network = java.util.regex.Pattern.compile("\\(error: (.*)\\)\\s*$").matcher(m);
        String why = network.find() ? network.group(1) : oneLine(e);
        return new PlatformStartException("Cannot reach Slack at " + settings.apiUrl() + " (" + why + "): is SLACK_API_URL"
                + " right, and can this machine reach it?", true, e);
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** Started and not closed; in Socket Mode, the WebSocket also answers a ping. */
    @Override
    public boolean isReady() {
        if (!started || closed) {
            return false;
        }
        if (!settings.socketMode()) {
            return true;
        }
        SocketModeApp sm = socketMode;
        SocketModeClient client = sm == null ? null : sm.getClient();
        return client != null && client.verifyConnection();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        SocketModeApp sm = socketMode;
        if (sm != null) {
            SocketModeClient client = sm.getClient();
            try {
                sm.close();
                if (client != null) {
                    client.close(); // SocketModeApp.close() leaves the client's own executors running
                }
            } catch (Exception e) {
                log.warn("Closing the Slack Socket Mode connection failed: {}", e.toString());
            }
        }
        // replies already booked (paced, or waiting out a Retry-After) still go out, within the grace
        executor.shutdown();
        try {
            if (!executor.awaitTermination(settings.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Slack replies still pending after {}; dropped", settings.shutdownGrace());
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        app.stop();
        app.executorService().shutdownNow();
        try {
            slack.close();
        } catch (Exception e) {
            log.warn("Closing the Slack client failed: {}", e.toString());
        }
        log.info("Slack adapter closed");
    }

    /**
     * The response for a request whose handling threw (in Bolt's middleware, e.g. auth.test, or a
     * listener): a 200, so Slack does not redeliver into the same failure, with an apology for a
     * slash command, whose user is waiting for an answer.
     */
    static Response failed(Request<?> request, Exception e) {
        RequestType type = request == null ? null : request.getRequestType();
        log.error("Slack {} request failed: {}", type, e.toString(), e);
        if (type == RequestType.Command) {
            return Response.json(200, Map.of("response_type", "ephemeral", "text", SlackHandlers.apology()));
        }
        return Response.ok();
    }
}
