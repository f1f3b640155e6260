package dev.safqa.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Safqa's one HTTP server (the JDK's): the Telegram webhook, Slack's HTTP mode, health and metrics
 * all register a route here. Routes match exactly; a handler that throws gets a logged error and a
 * 500 with no detail, and the server keeps serving.
 */
public final class HttpService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HttpService.class);

    static {
        // The JDK server leaves Nagle's algorithm on: a small response then waits ~40 ms for an ACK.
        // The property is read once, when the server's configuration class loads, so set it first.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;

    private HttpService(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The bound port: the configured one, or the one the OS picked for port 0. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops accepting, lets exchanges in progress finish for up to {@code grace}, then stops. */
    public void stop(Duration grace) {
        server.stop((int) Math.max(0, Math.min(Integer.MAX_VALUE, grace.toSeconds())));
        executor.shutdown();
        try {
            if (!executor.awaitTermination(grace.toMillis() + 1000, TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(1));
    }

    public static final class Builder {
        private String host = "0.0.0.0";
        private int port = 8080;
        private int threads = 8;
        private final Map<String, HttpHandler> routes = new LinkedHashMap<>();

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /** An exact path ("/telegram"); registering one twice is a wiring bug. */
        public Builder route(String path, HttpHandler handler) {
            if (routes.putIfAbsent(path, handler) != null) {
                throw new IllegalStateException("route " + path + " registered twice");
            }
            return this;
        }

        public boolean hasRoutes() {
            return !routes.isEmpty();
        }

        public HttpService start() throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 128);
            AtomicInteger n = new AtomicInteger();
            ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(1024), r -> {
                        Thread t = new Thread(r, "http-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    }, new ThreadPoolExecutor.AbortPolicy());
            executor.allowCoreThreadTimeOut(true);
            server.setExecutor(executor);
            Map<String, HttpHandler> exact = Map.copyOf(routes);
            server.createContext("/", exchange -> dispatch(exact, exchange));
            server.start();
            log.info("HTTP server listening on {}:{} ({})", host, server.getAddress().getPort(),
                    String.join(", ", exact.keySet()));
            return new HttpService(server, executor);
        }

        private static void dispatch(Map<String, HttpHandler> routes, HttpExchange exchange) throws IOException {
            try (exchange) {
                HttpHandler h = routes.get(exchange.getRequestURI().getPath());
                if (h == null) {
                    Http.respond(exchange, 404, Http.TEXT, "not found\n");
                    return;
                }
                try {
                    h.handle(exchange);
                } catch (Exception e) {
                    log.error("HTTP {} {} failed: {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                            e.toString(), e);
                    try {
                        Http.respond(exchange, 500, Http.TEXT, "internal error\n");
                    } catch (IOException | RuntimeException ignored) {
                        // headers were already sent: nothing more to tell the client
                    }
                }
            }
        }
    }
}
