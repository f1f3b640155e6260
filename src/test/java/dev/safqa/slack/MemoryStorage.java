package dev.safqa.slack;

import dev.safqa.storage.ChatKey;
import dev.safqa.storage.ChatSettings;
import dev.safqa.storage.FactFeedback;
import dev.safqa.storage.Feedback;
import dev.safqa.storage.FeedbackLog;
import dev.safqa.text.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** In-memory chat settings and feedback, standing in for the SQLite store. */
class MemoryStorage implements ChatSettings, FeedbackLog {
    final Map<ChatKey, Language> languages = new ConcurrentHashMap<>();
    final List<Feedback> votes = new CopyOnWriteArrayList<>();

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
}
