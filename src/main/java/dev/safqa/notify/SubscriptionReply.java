package dev.safqa.notify;

/** What {@code /subscribe} or {@code /unsubscribe} did, and the reply to show (plain text, in the asker's language). */
public record SubscriptionReply(Outcome outcome, String text) {
    public enum Outcome {
        SUBSCRIBED,
        ALREADY_SUBSCRIBED,
        UNSUBSCRIBED,
        NOT_SUBSCRIBED,
        /** The asker may not change this chat's subscription (not an administrator of the group). */
        NOT_ALLOWED
    }
}
