package dev.safqa.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "health", description = {
        "Ask a running server whether it is alive: exit 0 if the URL answers 200, else 1.",
        "For Docker's HEALTHCHECK, as the JRE image has no curl."})
final class HealthCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://127.0.0.1:${env:SAFQA_HTTP_PORT:-8080}/healthz",
            description = "What to ask (default: ${DEFAULT-VALUE}).")
    URI url;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "3",
            description = "Give up after this many seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws InterruptedException {
        Duration timeout = Duration.ofSeconds(Math.max(1, timeoutSeconds));
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(url).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                spec.commandLine().getOut().println("healthy: " + url);
                return ExitCodes.OK;
            }
            spec.commandLine().getErr().println("unhealthy: " + url + " answered " + response.statusCode());
        } catch (IOException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("unhealthy: " + url + " cannot be reached: " + e);
        }
        return ExitCodes.FAILED;
    }
}
