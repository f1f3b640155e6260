package dev.safqa.notify;

import dev.safqa.storage.ChatKey;
import dev.safqa.storage.Subscription;
import dev.safqa.storage.Subscriptions;
import dev.safqa.text.Language;
import dev.safqa.text.Wording;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code /subscribe} and {@code /unsubscribe} for every platform: records the change and says what
 * happened in the asker's language. Who may subscribe a chat is the adapter's call (a Telegram group's
 * administrators, anyone in a Slack channel); it passes the answer as {@code allowed}.
 */
public final class SubscriptionService {
    private final Subscriptions subscriptions;
    private final Clock clock;

    public SubscriptionService(Subscriptions subscriptions, Clock clock) {
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Subscribes {@code chat}; notes will come in {@code language}. Subscribing again is harmless and
     * says so (and switches the notes to {@code language}).
     *
     * @param subscriber the asking user's hashed id ({@link dev.safqa.platform.ChatIds#hash})
     */
    public SubscriptionReply subscribe(ChatKey chat, Language language, String subscriber, boolean allowed) {
        if (!allowed) {
            return notAllowed(language);
        }
        Optional<Subscription> before = subscriptions.find(chat);
        if (subscriptions.subscribe(new Subscription(chat, language, subscriber, clock.instant()))) {
            return new SubscriptionReply(SubscriptionReply.Outcome.SUBSCRIBED, Wording.say(language, "subscribe.done"));
        }
        boolean switched = before.isPresent() && before.get().language() != language;
        return new SubscriptionReply(SubscriptionReply.Outcome.ALREADY_SUBSCRIBED,
                Wording.say(language, switched ? "subscribe.switched" : "subscribe.already"));
    }

    public SubscriptionReply unsubscribe(ChatKey chat, Language language, boolean allowed) {
        if (!allowed) {
            return notAllowed(language);
        }
        if (subscriptions.unsubscribe(chat)) {
            return new SubscriptionReply(SubscriptionReply.Outcome.UNSUBSCRIBED, Wording.say(language, "unsubscribe.done"));
        }
        return new SubscriptionReply(SubscriptionReply.Outcome.NOT_SUBSCRIBED, Wording.say(language, "unsubscribe.not-subscribed"));
    }

    private static SubscriptionReply notAllowed(Language language) {
        return new SubscriptionReply(SubscriptionReply.Outcome.NOT_ALLOWED, Wording.say(language, "subscribe.not-allowed"));
    }
}
