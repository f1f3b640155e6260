package dev.safqa.slack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends requests to /slack/events as Slack does: the body signed with v0 HMAC over its UTF-8 bytes. */
public final class SignedClient {
    public static final String SECRET = "test-signing-secret-8f14e45f";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI uri;

    public SignedClient(int port) {
        this.uri = URI.create("http://127.0.0.1:" + port + "/slack/events");
    }

    public HttpResponse<String> form(Map<String, String> fields) throws IOException, InterruptedException {
        return send(encode(fields), "application/x-www-form-urlencoded", Instant.now(), SECRET, Map.of());
    }

    HttpResponse<String> json(String body) throws IOException, InterruptedException {
        return send(body, "application/json", Instant.now(), SECRET, Map.of());
    }

    HttpResponse<String> json(String body, Map<String, String> headers) throws IOException, InterruptedException {
        return send(body, "application/json", Instant.now(), SECRET, headers);
    }

    /** An interactive payload, as Slack posts it: {@code payload=<url-encoded JSON>}. */
    HttpResponse<String> action(String payloadJson) throws IOException, InterruptedException {
        return form(Map.of("payload", payloadJson));
    }

    HttpResponse<String> send(String body, String contentType, Instant at, String secret, Map<String, String> headers)
            throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String ts = String.valueOf(at.getEpochSecond());
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", sign(secret, ts, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The v0 signature Slack sends: HMAC-SHA256 of "v0:ts:" and the raw UTF-8 body. */
    public static String sign(String secret, String ts, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + ts + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A form body, as Slack posts slash commands. */
    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A /safqa slash command as Slack posts it. */
    public static Map<String, String> slashCommand(String text, String channel, String user, String responseUrl) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("token", "legacy-verification-token");
        f.put("team_id", "T0001");
        f.put("team_domain", "safqa-test");
        f.put("channel_id", channel);
        f.put("channel_name", "general");
        f.put("user_id", user);
        f.put("user_name", "reader");
        f.put("command", "/safqa");
        f.put("text", text);
        f.put("api_app_id", "A0001");
        f.put("response_url", responseUrl);
        f.put("trigger_id", "123.456.abc");
        return f;
    }
}
