package dev.safqa.slack;

import static dev.safqa.slack.Payloads.botMessage;
import static dev.safqa.slack.Payloads.edited;
import static dev.safqa.slack.Payloads.mention;
import static dev.safqa.slack.SignedClient.slashCommand;
import static dev.safqa.slack.SlackHttpModeTest.EN_QUESTION;
import static dev.safqa.slack.SlackHttpModeTest.QUIET;
import static dev.safqa.slack.SlackHttpModeTest.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.safqa.answer.Answerer;
import dev.safqa.storage.ChatKey;
import dev.safqa.storage.StorageException;
import dev.safqa.text.Language;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * HTTP mode when something is off: forged or replayed requests, Slack's retries, bots talking to bots,
 * users over their question limit, and failures inside the adapter, which must never turn into a 500.
 */
@Timeout(20)
class SlackHttpSafetyTest {
    private HttpModeHarness h;
    private FakeSlack slack;

    @BeforeEach
    void start() throws Exception {
        h = new HttpModeHarness().start(TestKnowledge.answerer(), 20);
        slack = h.slack;
    }

    @AfterEach
    void stop() {
        h.close();
    }

    // ---- verification

    @Test
    void a_bad_signature_gets_401_and_nothing_is_processed() throws Exception {
        String body = SignedClient.encode(slashCommand(EN_QUESTION, "C0001", "U0001", slack.responseUrl("forged")));

        HttpResponse<String> r = h.client.send(body, "application/x-www-form-urlencoded", Instant.now(),
                "not-the-secret", Map.of());

        assertThat(r.statusCode()).isEqualTo(401);
        slack.assertNoResponse(QUIET);
    }

    @Test
    void a_stale_timestamp_gets_401_even_when_correctly_signed() throws Exception {
        String event = mention("Ev-stale", "C0001", "1700000000.000100", null, EN_QUESTION);

        HttpResponse<String> r = h.client.send(event, "application/json", Instant.now().minus(Duration.ofMinutes(10)),
                SignedClient.SECRET, Map.of());

        assertThat(r.statusCode()).isEqualTo(401);
        slack.assertNoPost(QUIET);
    }

    // ---- no double answers, no bot loops

    @Test
    void a_retried_event_is_answered_once() throws Exception {
        String event = mention("Ev-retry", "C0200", "1700000000.000500", null, EN_QUESTION);

        HttpResponse<String> first = h.client.json(event);
        HttpResponse<String> retry = h.client.json(event, Map.of("X-Slack-Retry-Num", "1",
                "X-Slack-Retry-Reason", "http_timeout"));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        slack.nextPost(WAIT);
        slack.assertNoPost(QUIET);
    }

    @Test
    void the_bots_own_message_is_ignored() throws Exception {
        String own = botMessage("Ev-own", FakeSlack.BOT_USER, FakeSlack.BOT_ID, null, EN_QUESTION);

        assertThat(h.client.json(own).statusCode()).isEqualTo(200);
        slack.assertNoPost(QUIET);
    }

    @Test
    void another_bots_message_is_ignored() throws Exception {
        assertThat(h.client.json(botMessage("Ev-bot1", null, "B0OTHER", "bot_message", EN_QUESTION)).statusCode())
                .isEqualTo(200); // classic bot_message subtype
        assertThat(h.client.json(botMessage("Ev-bot2", "U0BOT2", "B0OTHER", null, EN_QUESTION)).statusCode())
                .isEqualTo(200); // an app's bot user, no subtype
        slack.assertNoPost(QUIET);
    }

    @Test
    void an_edited_message_is_acked_and_not_answered() throws Exception {
        assertThat(h.client.json(edited("Ev-edit", EN_QUESTION)).statusCode()).isEqualTo(200);
        slack.assertNoPost(QUIET);
    }

    // ---- limits

    @Test
    void questions_over_the_per_user_limit_are_refused_in_the_ack() throws Exception {
        h.stopApp();
        h.start(TestKnowledge.answerer(), 2);

        for (int i = 0; i < 2; i++) {
            h.client.form(slashCommand(EN_QUESTION, "C0001", "U0009", slack.responseUrl("ok-" + i)));
            slack.nextResponse(WAIT);
        }
        HttpResponse<String> third = h.client.form(slashCommand(EN_QUESTION, "C0001", "U0009",
                slack.responseUrl("limited")));

        assertThat(third.body()).contains("please wait a moment");
        slack.assertNoResponse(QUIET);
    }

    // ---- failures

    @Test
    void a_listener_that_throws_gets_200_and_an_apology_not_a_500() throws Exception {
        Answerer broken = mock(Answerer.class);
        when(broken.answer(any(), any(), any())).thenThrow(new IllegalStateException("index gone"));
        h.stopApp();
        h.start(broken, 20);

        HttpResponse<String> mention = h.client.json(mention("Ev-boom", "C0300", "1700000000.001000", null, EN_QUESTION));
        HttpResponse<String> command = h.client.form(slashCommand(EN_QUESTION, "C0300", "U0001",
                slack.responseUrl("boom")));

        assertThat(mention.statusCode()).isEqualTo(200);
        assertThat(command.statusCode()).isEqualTo(200);
        FakeSlack.Post sorry = slack.nextPost(WAIT);
        assertThat(sorry.threadTs()).isEqualTo("1700000000.001000");
        assertThat(sorry.text()).contains("Sorry, something went wrong");
        // the conversation answers a failure with its apology at once: the ack carries it
        assertThat(command.body()).contains("Sorry, something went wrong");
    }

    @Test
    void a_storage_failure_in_a_command_is_acked_with_an_apology() throws Exception {
        h.stopApp();
        h.storage = new MemoryStorage() {
            @Override
            public void setLanguage(ChatKey chat, Language language) {
                throw new StorageException("database is locked");
            }
        };
        h.start(TestKnowledge.answerer(), 20);

        HttpResponse<String> ack = h.client.form(slashCommand("lang en", "C0001", "U0001", slack.responseUrl("locked")));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).contains("save that setting just now"); // the conversation's apology for a setting
    }

    @Test
    void a_revoked_token_fails_start_without_showing_the_token() {
        h.stopApp();
        slack.revokeToken();

        assertThatThrownBy(() -> h.start(TestKnowledge.answerer(), 20))
                .isInstanceOf(dev.safqa.platform.PlatformStartException.class)
                .hasMessageContaining("Slack refused SLACK_BOT_TOKEN (auth.test: invalid_auth)")
                .hasMessageNotContaining("xoxb-test-token");
    }
}
