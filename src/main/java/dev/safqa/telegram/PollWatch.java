package dev.safqa.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.safqa.platform.Telemetry;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OkHttp interceptor on the poller's client: it sees each getUpdates answer before telegrambots
 * does, which is the only place the error body can be read.
 *
 * <ul>
 *   <li>A 429's {@code retry_after} goes to {@link PollBackOff}, so the next poll waits that long.</li>
 *   <li>Whether the last poll worked is kept for {@link TelegramBot#isReady()}.</li>
 *   <li>On shutdown the poll in flight is cancelled and answered as an empty poll, so the library does
 *   not log "Error received from Telegram GetUpdates" while we stop. OkHttp fails a cancelled call
 *   after its interceptors return, so the request runs as a separate call this class can cancel.</li>
 * </ul>
 */
final class PollWatch implements Interceptor {
    /**
     * telegrambots' poller logs each failed poll at ERROR with its stack trace; logback.xml turns that
     * logger off, and this class says it in one line at WARN instead (a 502 now and then is normal).
     */
    private static final Logger log = LoggerFactory.getLogger(PollWatch.class);
    private static final MediaType JSON = MediaType.get("application/json");
    private static final int MAX_ERROR_BODY = 16 * 1024;

    private final PollBackOff backOff;
    private final Telemetry telemetry;
    private final ObjectMapper mapper = new ObjectMapper();
    private final AtomicBoolean healthy = new AtomicBoolean(false);
    private final AtomicBoolean closing = new AtomicBoolean(false);
    private final AtomicReference<Call> inFlight = new AtomicReference<>();
    private final OkHttpClient transport;

    /** @param transport the client that really makes the requests (the poller's own client ends here) */
    PollWatch(PollBackOff backOff, Telemetry telemetry, OkHttpClient transport) {
        this.backOff = backOff;
        this.telemetry = telemetry;
        this.transport = transport;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        if (closing.get()) {
            return emptyPoll(chain);
        }
        Call call = transport.newCall(chain.request());
        inFlight.set(call);
        if (closing.get()) {
            call.cancel();  // close() came between the check above and set(): it may not have seen this call
        }
        Response response;
        try {
            response = call.execute();
        } catch (IOException e) {
            if (closing.get()) {
                return emptyPoll(chain);
            }
            healthy.set(false);
            telemetry.error(ChatRef.PLATFORM, "poll");
            log.warn("{} failed ({}); polling again after a back-off", method(chain), describe(e));
            throw e;
        } finally {
            inFlight.compareAndSet(call, null);
        }
        healthy.set(response.isSuccessful());
        if (!response.isSuccessful()) {
            telemetry.error(ChatRef.PLATFORM, "poll-" + response.code());
            log.warn("{} answered HTTP {}{}; polling again after a back-off", method(chain), response.code(),
                    response.code() == 401 ? " (the bot token was revoked? check TELEGRAM_BOT_TOKEN)" : "");
            retryAfter(response).ifPresent(seconds -> {
                telemetry.throttled(ChatRef.PLATFORM, seconds);
                backOff.retryAfter(Duration.ofSeconds(seconds));
            });
        }
        return response;
    }

    private java.util.Optional<Long> retryAfter(Response response) {
        try {
            JsonNode root = mapper.readTree(response.peekBody(MAX_ERROR_BODY).string());
            JsonNode ra = root == null ? null : root.path("parameters").get("retry_after");
            if (ra != null && ra.canConvertToLong() && ra.asLong() > 0) {
                return java.util.Optional.of(ra.asLong());
            }
        } catch (IOException | RuntimeException e) {
            // not Telegram's JSON (a proxy's error page): the ordinary back-off applies
        }
        String header = response.header("Retry-After");
        if (header != null && header.strip().matches("\\d{1,6}")) {
            return java.util.Optional.of(Long.parseLong(header.strip()));
        }
        return java.util.Optional.empty();
    }

    /** "getUpdates", or "deleteWebhook" before the first poll: the last path segment (the token is the one before). */
    private static String method(Chain chain) {
        java.util.List<String> path = chain.request().url().pathSegments();
        String last = path.isEmpty() ? "" : path.get(path.size() - 1);
        return last.equalsIgnoreCase("getupdates") ? "getUpdates" : last;
    }

    /** The exception's kind and message: OkHttp's messages name hosts, never request paths (the token). */
    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    boolean healthy() {
        return healthy.get();
    }

    /** From now on every poll is empty at once, and the one in flight is cancelled. */
    void closing() {
        closing.set(true);
        Call call = inFlight.get();
        if (call != null) {
            call.cancel();
        }
    }

    private static Response emptyPoll(Chain chain) {
        return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                .body(ResponseBody.create("{\"ok\":true,\"result\":[]}", JSON)).build();
    }
}
