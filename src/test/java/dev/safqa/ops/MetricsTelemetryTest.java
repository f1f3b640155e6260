package dev.safqa.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.safqa.answer.Answer;
import dev.safqa.answer.Outcome;
import dev.safqa.platform.ChatIds;
import dev.safqa.text.Language;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class MetricsTelemetryTest {
    private static final String QUESTION = "كم دفعت ميتا مقابل حصتها في سكيل؟";
    private static final String ANSWER = "دفعت ميتا نحو 14.3 مليار دولار مقابل 49%.";

    private final Metrics metrics = new Metrics();
    private final MeterRegistry registry = metrics.registry();
    private final MetricsTelemetry telemetry = new MetricsTelemetry(registry);
    private final Logger questionLog = (Logger) LoggerFactory.getLogger("dev.safqa.questions");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void capture_the_question_log() {
        lines.start();
        questionLog.addAppender(lines);
        questionLog.setLevel(Level.INFO);
        questionLog.setAdditive(false); // captured here, not printed
    }

    @AfterEach
    void release() {
        questionLog.detachAppender(lines);
        questionLog.setLevel(null);
        questionLog.setAdditive(true);
        metrics.close();
    }

    private static Answer answered() {
        return new Answer(QUESTION, Language.AR, Outcome.ANSWERED, ANSWER, List.of(), List.of("deal-price", "stake"),
                List.of(), List.of());
    }

    @Test
    void a_question_is_counted_by_platform_language_and_outcome() {
        telemetry.question("telegram", "-100123", answered(), TimeUnit.MILLISECONDS.toNanos(12));
        telemetry.question("slack", "C0123", new Answer("weather?", Language.EN, Outcome.OFF_TOPIC, "…", List.of(),
                List.of(), List.of(), List.of()), 1_000);

        assertThat(registry.get("safqa.questions").tags("platform", "telegram", "language", "ar", "outcome", "answered")
                .counter().count()).isEqualTo(1);
        assertThat(registry.get("safqa.questions").tags("platform", "slack", "language", "en", "outcome", "off_topic")
                .counter().count()).isEqualTo(1);
        assertThat(registry.get("safqa.answer.latency").tag("platform", "telegram").timer()
                .totalTime(TimeUnit.MILLISECONDS)).isEqualTo(12);
    }

    @Test
    void each_question_logs_one_line_with_the_hashed_chat_and_no_text() {
        telemetry.question("telegram", "-100123", answered(), TimeUnit.MILLISECONDS.toNanos(12));

        assertThat(lines.list).hasSize(1);
        ILoggingEvent line = lines.list.get(0);
        assertThat(line.getLevel()).isEqualTo(Level.INFO);
        assertThat(line.getFormattedMessage()).isEqualTo("platform=telegram chat=" + ChatIds.hash("telegram", "-100123")
                + " lang=ar outcome=answered latency_ms=12 facts=deal-price,stake");
    }

    @Test
    void the_question_and_answer_text_are_logged_only_at_debug() {
        telemetry.question("telegram", "-100123", answered(), 1);
        questionLog.setLevel(Level.DEBUG);
        telemetry.question("telegram", "-100123", answered(), 1);

        assertThat(lines.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.INFO, Level.INFO, Level.DEBUG);
        assertThat(lines.list.subList(0, 2)).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(m -> m.contains(QUESTION) || m.contains(ANSWER) || m.contains("-100123"));
        assertThat(lines.list.get(2).getFormattedMessage()).contains(QUESTION).contains(ANSWER);
    }

    @Test
    void sends_throttles_errors_and_limits_are_counted_per_platform() {
        telemetry.sent("slack");
        telemetry.sent("slack");
        telemetry.throttled("telegram", 3);
        telemetry.error("telegram", "403");
        telemetry.limited("telegram", "42");

        assertThat(registry.get("safqa.messages.sent").tag("platform", "slack").counter().count()).isEqualTo(2);
        assertThat(registry.get("safqa.platform.throttled").tag("platform", "telegram").counter().count()).isEqualTo(1);
        assertThat(registry.get("safqa.platform.errors").tags("platform", "telegram", "kind", "403").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("safqa.questions.limited").tag("platform", "telegram").counter().count()).isEqualTo(1);
    }
}
