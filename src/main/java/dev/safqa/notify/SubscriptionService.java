package dev.safqa.notify;

import dev.safqa.storage.ChatKey;
import dev.safqa.storage.Subscription;
import dev.safqa.storage.Subscriptions;
import dev.safqa.text.Language;
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
            return new SubscriptionReply(SubscriptionReply.Outcome.SUBSCRIBED, language == Language.AR
                    ? "تم الاشتراك: ستصل إلى هذه المحادثة رسالة قصيرة كلما تغيّرت معلومات الصفقة."
                    : "Subscribed: this chat will get a short note when the deal's facts change.");
        }
        boolean switched = before.isPresent() && before.get().language() != language;
        String text;
        if (language == Language.AR) {
            text = switched
                    ? "هذه المحادثة مشتركة من قبل؛ ستصلها الرسائل بالعربية من الآن."
                    : "هذه المحادثة مشتركة من قبل: ستصلها رسالة قصيرة كلما تغيّرت معلومات الصفقة.";
        } else {
            text = switched
                    ? "This chat was already subscribed; its notes will now be in English."
                    : "Already subscribed: this chat gets a short note when the deal's facts change.";
        }
        return new SubscriptionReply(SubscriptionReply.Outcome.ALREADY_SUBSCRIBED, text);
    }

    public SubscriptionReply unsubscribe(ChatKey chat, Language language, boolean allowed) {
        if (!allowed) {
            return notAllowed(language);
        }
        if (subscriptions.unsubscribe(chat)) {
            return new SubscriptionReply(SubscriptionReply.Outcome.UNSUBSCRIBED, language == Language.AR
                    ? "تم إلغاء الاشتراك: لن تصل إلى هذه المحادثة رسائل عن تغيّر معلومات الصفقة."
                    : "Unsubscribed: this chat will no longer get notes when the deal's facts change.");
        }
        return new SubscriptionReply(SubscriptionReply.Outcome.NOT_SUBSCRIBED, language == Language.AR
                ? "هذه المحادثة غير مشتركة، فلا شيء لإلغائه."
                : "This chat was not subscribed, so there is nothing to stop.");
    }

    private static SubscriptionReply notAllowed(Language language) {
        return new SubscriptionReply(SubscriptionReply.Outcome.NOT_ALLOWED, language == Language.AR
                ? "لا يغيّر اشتراك هذه المحادثة إلا أحد مشرفيها."
                : "Only an administrator of this chat can change its subscription.");
    }
}
