package dev.safqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.http.Http;
import dev.safqa.http.HttpService;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code safqa health}, the Docker HEALTHCHECK. */
class HealthCommandTest {
    private final StringWriter err = new StringWriter();

    private int health(String url) {
        CommandLine cmd = new CommandLine(new SafqaCommand(System.in));
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute("health", "--url", url, "--timeout", "5");
    }

    @Test
    void a_server_answering_200_is_healthy() throws Exception {
        HttpService server = HttpService.builder().host("127.0.0.1").port(0)
                .route("/healthz", ex -> Http.respond(ex, 200, Http.TEXT, "ok\n")).start();
        try {
            assertThat(health("http://127.0.0.1:" + server.port() + "/healthz")).isEqualTo(ExitCodes.OK);
        } finally {
            server.stop(Duration.ZERO);
        }
    }

    @Test
    void a_server_answering_anything_else_is_unhealthy() throws Exception {
        HttpService server = HttpService.builder().host("127.0.0.1").port(0)
                .route("/other", ex -> Http.respond(ex, 200, Http.TEXT, "ok\n")).start();
        try {
            assertThat(health("http://127.0.0.1:" + server.port() + "/healthz")).isEqualTo(ExitCodes.FAILED);
            assertThat(err.toString()).contains("answered 404");
        } finally {
            server.stop(Duration.ZERO);
        }
    }

    @Test
    void nothing_listening_is_unhealthy() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }

        assertThat(health("http://127.0.0.1:" + port + "/healthz")).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).contains("cannot be reached");
    }
}
