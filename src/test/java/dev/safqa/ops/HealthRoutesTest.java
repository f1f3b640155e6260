package dev.safqa.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.answer.Answer;
import dev.safqa.answer.Outcome;
import dev.safqa.http.HttpService;
import dev.safqa.text.Language;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** /healthz, /readyz and /metrics over real HTTP on 127.0.0.1. */
class HealthRoutesTest {
    private final Metrics metrics = new Metrics();
    private final AtomicBoolean telegramConnected = new AtomicBoolean(true);
    private final Readiness readiness = new Readiness(List.of(
            new Readiness.Check("knowledge", () -> true),
            new Readiness.Check("database", () -> true),
            new Readiness.Check("telegram", telegramConnected::get)));
    private final HttpClient client = HttpClient.newHttpClient();
    private HttpService server;

    private HttpService start() throws Exception {
        server = HealthRoutes.register(HttpService.builder().host("127.0.0.1").port(0), readiness, metrics).start();
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(Duration.ZERO);
        }
        metrics.close();
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthz_says_ok_while_the_process_runs() throws Exception {
        start();

        HttpResponse<String> r = send("GET", "/healthz");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("ok\n");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void readyz_is_200_when_every_check_passes() throws Exception {
        start();

        HttpResponse<String> r = send("GET", "/readyz");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(r.body()).isEqualTo("{\"ready\":true,\"failing\":[],"
                + "\"checks\":{\"database\":\"ok\",\"knowledge\":\"ok\",\"telegram\":\"ok\"}}\n");
    }

    @Test
    void readyz_is_503_and_names_the_check_that_fails() throws Exception {
        start();
        telegramConnected.set(false);

        HttpResponse<String> r = send("GET", "/readyz");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).isEqualTo("{\"ready\":false,\"failing\":[\"telegram\"],"
                + "\"checks\":{\"database\":\"ok\",\"knowledge\":\"ok\",\"telegram\":\"failing\"}}\n");
    }

    @Test
    void a_check_that_throws_is_failing() {
        Readiness broken = new Readiness(List.of(new Readiness.Check("database", () -> {
            throw new IllegalStateException("closed");
        })));

        assertThat(broken.evaluate().failing()).containsExactly("database");
    }

    @Test
    void metrics_are_prometheus_text_with_safqa_own_meters() throws Exception {
        MetricsTelemetry telemetry = new MetricsTelemetry(metrics.registry());
        telemetry.question("telegram", "42", new Answer("stake?", Language.EN, Outcome.ANSWERED, "49%", List.of(),
                List.of("stake"), List.of(), List.of()), 3_000_000);
        telemetry.sent("telegram");
        telemetry.throttled("telegram", 1);
        telemetry.error("slack", "network");
        metrics.notificationBacklog(() -> 7);
        start();

        HttpResponse<String> r = send("GET", "/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(r.body())
                .contains("safqa_questions_total{language=\"en\",outcome=\"answered\",platform=\"telegram\"} 1.0")
                .contains("safqa_answer_latency_seconds_bucket{platform=\"telegram\",le=\"0.005\"} 1")
                .contains("safqa_answer_latency_seconds_count{platform=\"telegram\"} 1")
                .contains("safqa_messages_sent_total{platform=\"telegram\"} 1.0")
                .contains("safqa_platform_throttled_total{platform=\"telegram\"} 1.0")
                .contains("safqa_platform_errors_total{kind=\"network\",platform=\"slack\"} 1.0")
                .contains("safqa_notifications_backlog 7.0")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void head_answers_with_headers_only() throws Exception {
        start();

        HttpResponse<String> r = send("HEAD", "/readyz");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
    }

    @Test
    void other_methods_get_405_with_the_allowed_ones() throws Exception {
        start();

        for (String path : List.of("/healthz", "/readyz", "/metrics")) {
            HttpResponse<String> r = send("POST", path);
            assertThat(r.statusCode()).as(path).isEqualTo(405);
            assertThat(r.headers().firstValue("Allow")).as(path).hasValue("GET, HEAD");
        }
    }
}
