package dev.safqa.ops;

import dev.safqa.answer.Answer;
import dev.safqa.platform.ChatIds;
import dev.safqa.platform.Telemetry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the adapters report, as metrics and as the question log.
 *
 * <p>Metrics (Prometheus names): {@code safqa_questions_total{platform,language,outcome}},
 * {@code safqa_questions_limited_total{platform}}, {@code safqa_answer_latency_seconds} (a histogram,
 * per platform), {@code safqa_messages_sent_total{platform}},
 * {@code safqa_platform_throttled_total{platform}} (429s), {@code safqa_platform_errors_total{platform,kind}}.
 *
 * <p>The question log (logger {@code dev.safqa.questions}) has one INFO line per question: platform,
 * hashed chat id, language, outcome, latency and fact ids, never the question or the answer, which
 * only DEBUG adds.
 */
public final class MetricsTelemetry implements Telemetry {
    private static final Logger questions = LoggerFactory.getLogger("dev.safqa.questions");

    /** Answers take milliseconds; the tail is what matters. */
    private static final Duration[] LATENCY_BUCKETS = {
            Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500)};

    private final MeterRegistry registry;

    public MetricsTelemetry(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void question(String platform, String chatId, Answer answer, long nanos) {
        String language = answer.language().code();
        String outcome = answer.outcome().name().toLowerCase(Locale.ROOT);
        Counter.builder("safqa.questions")
                .description("Questions handled, by platform, language and outcome (answered or why declined)")
                .tags("platform", platform, "language", language, "outcome", outcome)
                .register(registry).increment();
        Timer.builder("safqa.answer.latency")
                .description("Time from a question's arrival to its answer being ready")
                .tag("platform", platform)
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);

        String chat = ChatIds.hash(platform, chatId);
        long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
        String facts = answer.facts().isEmpty() ? "-" : String.join(",", answer.facts());
        questions.info("platform={} chat={} lang={} outcome={} latency_ms={} facts={}",
                platform, chat, language, outcome, millis, facts);
        if (questions.isDebugEnabled()) {
            questions.debug("chat={} question=\"{}\" answer=\"{}\"", chat, answer.question(), answer.text());
        }
    }

    @Override
    public void limited(String platform, String chatId) {
        Counter.builder("safqa.questions.limited")
                .description("Questions refused because the chat or user was over the question limit")
                .tag("platform", platform)
                .register(registry).increment();
        questions.debug("platform={} chat={} limited", platform, ChatIds.hash(platform, chatId));
    }

    @Override
    public void sent(String platform) {
        Counter.builder("safqa.messages.sent")
                .description("Messages sent to the platform")
                .tag("platform", platform)
                .register(registry).increment();
    }

    @Override
    public void throttled(String platform, long retryAfterSeconds) {
        Counter.builder("safqa.platform.throttled")
                .description("429 Too Many Requests answers from the platform")
                .tag("platform", platform)
                .register(registry).increment();
    }

    @Override
    public void error(String platform, String kind) {
        Counter.builder("safqa.platform.errors")
                .description("Failed sends and updates, by kind (an HTTP status, network...)")
                .tags("platform", platform, "kind", kind == null ? "unknown" : kind)
                .register(registry).increment();
    }
}
