package dev.safqa.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import dev.safqa.config.Secret;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tokens never reach a log line: the production logback.xml, in a Logback context of its own, with
 * its console pattern writing to a buffer this test greps.
 */
class LogRedactionTest {
    private static final String TELEGRAM_TOKEN = "7312345678:AAFq3JkLmNoPqRsTuVwXyZ0123456789abc";
    private static final String SLACK_BOT_TOKEN = "xoxb-2712345678901-2723456789012-AbCdEfGhIjKlMnOpQrStUvWx";
    private static final String SLACK_APP_TOKEN = "xapp-1-A0123456789-2712345678901-0123456789abcdef";
    /** Shaped like nothing in particular: only the configured-secret rule can catch it. */
    private static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

    private final LoggerContext context = new LoggerContext();
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    @BeforeEach
    void configure_the_production_logging() throws Exception {
        context.setMDCAdapter(new LogbackMDCAdapter()); // a context of our own needs its own
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(context);
        joran.doConfigure(LogRedactionTest.class.getResource("/logback.xml"));
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        var console = (OutputStreamAppender<ILoggingEvent>) root.getAppender("CONSOLE");
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(((PatternLayoutEncoder) console.getEncoder()).getPattern());
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        OutputStreamAppender<ILoggingEvent> capture = new OutputStreamAppender<>();
        capture.setContext(context);
        capture.setEncoder(encoder);
        capture.setOutputStream(captured);
        capture.start();
        root.detachAppender(console);
        root.addAppender(capture);
        root.setLevel(ch.qos.logback.classic.Level.INFO);
        LogRedaction.install(context, List.of(Secret.ofNullable(SIGNING_SECRET)));
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    private String output() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_token_never_appears_in_a_message_an_argument_or_a_stack_trace() {
        org.slf4j.Logger log = context.getLogger("dev.safqa.telegram.Outbox");
        IOException cause = new IOException("GET https://api.telegram.org/bot" + TELEGRAM_TOKEN + "/getUpdates failed");

        log.info("polling with token " + TELEGRAM_TOKEN);
        log.warn("Slack tokens {} and {}, signing secret {}", SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SIGNING_SECRET);
        log.error("send failed", new IllegalStateException("token " + TELEGRAM_TOKEN + " refused", cause));

        assertThat(output())
                .contains("polling with token ****") // the message
                .contains("Slack tokens **** and ****, signing secret ****") // the arguments
                .contains("IllegalStateException: token **** refused") // the exception message
                .contains("IOException: GET https://api.telegram.org/bot****/getUpdates failed") // its cause
                .contains("at dev.safqa.ops.LogRedactionTest") // the stack trace is still there
                .doesNotContain(TELEGRAM_TOKEN)
                .doesNotContain("AAFq3JkLmNoPqRsTuVwXyZ")
                .doesNotContain(SLACK_BOT_TOKEN)
                .doesNotContain(SLACK_APP_TOKEN)
                .doesNotContain(SIGNING_SECRET);
    }

    @Test
    void a_line_is_time_level_logger_and_message() {
        context.getLogger("dev.safqa.questions").info("platform=telegram chat=3f9a0c1b2d4e");

        assertThat(output()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\S* INFO  questions - "
                + "platform=telegram chat=3f9a0c1b2d4e\\R");
    }

    @Test
    void token_shapes_are_masked_wherever_they_are() {
        assertThat(LogRedaction.redact("/bot" + TELEGRAM_TOKEN + "/sendMessage")).isEqualTo("/bot****/sendMessage"); // in a URL path
        assertThat(LogRedaction.redact("Bearer xoxp-1234-5678-abcd")).isEqualTo("Bearer ****"); // a Slack user token
        assertThat(LogRedaction.redact("at 12:30 the 3 answers")).isEqualTo("at 12:30 the 3 answers"); // a time is not a token
    }

    @Test
    void configured_secrets_are_masked_but_not_a_few_letters() {
        assertThat(LogRedaction.redact("sig=" + SIGNING_SECRET, List.of(SIGNING_SECRET))).isEqualTo("sig=****");
        LogRedaction.install(context, List.of(Secret.ofNullable("abc")));

        assertThat(LogRedaction.secrets(context)).isEmpty(); // masking "abc" would mangle every log line
    }

    @Test
    void a_components_redactor_hides_its_token_its_secret_half_and_other_secrets() {
        String token = "123456789:AAE-test_token-9f8e7d6c5b4a";
        LogRedaction r = LogRedaction.of(token, "webhook_secret_1");

        assertThat(r.mask("POST /bot" + token + "/sendmessage")).isEqualTo("POST /bot****/sendmessage"); // the whole token
        assertThat(r.mask("token 'AAE-test_token-9f8e7d6c5b4a'")).isEqualTo("token '****'"); // its half after the colon
        assertThat(r.mask("header webhook_secret_1")).isEqualTo("header ****"); // another secret
        assertThat(r.mask("/bot" + TELEGRAM_TOKEN + "/getMe")).isEqualTo("/bot****/getMe"); // any token shape, as always
    }

    @Test
    void a_described_failure_keeps_its_causes_and_loses_its_secrets() {
        LogRedaction r = LogRedaction.of(SIGNING_SECRET, null);
        Exception e = new IllegalStateException("refused " + SIGNING_SECRET, new java.io.IOException("timeout"));

        assertThat(r.describe(e)).isEqualTo("IllegalStateException: refused **** <- IOException: timeout");
        assertThat(r.scrub(e)).hasMessage("IllegalStateException: refused **** <- IOException: timeout")
                .hasNoCause().satisfies(t -> assertThat(t.getStackTrace()).isEqualTo(e.getStackTrace()));
    }
}
