package dev.safqa.slack;

import dev.safqa.notify.SubscriptionService;
import dev.safqa.storage.ChatKey;
import dev.safqa.text.Language;
import java.util.Objects;

/**
 * What {@code /safqa subscribe} and {@code /safqa unsubscribe} do. On Slack anyone in a channel may
 * change its subscription (a slash command's user is a member of the channel it was typed in), so
 * there is no permission to pass. Each returns the plain-text reply; the adapter escapes and renders it.
 */
public interface SubscriptionCommands {
    /** @param subscriber the asking user's hashed id ({@link dev.safqa.platform.ChatIds#hash}) */
    String subscribe(ChatKey chat, Language language, String subscriber);

    String unsubscribe(ChatKey chat, Language language);

    /** The commands as the notifications service answers them. */
    static SubscriptionCommands of(SubscriptionService service) {
        Objects.requireNonNull(service, "service");
        return new SubscriptionCommands() {
            @Override
            public String subscribe(ChatKey chat, Language language, String subscriber) {
                return service.subscribe(chat, language, subscriber, true).text();
            }

            @Override
            public String unsubscribe(ChatKey chat, Language language) {
                return service.unsubscribe(chat, language, true).text();
            }
        };
    }
}
