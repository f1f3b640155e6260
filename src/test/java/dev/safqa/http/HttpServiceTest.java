package dev.safqa.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class HttpServiceTest {
    private static HttpResponse<String> post(HttpService s, String path, String body) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void routes_match_exactly_and_anything_else_is_404() throws Exception {
        try (HttpService s = HttpService.builder().host("127.0.0.1").port(0)
                .route("/echo", ex -> Http.respond(ex, 200, Http.TEXT, Http.readUtf8(ex, 100))).start()) {
            assertThat(post(s, "/echo", "مرحبا").body()).isEqualTo("مرحبا");
            assertThat(post(s, "/echo/more", "x").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void a_failing_handler_gets_a_bare_500_and_the_server_keeps_serving() throws Exception {
        try (HttpService s = HttpService.builder().host("127.0.0.1").port(0)
                .route("/boom", ex -> {
                    throw new IllegalStateException("secret detail");
                })
                .route("/ok", ex -> Http.respond(ex, 200, Http.TEXT, "ok")).start()) {
            HttpResponse<String> r = post(s, "/boom", "");
            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(r.body()).doesNotContain("secret detail");
            assertThat(post(s, "/ok", "").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void a_body_over_its_limit_is_refused_without_reading_it_all() throws Exception {
        try (HttpService s = HttpService.builder().host("127.0.0.1").port(0)
                .route("/small", ex -> {
                    try {
                        Http.readBody(ex, 10);
                        Http.respond(ex, 200, Http.TEXT, "read");
                    } catch (Http.BodyTooLargeException e) {
                        Http.respond(ex, 413, Http.TEXT, "too large");
                    }
                }).start()) {
            assertThat(post(s, "/small", "x".repeat(1000)).statusCode()).isEqualTo(413);
        }
    }
}
