package dev.safqa.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.safqa.cli.ExitCodes;
import dev.safqa.telegram.FakeBotApi;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code safqa serve} failing to start, as a user sees it: a process of its own, one or two lines on
 * stderr that say what failed and what to do, no stack trace, and the documented exit code.
 */
class StartFailureTest {
    private static final String TOKEN = "123456:" + "A".repeat(35);

    @TempDir
    Path dir;

    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        env.put("SAFQA_HTTP_HOST", "127.0.0.1");
        env.put("SAFQA_HTTP_PORT", "0");
        env.put("SAFQA_DATA_DIR", dir.resolve("data").toString());
        env.put("SAFQA_RELOAD_WATCH", "false");
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void assertNoStackTrace(SafqaProcess.Result r) {
        assertThat(r.all()).doesNotContain("\tat ").doesNotContain("Exception:").doesNotContain(TOKEN.substring(7));
    }

    @Test
    void an_unreachable_telegram_api_exits_3_naming_the_url_to_check() throws Exception {
        String url = "http://127.0.0.1:" + closedPort();

        SafqaProcess.Result r = SafqaProcess.run(dir, env("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", url), "serve");

        assertThat(r.exit()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(r.err()).contains("Cannot reach Telegram at " + url + " (connection refused): is TELEGRAM_API_URL right");
        assertNoStackTrace(r);
    }

    @Test
    void verbose_adds_the_exception_chain_without_the_token() throws Exception {
        String url = "http://127.0.0.1:" + closedPort();

        SafqaProcess.Result r = SafqaProcess.run(dir, env("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", url),
                "serve", "--verbose");

        assertThat(r.exit()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(r.err()).startsWith("Cannot reach Telegram at " + url).contains("ConnectException").contains("\tat ")
                .doesNotContain(TOKEN.substring(7));
    }

    @Test
    void a_token_telegram_refuses_exits_2_pointing_at_botfather() throws Exception {
        try (FakeBotApi api = new FakeBotApi(TOKEN)) {
            api.script("getme", c -> true, 1, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");

            SafqaProcess.Result r = SafqaProcess.run(dir, env("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL",
                    api.url().toString()), "serve");

            assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err()).contains("Telegram refused the bot token (401 Unauthorized on getMe): check TELEGRAM_BOT_TOKEN");
            assertNoStackTrace(r);
        }
    }

    @Test
    void an_address_that_answers_a_proxy_page_instead_of_the_bot_api_exits_3() throws Exception {
        try (FakeBotApi api = new FakeBotApi(TOKEN)) {
            api.script("getme", c -> true, 1, 502, "<html><body>502 Bad Gateway</body></html>");

            SafqaProcess.Result r = SafqaProcess.run(dir, env("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL",
                    api.url().toString()), "serve");

            assertThat(r.exit()).isEqualTo(ExitCodes.UNREACHABLE);
            assertThat(r.err()).contains(api.url() + " does not answer as a Telegram Bot API server (getMe got HTTP 502,"
                    + " an HTML page): is TELEGRAM_API_URL right?");
            assertNoStackTrace(r);
        }
    }

    @Test
    void an_http_webhook_url_is_refused_because_telegram_only_calls_https() throws Exception {
        SafqaProcess.Result r = SafqaProcess.run(dir, env("TELEGRAM_BOT_TOKEN", TOKEN,
                "TELEGRAM_WEBHOOK_URL", "http://bot.example.com/telegram"), "serve");

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("TELEGRAM_WEBHOOK_URL").contains("http://bot.example.com/telegram")
                .contains("a public https:// URL (Telegram only calls HTTPS webhooks)");
        assertThat(dir.resolve("data")).doesNotExist(); // refused before anything started
        assertNoStackTrace(r);
    }

    @Test
    void a_data_folder_that_cannot_be_created_exits_2_naming_the_setting() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");

        SafqaProcess.Result r = SafqaProcess.run(dir, env("SAFQA_DATA_DIR", file.resolve("data").toString()),
                "serve", "--health-only");

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("Cannot create the data folder " + file.resolve("data"))
                .contains("set data in the config, or SAFQA_DATA_DIR, to a folder Safqa may write to");
        assertNoStackTrace(r);
    }

    @Test
    void a_data_folder_nobody_may_write_exits_2_naming_the_setting() throws Exception {
        Path data = Files.createDirectories(dir.resolve("locked"));
        // root may write anywhere: an immutable folder is what stops it (skipped where chattr is missing)
        org.junit.jupiter.api.Assumptions.assumeTrue(chattr("+i", data), "chattr +i is not available here");
        try {
            SafqaProcess.Result r = SafqaProcess.run(dir, env("SAFQA_DATA_DIR", data.toString()), "serve", "--health-only");

            assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err()).isEqualTo("The data folder " + data + " is not writable: set data in the config, or"
                    + " SAFQA_DATA_DIR, to a folder Safqa may write to\n");
        } finally {
            chattr("-i", data);
        }
    }

