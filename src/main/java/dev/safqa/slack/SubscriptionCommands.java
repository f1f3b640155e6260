package dev.safqa.slack;

import dev.safqa.storage.ChatKey;
import dev.safqa.text.Language;

/**
 * What {@code /safqa subscribe} and {@code /safqa unsubscribe} do: the seam the notifications work
 * plugs into (for instance {@code (chat, lang, who) -> service.subscribe(chat, lang, who, true).text()}).
 * Each returns the plain-text reply; the adapter escapes and renders it. Until notifications exist,
 * {@link #NOT_YET} says so honestly and records nothing. Same shape as Telegram's seam.
 */
public interface SubscriptionCommands {
    /** @param subscriber the asking user's hashed id ({@link dev.safqa.platform.ChatIds#hash}) */
    String subscribe(ChatKey chat, Language language, String subscriber);

    String unsubscribe(ChatKey chat, Language language);

    SubscriptionCommands NOT_YET = new SubscriptionCommands() {
        @Override
        public String subscribe(ChatKey chat, Language language, String subscriber) {
            return Wording.notificationsComing(language);
        }

        @Override
        public String unsubscribe(ChatKey chat, Language language) {
            return Wording.notificationsComing(language);
        }
    };
}
