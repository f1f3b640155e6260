package dev.safqa.app;

import dev.safqa.notify.NoticeSender;
import dev.safqa.platform.Platform;
import java.util.Objects;

/**
 * A chat platform as the application runs it: the adapter, and the sender the notifications
 * dispatcher delivers through on it, if it delivers notifications.
 *
 * @param notices null for a platform that only answers
 */
public record ChatPlatform(Platform platform, NoticeSender notices) {
    public ChatPlatform {
        Objects.requireNonNull(platform, "platform");
        if (notices != null && !notices.platform().equals(platform.name())) {
            throw new IllegalArgumentException("the notice sender for " + platform.name() + " sends to "
                    + notices.platform() + " chats");
        }
    }

    /** A platform that answers questions and delivers no notifications. */
    public static ChatPlatform answering(Platform platform) {
        return new ChatPlatform(platform, null);
    }
}
