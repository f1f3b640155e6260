package dev.safqa.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.safqa.http.Http;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events} on Safqa's HTTP server: Bolt's HTTP mode without a servlet container.
 * The steps, in an order that matters:
 * <ol>
 * <li>read the raw body, bounded;</li>
 * <li>check the v0 signature over those exact bytes (a forged or replayed request stops here with
 *     401, before anything is parsed);</li>
 * <li>decode the body as UTF-8 and let Bolt parse and route it;</li>
 * <li>answer with Bolt's response, or, if Bolt or a listener threw, with a 200 and an apology:
 *     Slack retries a 5xx, and a retry would meet the same failure.</li>
 * </ol>
 */
final class SlackEventsRoute implements HttpHandler {
    private static final Logger log = LoggerFactory.getLogger(SlackEventsRoute.class);

    static final String PATH = "/slack/events";
    /** block_actions payloads carry the whole message; a megabyte is far above any real one. */
    static final int MAX_BODY_BYTES = 1 << 20;
    private static final String INVALID = "{\"error\":\"invalid request\"}";

    private final App app;
    private final SlackRequestParser parser;
    private final RequestSignature signature;
    private final BiFunction<Request<?>, Exception, Response> onFailure;
    private final BooleanSupplier open;

    /**
     * @param onFailure the response for a request whose handling threw
     * @param open      false once the adapter is closing: requests get 503 so Slack redelivers them
     */
    SlackEventsRoute(App app, RequestSignature signature, BiFunction<Request<?>, Exception, Response> onFailure,
                     BooleanSupplier open) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signature = signature;
        this.onFailure = onFailure;
        this.open = open;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            Http.respond(exchange, 405, Http.TEXT, "POST only\n");
            return;
        }
        if (!open.getAsBoolean()) {
            Http.respond(exchange, 503, Http.TEXT, "shutting down\n");
            return;
        }
        byte[] body;
        try {
            body = Http.readBody(exchange, MAX_BODY_BYTES);
        } catch (Http.BodyTooLargeException e) {
            Http.respond(exchange, 413, Http.TEXT, "too large\n");
            return;
        }
        Map<String, List<String>> headers = exchange.getRequestHeaders();
        if (!signature.verify(exchange.getRequestHeaders().getFirst("X-Slack-Request-Timestamp"),
                exchange.getRequestHeaders().getFirst("X-Slack-Signature"), body)) {
            log.warn("Slack request refused: bad or stale signature (from {})",
                    exchange.getRemoteAddress().getAddress().getHostAddress());
            Http.respond(exchange, 401, Http.JSON, INVALID);
            return;
        }
        Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri(exchange.getRequestURI().getPath())
                .queryString(QueryStringParser.toMap(exchange.getRequestURI().getRawQuery()))
                .headers(new RequestHeaders(headers))
                .requestBody(new String(body, StandardCharsets.UTF_8))
                .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                .build());
        if (request == null) {
            Http.respond(exchange, 400, Http.JSON, "{\"error\":\"unsupported request\"}");
            return;
        }
        Response response;
        try {
            response = app.run(request);
        } catch (Exception e) {
            response = onFailure.apply(request, e);
        }
        write(exchange, response);
    }

    private static void write(HttpExchange exchange, Response r) throws IOException {
        if (r.getHeaders() != null) {
            r.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
        }
        String type = r.getContentType() == null ? Http.TEXT : r.getContentType();
        if (!type.contains("charset")) {
            type = type + "; charset=utf-8";
        }
        Http.respond(exchange, r.getStatusCode() == null ? 200 : r.getStatusCode(), type, r.getBody());
    }
}
