package dev.safqa.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import dev.safqa.limits.Pacer;
import dev.safqa.limits.Pacing;
import dev.safqa.limits.RetryPolicy;
import dev.safqa.platform.ChatIds;
import dev.safqa.platform.Telemetry;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * chat.postMessage, paced and retried. The Web API client neither waits nor retries: a 429 comes
 * back as an exception with {@code Retry-After}. So each post books a slot in the {@link Pacer}
 * (Slack's limits as the wiring hands them in, {@link SlackLimits#PACING}) and runs on the scheduler
 * when its slot comes; a 429 pauses the channel's bucket for the time Slack asked and tries again,
 * a bounded number of times. No thread sleeps while waiting.
 */
final class MessageSender {
    private static final Logger log = LoggerFactory.getLogger(MessageSender.class);

    /** An answer is tried three times, 1 s and then 2 s apart, then given up: later it would only confuse. */
    static final RetryPolicy RETRIES = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(2));
    /** A longer Retry-After than this means the answer would be stale by the time it arrives. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private final MethodsClient client;
    private final Pacer pacer;
    private final Pacing pacing;
    private final ScheduledExecutorService scheduler;
    private final Telemetry telemetry;

    /**
     * @param pacer  null to send at once (tests, or a workspace with its own proxy limits)
     * @param pacing Slack's limits as buckets of the pacer
     */
    MessageSender(MethodsClient client, Pacer pacer, Pacing pacing, ScheduledExecutorService scheduler, Telemetry telemetry) {
        this.client = client;
        this.pacer = pacer;
        this.pacing = pacing;
        this.scheduler = scheduler;
        this.telemetry = telemetry;
    }

    /**
     * Posts {@code message} to {@code channel} (in the thread of {@code threadTs} when not null).
     * The future completes with true once Slack accepted it, false if it was given up; never
     * exceptionally.
     */
    CompletableFuture<Boolean> post(String channel, String threadTs, SlackMessage message) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        schedule(new Post(channel, threadTs, message, done), 1, Duration.ZERO);
        return done;
    }

    /**
     * Replaces the message {@code ts} in {@code channel} with {@code message} (chat.update: a choice
     * tapped under an answer in a channel). Not paced, which counts chat.postMessage only; tried once.
     */
    CompletableFuture<Boolean> update(String channel, String ts, SlackMessage message) {
        String chat = ChatIds.hash("slack", channel);
        try {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    var r = client.chatUpdate(b -> b.channel(channel).ts(ts).blocks(message.blocks()).text(message.text()));
                    if (!r.isOk()) {
                        log.warn("chat.update in {} refused: {}", chat, r.getError());
                        telemetry.error("slack", r.getError() == null ? "not_ok" : r.getError());
                    }
                    return r.isOk();
                } catch (IOException | SlackApiException | RuntimeException e) {
                    log.warn("chat.update in {} failed: {}", chat, e.toString());
                    telemetry.error("slack", "chat.update");
                    return false;
                }
            }, scheduler);
        } catch (RejectedExecutionException e) {
            log.warn("Slack update in {} dropped: shutting down", chat);
            return CompletableFuture.completedFuture(false);
        }
    }

    private record Post(String channel, String threadTs, SlackMessage message, CompletableFuture<Boolean> done) {
    }

    private void schedule(Post p, int attempt, Duration atLeast) {
        Duration wait = atLeast;
        if (pacer != null) {
            Duration slot = pacer.reserve(pacing.limits(p.channel()));
            wait = slot.compareTo(wait) > 0 ? slot : wait;
        }
        try {
            scheduler.schedule(() -> send(p, attempt), wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            log.warn("Slack message to {} dropped: shutting down", ChatIds.hash("slack", p.channel()));
            p.done().complete(false);
        }
    }

    private void send(Post p, int attempt) {
        String chat = ChatIds.hash("slack", p.channel());
        try {
            ChatPostMessageResponse r = client.chatPostMessage(b -> b.channel(p.channel()).threadTs(p.threadTs())
                    .blocks(p.message().blocks()).text(p.message().text()).unfurlLinks(false).unfurlMedia(false));
            if (r.isOk()) {
                telemetry.sent("slack");
                p.done().complete(true);
            } else {
                // not_in_channel, channel_not_found, is_archived...: retrying will not help
                log.warn("chat.postMessage to {} refused: {}", chat, r.getError());
                telemetry.error("slack", r.getError() == null ? "not_ok" : r.getError());
                p.done().complete(false);
            }
        } catch (SlackApiException e) {
            int code = e.getResponse() == null ? 0 : e.getResponse().code();
            if (code == 429) {
                Duration retryAfter = retryAfter(e);
                telemetry.throttled("slack", retryAfter.toSeconds());
                if (pacer != null) {
                    pacer.pause(pacing.chatKey(p.channel()), retryAfter);
                }
                if (attempt < RETRIES.maxAttempts() && retryAfter.compareTo(MAX_RETRY_AFTER) <= 0) {
                    log.info("chat.postMessage to {} rate limited; retrying in {} s", chat, retryAfter.toSeconds());
                    schedule(p, attempt + 1, retryAfter);
                    return;
                }
                log.warn("chat.postMessage to {} still rate limited after {} attempts; giving up", chat, attempt);
                telemetry.error("slack", "429");
                p.done().complete(false);
            } else {
                retryOrGiveUp(p, attempt, chat, "HTTP " + code, String.valueOf(code));
            }
        } catch (IOException e) {
            retryOrGiveUp(p, attempt, chat, e.getClass().getSimpleName(), "network");
        } catch (RuntimeException e) {
            log.error("chat.postMessage to {} failed: {}", chat, e.toString(), e);
            telemetry.error("slack", "internal");
            p.done().complete(false);
        }
    }

    /** Network errors and 5xx are worth a second try after a short backoff; the rest are not. */
    private void retryOrGiveUp(Post p, int attempt, String chat, String what, String kind) {
        boolean transientError = kind.equals("network") || kind.startsWith("5");
        if (transientError && attempt < RETRIES.maxAttempts()) {
            log.info("chat.postMessage to {} failed ({}); retrying", chat, what);
            schedule(p, attempt + 1, RETRIES.backOff(attempt));
            return;
        }
        log.warn("chat.postMessage to {} failed ({}); giving up after {} attempts", chat, what, attempt);
        telemetry.error("slack", kind);
        p.done().complete(false);
    }

    /** Slack's {@code Retry-After} in seconds; one second when absent or unreadable. */
    static Duration retryAfter(SlackApiException e) {
        String header = e.getResponse() == null ? null : e.getResponse().header("Retry-After");
        if (header != null) {
            try {
                return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
            } catch (NumberFormatException ignored) {
                // an HTTP date is allowed by the standard but Slack sends seconds
            }
        }
        return Duration.ofSeconds(1);
    }
}
