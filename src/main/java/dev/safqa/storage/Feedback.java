package dev.safqa.storage;

import java.util.Objects;

/**
 * One user's vote on one answer message. The question is deliberately absent: what people ask stays
 * in the chat, only which fact the answer stated is kept. {@code userHash} is stored as given, so the
 * caller hashes it ({@link dev.safqa.platform.ChatIds#hash}).
 */
public record Feedback(ChatKey chat, String messageId, String userHash, String factId, Vote vote) {
    public Feedback {
        Objects.requireNonNull(chat, "chat");
        ChatKey.requireText(messageId, "messageId");
        ChatKey.requireText(userHash, "userHash");
        ChatKey.requireText(factId, "factId");
        Objects.requireNonNull(vote, "vote");
    }
}
