package dev.safqa.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RequestSignatureTest {
    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private final RequestSignature signature = new RequestSignature(SignedClient.SECRET, Clock.fixed(NOW, ZoneOffset.UTC));
    private final byte[] arabic = "text=%D9%83%D9%85&raw=كم استثمرت ميتا".getBytes(StandardCharsets.UTF_8);
    private final String ts = String.valueOf(NOW.getEpochSecond());

    @Test
    void a_utf8_signature_over_an_arabic_body_verifies() {
        assertThat(signature.verify(ts, SignedClient.sign(SignedClient.SECRET, ts, arabic), arabic)).isTrue();
    }

    @Test
    void a_changed_body_or_secret_does_not_verify() {
        String good = SignedClient.sign(SignedClient.SECRET, ts, arabic);
        assertThat(signature.verify(ts, good, "text=other".getBytes(StandardCharsets.UTF_8))).isFalse(); // body
        assertThat(signature.verify(ts, SignedClient.sign("other", ts, arabic), arabic)).isFalse(); // secret
        assertThat(signature.verify(ts, null, arabic)).isFalse(); // no header
    }

    @Test
    void timestamps_more_than_five_minutes_away_do_not_verify() {
        String old = String.valueOf(NOW.getEpochSecond() - 301);
        String future = String.valueOf(NOW.getEpochSecond() + 301);
        String edge = String.valueOf(NOW.getEpochSecond() - 300);
        assertThat(signature.verify(old, SignedClient.sign(SignedClient.SECRET, old, arabic), arabic)).isFalse(); // replay
        assertThat(signature.verify(future, SignedClient.sign(SignedClient.SECRET, future, arabic), arabic)).isFalse();
        assertThat(signature.verify(edge, SignedClient.sign(SignedClient.SECRET, edge, arabic), arabic)).isTrue();
        assertThat(signature.verify("soon", "v0=00", arabic)).isFalse(); // not a number
    }
}
