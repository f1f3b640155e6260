package dev.safqa.telegram;

import dev.safqa.notify.SubscriptionService;
import dev.safqa.storage.ChatKey;
import dev.safqa.text.Language;
import java.util.Objects;

/**
 * What {@code /subscribe} and {@code /unsubscribe} do. The adapter decides who may (a group's
 * administrators, the user of a private chat, a channel's posts) and passes that as {@code allowed};
 * each call returns the plain-text reply, which the adapter escapes and sends.
 */
public interface SubscriptionCommands {
    /** @param subscriber the asking user's hashed id ({@link dev.safqa.platform.ChatIds#hash}) */
    String subscribe(ChatKey chat, Language language, String subscriber, boolean allowed);

    String unsubscribe(ChatKey chat, Language language, boolean allowed);

    /** The commands as the notifications service answers them. */
    static SubscriptionCommands of(SubscriptionService service) {
        Objects.requireNonNull(service, "service");
        return new SubscriptionCommands() {
            @Override
            public String subscribe(ChatKey chat, Language language, String subscriber, boolean allowed) {
                return service.subscribe(chat, language, subscriber, allowed).text();
            }

            @Override
            public String unsubscribe(ChatKey chat, Language language, boolean allowed) {
                return service.unsubscribe(chat, language, allowed).text();
            }
        };
    }
}
