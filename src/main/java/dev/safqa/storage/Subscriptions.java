package dev.safqa.storage;

import java.util.List;
import java.util.Optional;

/** The chats that receive knowledge updates. */
public interface Subscriptions {
    /**
     * Subscribes the chat; false if it already was. Subscribing again is harmless: the original
     * subscriber and date stay, only the language is updated.
     */
    boolean subscribe(Subscription subscription);

    /** Unsubscribes the chat (its other settings stay); false if it was not subscribed. */
    boolean unsubscribe(ChatKey chat);

    Optional<Subscription> find(ChatKey chat);

    /** Every subscription, oldest first (ties by platform, then chat id). */
    List<Subscription> all();

    /**
     * Forgets a chat that blocked or removed the bot: its subscription and its settings. Nothing
     * happens if the chat is unknown.
     */
    void remove(ChatKey chat);

    /**
     * A chat changed its id (a Telegram group upgraded to a supergroup): its subscription and settings
     * move to {@code newChatId} on the same platform, unchanged. If the new id already has them, the
     * new id's rows win and the old ones are deleted.
     */
    void moveChat(ChatKey from, String newChatId);
}
