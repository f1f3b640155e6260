package dev.safqa.telegram;

import dev.safqa.storage.ChatKey;
import dev.safqa.storage.Subscriptions;

/**
 * What the adapter learns about a chat's fate while sending: the bot was blocked or removed (a 403,
 * or a my_chat_member update saying "kicked"/"left"), or a group became a supergroup with a new id.
 * The notifications work drops or moves the chat's subscription here.
 */
public interface ChatLifecycle {
    /** Telegram will refuse every message to this chat from now on. */
    void gone(ChatKey chat);

    /** A group was upgraded to a supergroup and now lives under {@code newChatId}. */
    void moved(ChatKey from, String newChatId);

    ChatLifecycle IGNORE = new ChatLifecycle() {
        @Override
        public void gone(ChatKey chat) {
        }

        @Override
        public void moved(ChatKey from, String newChatId) {
        }
    };

    /** Forgets gone chats and follows moved ones in the subscription store. */
    static ChatLifecycle of(Subscriptions subscriptions) {
        return new ChatLifecycle() {
            @Override
            public void gone(ChatKey chat) {
                subscriptions.remove(chat);
            }

            @Override
            public void moved(ChatKey from, String newChatId) {
                subscriptions.moveChat(from, newChatId);
            }
        };
    }
}
