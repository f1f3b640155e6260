package dev.safqa.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.safqa.config.ConfigLoader;
import dev.safqa.config.SafqaConfig;
import dev.safqa.storage.Database;
import dev.safqa.storage.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole application on 127.0.0.1, with the repo's knowledge and stub platforms. */
class ApplicationTest {
    private static final long WAIT_SECONDS = 20;

    @TempDir
    Path data;

    private final HttpClient client = HttpClient.newHttpClient();
    private final StubPlatform stub = new StubPlatform("stub", Duration.ofSeconds(5));
    private Application app;

    private SafqaConfig config(Map<String, String> extra) throws Exception {
        Map<String, String> env = new HashMap<>(Map.of(
                "SAFQA_HTTP_HOST", "127.0.0.1", "SAFQA_HTTP_PORT", "0", "SAFQA_DATA_DIR", data.toString(),
                "SAFQA_KNOWLEDGE_DIR", "knowledge", "SAFQA_LOG_LEVEL", "WARN",
                "SAFQA_HTTP_SHUTDOWN_GRACE", "0s"));
        env.putAll(extra);
        return new ConfigLoader(env).load(Path.of("config", "safqa.yaml"));
    }

    private Application start(PlatformFactory platforms) throws Exception {
        return start(platforms, Map.of());
    }

    private Application start(PlatformFactory platforms, Map<String, String> env) throws Exception {
        app = Application.start(config(env), platforms);
        return app;
    }

    private PlatformFactory only(StubPlatform platform) {
        return (config, answerer, index, database, telemetry, pacer) -> List.of(ChatPlatform.answering(platform));
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Runs the JVM shutdown hook on a thread of its own, as SIGTERM would; returns the exit code it asks for. */
    private CompletableFuture<Integer> sigterm() {
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        app.shutdownHook(exit::complete).start();
        return exit;
    }

    @Test
    void health_only_serves_healthz_readyz_and_metrics() throws Exception {
        start(PlatformFactory.NONE);

        assertThat(get("/healthz").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = get("/readyz");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"accepting\":\"ok\"", "\"database\":\"ok\"", "\"knowledge\":\"ok\"");
        assertThat(get("/metrics").body()).contains("jvm_threads_live_threads");
    }

    @Test
    void on_postgresql_readyz_reports_the_shared_database() throws Exception {
        start(PlatformFactory.NONE, Map.of("SAFQA_DATABASE_URL", TestPostgres.newDatabase(),
                "SAFQA_DATABASE_USER", TestPostgres.USER));

        HttpResponse<String> ready = get("/readyz");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\":\"ok\"");
        assertThat(data.resolve(Database.FILE_NAME)).doesNotExist(); // nothing in SQLite
    }

    @Test
    void a_postgresql_that_cannot_be_reached_stops_the_start_without_showing_the_password() {
        assertThatThrownBy(() -> start(PlatformFactory.NONE, Map.of(
                "SAFQA_DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/safqa?connectTimeout=2",
                "SAFQA_DATABASE_PASSWORD", "pg-secret-5")))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("postgresql://127.0.0.1:1/safqa")
                .hasMessageContaining("SAFQA_DATABASE_URL")
                .hasMessageNotContaining("pg-secret-5");
    }

    @Test
    void readyz_is_503_and_names_a_platform_that_is_not_connected() throws Exception {
        start(only(stub));
        stub.ready = false;

        HttpResponse<String> r = get("/readyz");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("\"failing\":[\"stub\"]");
    }

    @Test
    void the_platforms_get_the_answerer_built_on_the_repo_knowledge() throws Exception {
        CompletableFuture<String> answer = new CompletableFuture<>();
        start((config, answerer, index, database, telemetry, pacer) -> {
            answer.complete(answerer.answer("How much of Scale AI did Meta buy?").outcome().name());
            return List.of();
        });

        assertThat(answer.get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo("ANSWERED");
    }

    @Test
    void a_reply_in_flight_is_delivered_before_the_shutdown_hook_returns() throws Exception {
        start(only(stub));
        CountDownLatch release = new CountDownLatch(1);
        Future<?> reply = stub.question(release);

        CompletableFuture<Integer> exit = sigterm();
        assertThat(stub.closing.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue(); // intake stopped...
        assertThat(exit).isNotDone(); // ...and the shutdown waits for the reply
        assertThat(get("/readyz").statusCode()).isEqualTo(503); // a load balancer stops sending work
        release.countDown();

        assertThat(exit.get(WAIT_SECONDS, TimeUnit.SECONDS)).isZero();
        assertThat(reply).isDone();
        assertThat(stub.events).containsExactly("started", "intake stopped", "reply delivered", "closed");
        assertThatThrownBy(() -> stub.question(new CountDownLatch(0))).hasMessage("not taking questions");
    }

    @Test
    void a_webhook_request_in_flight_is_answered_before_the_shutdown_hook_returns() throws Exception {
        start(only(stub), Map.of("SAFQA_HTTP_SHUTDOWN_GRACE", "5s"));
        CompletableFuture<HttpResponse<String>> delivery = client.sendAsync(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.port() + StubPlatform.WEBHOOK)).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stub.webhookEntered.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Integer> exit = sigterm();
        assertThat(stub.closing.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        stub.webhookRelease.countDown();

        assertThat(exit.get(WAIT_SECONDS, TimeUnit.SECONDS)).isZero();
        HttpResponse<String> r = delivery.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("delivered");
    }

    @Test
    void shutdown_folds_the_write_ahead_log_into_the_database_file() throws Exception {
        start(PlatformFactory.NONE);
        assertThat(data.resolve(Database.FILE_NAME + "-wal")).exists();

        app.close();

        assertThat(data.resolve(Database.FILE_NAME + "-wal")).doesNotExist();
        assertThat(Files.size(data.resolve(Database.FILE_NAME))).isPositive();
    }

    @Test
    void shutting_down_twice_is_harmless() throws Exception {
        start(only(stub));

        assertThat(app.shutdown()).isTrue();
        assertThat(app.shutdown()).isTrue();
        assertThat(stub.events).containsExactly("started", "intake stopped", "closed");
    }

    @Test
    void a_knowledge_folder_that_does_not_load_is_bad_input() throws Exception {
        SafqaConfig config = config(Map.of("SAFQA_KNOWLEDGE_DIR", data.resolve("missing").toString()));

        assertThatThrownBy(() -> Application.start(config, PlatformFactory.NONE))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("is not a folder")
                .matches(e -> ((StartupException) e).badInput());
    }

    @Test
    void a_platform_that_does_not_start_fails_the_start_and_everything_is_closed_again() throws Exception {
        stub.failOnStart = new IllegalStateException("401 from https://api.telegram.org/bot123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/getMe");
        SafqaConfig config = config(Map.of());

        assertThatThrownBy(() -> Application.start(config, only(stub)))
                .isInstanceOf(StartupException.class)
                .hasMessage("stub did not start: 401 from https://api.telegram.org/bot****/getMe")
                .matches(e -> !((StartupException) e).badInput());
        assertThat(stub.events).containsExactly("intake stopped", "closed");
        assertThat(data.resolve(Database.FILE_NAME + "-wal")).doesNotExist();
    }
}
