package dev.safqa.slack;


import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import dev.safqa.limits.Pacing;
import dev.safqa.notify.NoticeSender;
import dev.safqa.notify.SendResult;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;

/**
 * Notifications to Slack channels: one chat.postMessage per call, the note as mrkdwn-escaped,
 * bidi-isolated sections with the same text as the fallback. Not through {@link MessageSender}: the
 * dispatcher already paced it on the shared pacer and does its own retries.
 *
 * <p>What Slack says becomes a {@link SendResult}: the channel is gone ({@code channel_not_found},
 * {@code is_archived}, {@code not_in_channel}, {@code account_inactive}); a 429 waits its
 * {@code Retry-After} (Slack limits chat.postMessage per channel, so the channel waits); 5xx,
 * {@code service_unavailable} and a refused token are worth another try later (a token problem is
 * fixed by an operator, and must not unsubscribe every channel); {@code internal_error} and
 * {@code fatal_error} are Unknown, since Slack says the post may have happened; anything else is a
 * refusal of this message.
 */
final class SlackNoticeSender implements NoticeSender {
    private static final Set<String> GONE = Set.of("channel_not_found", "is_archived", "not_in_channel",
            "account_inactive", "channel_is_archived");
    private static final Set<String> TRANSIENT = Set.of("service_unavailable", "request_timeout", "invalid_auth",
            "not_authed", "token_revoked", "token_expired", "team_not_found");
    private static final Set<String> MAYBE_POSTED = Set.of("internal_error", "fatal_error");

    private final MethodsClient client;

    private final Pacing pacing;

    SlackNoticeSender(MethodsClient client, Pacing pacing) {
        this.client = client;
        this.pacing = pacing;
    }

    @Override
    public String platform() {
        return SlackHandlers.PLATFORM;
    }

    @Override
    public Pacing pacing() {
        return pacing;
    }

    @Override
    public SendResult send(String chatId, String text) {
        SlackMessage m = SlackRenderer.notice(text);
        try {
            ChatPostMessageResponse r = client.chatPostMessage(b -> b.channel(chatId).blocks(m.blocks()).text(m.text())
                    .unfurlLinks(false).unfurlMedia(false));
            return r.isOk() ? SendResult.sent() : refusal(r.getError());
        } catch (SlackApiException e) {
            int code = e.getResponse() == null ? 0 : e.getResponse().code();
            if (code == 429) {
                return new SendResult.RetryAfter(MessageSender.retryAfter(e), SendResult.RetryAfter.Scope.CHAT);
            }
            String error = e.getError() != null && e.getError().getError() != null ? e.getError().getError() : "HTTP " + code;
            return code >= 500 ? new SendResult.Transient(error) : refusal(error);
        } catch (IOException e) {
            return SendResult.noAnswer(e, e.toString());
        } catch (RuntimeException e) {
            return new SendResult.Unknown("chat.postMessage failed: " + e);
        }
    }

    private static SendResult refusal(String error) {
        String e = error == null ? "not_ok" : error;
        if (GONE.contains(e)) {
            return new SendResult.Gone(e);
        }
        if (e.equals("ratelimited") || e.equals("rate_limited")) {
            return new SendResult.RetryAfter(Duration.ofSeconds(1), SendResult.RetryAfter.Scope.CHAT);
        }
        if (TRANSIENT.contains(e)) {
            return new SendResult.Transient(e);
        }
        return MAYBE_POSTED.contains(e) ? new SendResult.Unknown(e) : new SendResult.Refused(e);
    }
}
