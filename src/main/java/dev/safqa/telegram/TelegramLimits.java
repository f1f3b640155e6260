package dev.safqa.telegram;

import dev.safqa.limits.Pacing;
import java.time.Duration;

/**
 * Telegram's sending limits, stated once for the answers ({@link Outbox}) and the notes (handed to
 * the notifications dispatcher by {@link TelegramNoticeSender}): under 30 messages a second
 * overall, one a second per chat, 20 a minute per group (a negative chat id). No burst: one message
 * every 34 ms never puts more than 30 in any second, one every 3 s in a group never more than 20 in
 * any minute.
 */
public final class TelegramLimits {
    public static final Pacing PACING = Pacing.of("telegram", "telegram:all", Duration.ofMillis(34),
            "telegram:chat:", Duration.ofSeconds(1)).withGroups("telegram:group:", Duration.ofSeconds(3), id -> id.startsWith("-"));

    private TelegramLimits() {
    }
}