    private static boolean chattr(String flag, Path path) throws Exception {
        try {
            Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException noChattr) {
            return false;
        }
    }

    @Test
    void a_port_in_use_exits_2_naming_the_setting() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            SafqaProcess.Result r = SafqaProcess.run(dir, env("SAFQA_HTTP_PORT", String.valueOf(taken.getLocalPort())),
                    "serve", "--health-only");

            assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err()).contains("Cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .contains("set http.port or SAFQA_HTTP_PORT");
            assertNoStackTrace(r);
        }
    }

    @Test
    void an_unreachable_slack_api_is_not_reported_as_a_bad_token() throws Exception {
        String url = "http://127.0.0.1:" + closedPort() + "/api/";

        SafqaProcess.Result r = SafqaProcess.run(dir, env("SLACK_BOT_TOKEN", "xoxb-1-2-" + "b".repeat(24),
                "SLACK_SIGNING_SECRET", "s".repeat(32), "SLACK_API_URL", url), "serve");

        assertThat(r.exit()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(r.err()).contains("Cannot reach Slack at " + url).contains("is SLACK_API_URL right")
                .doesNotContain("token is invalid");
        assertNoStackTrace(r);
    }

    @Test
    void a_slack_token_slack_refuses_exits_2() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/", ex -> {
            byte[] body = "{\"ok\":false,\"error\":\"invalid_auth\"}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";

        SafqaProcess.Result r = SafqaProcess.run(dir, env("SLACK_BOT_TOKEN", "xoxb-1-2-" + "b".repeat(24),
                "SLACK_SIGNING_SECRET", "s".repeat(32), "SLACK_API_URL", url), "serve");

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("Slack refused SLACK_BOT_TOKEN (auth.test: invalid_auth)");
        assertNoStackTrace(r);
    }

    @Test
    void sigterm_while_the_platforms_start_after_healthz_turned_200_exits_0_after_a_clean_shutdown() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        try (FakeBotApi api = new FakeBotApi(TOKEN)) {
            FakeBotApi.Hold getMe = api.hold("getMe", 1);
            try (SafqaProcess p = SafqaProcess.start(dir, env("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL",
                    api.url().toString(), "SAFQA_HTTP_PORT", String.valueOf(port)), "serve")) {
                assertThat(getMe.awaitReached(java.time.Duration.ofSeconds(60))).isTrue();
                awaitHealthy(port);  // the HTTP server is up, Telegram is still starting

                p.terminate();
                getMe.release();

                SafqaProcess.Result r = p.await(java.time.Duration.ofSeconds(30));
                assertThat(r.exit()).isEqualTo(ExitCodes.OK);
                assertThat(r.out()).contains("Shutting down").contains("Stopped");
            }
        }
    }

    private static void awaitHealthy(int port) throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.URI healthz = java.net.URI.create("http://127.0.0.1:" + port + "/healthz");
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                var response = client.send(java.net.http.HttpRequest.newBuilder(healthz)
                        .timeout(java.time.Duration.ofSeconds(2)).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("/healthz never answered 200");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);  // poll every 20 ms until the deadline
        }
    }
}
