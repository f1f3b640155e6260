package dev.safqa.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.safqa.http.Http;
import dev.safqa.http.HttpService;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * The operations routes on the shared HTTP server. Each answers GET and HEAD only (anything else:
 * 405), is never cached, and reads no request body.
 *
 * <ul>
 *   <li>{@code /healthz}: 200 "ok" while the process runs (liveness: restart me if this fails).</li>
 *   <li>{@code /readyz}: 200 when every readiness check passes, else 503; the JSON body says which
 *   check fails either way.</li>
 *   <li>{@code /metrics}: Prometheus text format.</li>
 * </ul>
 */
public final class HealthRoutes {
    public static final String HEALTHZ = "/healthz";
    public static final String READYZ = "/readyz";
    public static final String METRICS = "/metrics";

    private HealthRoutes() {
    }

    public static HttpService.Builder register(HttpService.Builder http, Readiness readiness, Metrics metrics) {
        return http
                .route(HEALTHZ, readOnly(() -> new Reply(200, Http.TEXT, "ok\n")))
                .route(READYZ, readOnly(() -> {
                    Readiness.Report r = readiness.evaluate();
                    return new Reply(r.ready() ? 200 : 503, Http.JSON, r.json());
                }))
                .route(METRICS, readOnly(() -> new Reply(200, Metrics.CONTENT_TYPE, metrics.scrape())));
    }

    private record Reply(int status, String contentType, String body) {
    }

    private static HttpHandler readOnly(Supplier<Reply> reply) {
        return exchange -> {
            String method = exchange.getRequestMethod();
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (method.equals("GET")) {
                Reply r = reply.get();
                Http.respond(exchange, r.status(), r.contentType(), r.body());
            } else if (method.equals("HEAD")) {
                Reply r = reply.get();
                head(exchange, r);
            } else {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                Http.respond(exchange, 405, Http.TEXT, "method not allowed\n");
            }
        };
    }

    /** The JDK server refuses a body (and warns about a length) on HEAD: headers only. */
    private static void head(HttpExchange exchange, Reply r) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", r.contentType());
        exchange.sendResponseHeaders(r.status(), -1);
    }
}
