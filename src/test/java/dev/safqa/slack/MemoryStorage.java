package dev.safqa.slack;

import dev.safqa.storage.ChatKey;
import dev.safqa.storage.ChatSettings;
import dev.safqa.storage.FactFeedback;
import dev.safqa.storage.Feedback;
import dev.safqa.storage.FeedbackLog;
import dev.safqa.storage.Subscription;
import dev.safqa.storage.Subscriptions;
import dev.safqa.text.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** In-memory chat settings, feedback and subscriptions, standing in for the SQLite store. */
class MemoryStorage implements ChatSettings, FeedbackLog, Subscriptions {
    final Map<ChatKey, Language> languages = new ConcurrentHashMap<>();
    final List<Feedback> votes = new CopyOnWriteArrayList<>();
    final Map<ChatKey, Subscription> subscribed = new ConcurrentHashMap<>();

    @Override
    public Optional<Language> language(ChatKey chat) {
        return Optional.ofNullable(languages.get(chat));
    }

    @Override
    public void setLanguage(ChatKey chat, Language languageOrNullForAuto) {
        if (languageOrNullForAuto == null) {
            languages.remove(chat);
        } else {
            languages.put(chat, languageOrNullForAuto);
        }
    }

    @Override
    public void record(Feedback feedback) {
        votes.add(feedback);
    }

    @Override
    public List<FactFeedback> byFact() {
        return List.of();
    }

    @Override
    public boolean subscribe(Subscription subscription) {
        Subscription before = subscribed.putIfAbsent(subscription.chat(), subscription);
        if (before != null) {
            subscribed.put(before.chat(), new Subscription(before.chat(), subscription.language(), before.subscribedBy(),
                    before.since()));
        }
        return before == null;
    }

    @Override
    public boolean unsubscribe(ChatKey chat) {
        return subscribed.remove(chat) != null;
    }

    @Override
    public Optional<Subscription> find(ChatKey chat) {
        return Optional.ofNullable(subscribed.get(chat));
    }

    @Override
    public List<Subscription> all() {
        return List.copyOf(subscribed.values());
    }

    @Override
    public void remove(ChatKey chat) {
        subscribed.remove(chat);
        languages.remove(chat);
    }

    @Override
    public void moveChat(ChatKey from, String newChatId) {
        throw new UnsupportedOperationException("Slack channels do not move");
    }
}
