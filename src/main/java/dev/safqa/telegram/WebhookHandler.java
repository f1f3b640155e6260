package dev.safqa.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.safqa.http.Http;
import dev.safqa.platform.Telemetry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * {@code POST /telegram} on Safqa's HTTP server. telegrambots' webhook module never checks
 * {@code X-Telegram-Bot-Api-Secret-Token}, so anyone who guessed the URL could post fake updates;
 * here a request without the right secret gets 401 and is not read. A good update is acknowledged
 * at once and handled on the workers, so Telegram never waits on an answer (it re-sends on timeouts).
 */
final class WebhookHandler implements HttpHandler {
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** Updates are small; anything this big is not Telegram. */
    static final int MAX_BODY_BYTES = 1 << 20;
    private static final Logger log = LoggerFactory.getLogger(WebhookHandler.class);

    private final byte[] secret;
    private final UpdateParser parser = new UpdateParser();
    private final UpdateHandler updates;
    private final BooleanSupplier accepting;
    private final Telemetry telemetry;

    WebhookHandler(String secret, UpdateHandler updates, BooleanSupplier accepting, Telemetry telemetry) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.updates = updates;
        this.accepting = accepting;
        this.telemetry = telemetry;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            Http.respond(exchange, 405, Http.TEXT, "POST only\n");
            return;
        }
        String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
        // constant-time comparison: the secret is the only thing that authenticates Telegram
        if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            telemetry.error(ChatRef.PLATFORM, "webhook-401");
            log.warn("webhook request from {} without the right secret token: refused",
                    exchange.getRemoteAddress().getAddress().getHostAddress());
            Http.respond(exchange, 401, Http.TEXT, "unauthorized\n");
            return;
        }
        if (!accepting.getAsBoolean()) {
            Http.respond(exchange, 503, Http.TEXT, "not ready\n");  // Telegram retries later
            return;
        }
        String body;
        try {
            body = Http.readUtf8(exchange, MAX_BODY_BYTES);
        } catch (Http.BodyTooLargeException e) {
            Http.respond(exchange, 413, Http.TEXT, "too large\n");
            return;
        }
        Update update = parser.parse(body);
        if (update != null) {
            boolean first;
            try {
                // claimed before the 200: with several replicas behind a load balancer, a delivery
                // Telegram repeats (or a proxy retries) is answered by whichever claimed it first
                first = updates.claim(update);
            } catch (RuntimeException e) {
                log.warn("update {} could not be claimed, Telegram will send it again: {}", update.getUpdateId(), e.getMessage());
                Http.respond(exchange, 503, Http.TEXT, "try again\n");
                return;
            }
            if (first) {
                updates.queue(update);
            }
        }
        // 200 even for an update we could not read: a 4xx/5xx would make Telegram send it again and again
        Http.respond(exchange, 200, Http.TEXT, null);
    }
}
