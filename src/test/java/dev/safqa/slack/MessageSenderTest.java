package dev.safqa.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.safqa.limits.Pacer;
import dev.safqa.limits.Pacing;
import dev.safqa.platform.Telemetry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** chat.postMessage through the real Web API client against the fake: 429 handling and pacing. */
@Timeout(20)
class MessageSenderTest {
    private static final SlackMessage HELLO = SlackRenderer.text("hello");

    private FakeSlack slack;
    private Slack client;
    private ScheduledExecutorService scheduler;
    private final AtomicLong throttledSeconds = new AtomicLong(-1);
    private final Telemetry telemetry = new Telemetry() {
        @Override
        public void throttled(String platform, long retryAfterSeconds) {
            throttledSeconds.set(retryAfterSeconds);
        }
    };

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        client = Slack.getInstance(config);
        scheduler = Executors.newScheduledThreadPool(2);
    }

    @AfterEach
    void stop() throws Exception {
        scheduler.shutdownNow();
        client.close();
        slack.close();
    }

    private MessageSender sender(boolean pacing) {
        return new MessageSender(client.methods("xoxb-test-token"), pacing ? new Pacer() : null, SlackLimits.PACING, scheduler,
                telemetry);
    }

    @Test
    void a_429_is_retried_after_its_retry_after_and_then_delivered() throws Exception {
        slack.script(FakeSlack.Reply.rateLimited(1));

        boolean delivered = sender(true).post("C0001", null, HELLO).get(10, TimeUnit.SECONDS);

        FakeSlack.Post refused = slack.nextPost(Duration.ofSeconds(5));
        FakeSlack.Post accepted = slack.nextPost(Duration.ofSeconds(5));
        assertThat(delivered).isTrue();
        assertThat(accepted.form()).isEqualTo(refused.form());
        assertThat(Duration.ofNanos(accepted.nanoTime() - refused.nanoTime()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(900)); // Retry-After: 1 honoured
        assertThat(throttledSeconds.get()).isEqualTo(1);
    }

    @Test
    void a_message_still_rate_limited_after_three_attempts_is_given_up() throws Exception {
        for (int i = 0; i < MessageSender.RETRIES.maxAttempts(); i++) {
            slack.script(FakeSlack.Reply.rateLimited(0));
        }

        boolean delivered = sender(false).post("C0001", null, HELLO).get(10, TimeUnit.SECONDS);

        assertThat(delivered).isFalse();
        for (int i = 0; i < MessageSender.RETRIES.maxAttempts(); i++) {
            slack.nextPost(Duration.ofSeconds(5));
        }
        slack.assertNoPost(Duration.ofMillis(300));
    }

    @Test
    void posts_to_one_channel_are_paced_about_one_a_second() throws Exception {
        // the pacer's clock stands still, so what it booked is exact whatever the machine's load
        Pacer pacer = new Pacer(() -> 0L);
        MessageSender sender = new MessageSender(client.methods("xoxb-test-token"), pacer, SlackLimits.PACING, scheduler,
                telemetry);

        sender.post("C0001", null, HELLO);
        sender.post("C0001", null, HELLO).get(10, TimeUnit.SECONDS);

        slack.nextPost(Duration.ofSeconds(5));
        slack.nextPost(Duration.ofSeconds(5));
        // both posts booked a slot of the channel's bucket: the next one may go two seconds on
        assertThat(pacer.reserve(SlackLimits.PACING.limits("C0001"))).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void a_refused_post_is_not_retried() throws Exception {
        slack.script(new FakeSlack.Reply(200, java.util.Map.of(), "{\"ok\":false,\"error\":\"not_in_channel\"}"));

        boolean delivered = sender(false).post("C0001", null, HELLO).get(10, TimeUnit.SECONDS);

        assertThat(delivered).isFalse();
        slack.nextPost(Duration.ofSeconds(5));
        slack.assertNoPost(Duration.ofMillis(300));
    }
}
