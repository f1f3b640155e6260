package dev.safqa.telegram;

import dev.safqa.storage.ChatKey;
import dev.safqa.text.Language;

/**
 * What {@code /subscribe} and {@code /unsubscribe} do: the seam the notifications work plugs into.
 * Each returns the plain-text reply (the adapter escapes and sends it). Until notifications exist,
 * {@link #NOT_YET} says so honestly and records nothing.
 */
public interface SubscriptionCommands {
    /** @param subscriber the asking user's hashed id ({@link dev.safqa.platform.ChatIds#hash}) */
    String subscribe(ChatKey chat, Language language, String subscriber);

    String unsubscribe(ChatKey chat, Language language);

    SubscriptionCommands NOT_YET = new SubscriptionCommands() {
        @Override
        public String subscribe(ChatKey chat, Language language, String subscriber) {
            return TelegramTexts.subscriptionsNotYet(language);
        }

        @Override
        public String unsubscribe(ChatKey chat, Language language) {
            return TelegramTexts.subscriptionsNotYet(language);
        }
    };
}
