package dev.safqa.slack;

import dev.safqa.limits.Pacing;
import java.time.Duration;

/**
 * Slack's sending limits, stated once for the answers ({@link MessageSender}) and the notes (handed
 * to the notifications dispatcher by {@link SlackNoticeSender}): one message a second per channel,
 * and at most 200 a minute for the workspace (one every 300 ms).
 */
public final class SlackLimits {
    public static final Pacing PACING = Pacing.of("slack", "slack:workspace", Duration.ofMillis(300),
            "slack:channel:", Duration.ofSeconds(1));

    private SlackLimits() {
    }
}
