package dev.safqa.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.notify.SubscriptionReply.Outcome;
import dev.safqa.storage.ChatKey;
import dev.safqa.storage.Database;
import dev.safqa.storage.Subscription;
import dev.safqa.text.Language;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubscriptionServiceTest {
    @TempDir
    Path dir;
    private final VirtualTime time = new VirtualTime();
    private final ChatKey group = new ChatKey("telegram", "-1001");
    private Database db;
    private SubscriptionService service;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        service = new SubscriptionService(db.subscriptions(), time.clock());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void subscribing_records_the_chat_and_its_language_and_says_what_will_happen() {
        SubscriptionReply reply = service.subscribe(group, Language.EN, "a1b2c3", true);

        assertThat(reply.outcome()).isEqualTo(Outcome.SUBSCRIBED);
        assertThat(reply.text()).isEqualTo("Subscribed: this chat will get a short note when the deal's facts change.");
        assertThat(db.subscriptions().find(group)).contains(new Subscription(group, Language.EN, "a1b2c3", VirtualTime.START));
    }

    @Test
    void the_reply_is_in_the_askers_language() {
        assertThat(service.subscribe(group, Language.AR, "a1b2c3", true).text()).startsWith("تم الاشتراك");
    }

    @Test
    void subscribing_twice_is_harmless_and_says_so() {
        service.subscribe(group, Language.EN, "a1b2c3", true);

        SubscriptionReply again = service.subscribe(group, Language.EN, "d4e5f6", true);

        assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_SUBSCRIBED);
        assertThat(again.text()).startsWith("Already subscribed");
        assertThat(db.subscriptions().all()).hasSize(1);
    }

    @Test
    void subscribing_again_in_another_language_switches_the_notes_to_it() {
        service.subscribe(group, Language.EN, "a1b2c3", true);

        SubscriptionReply again = service.subscribe(group, Language.AR, "a1b2c3", true);

        assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_SUBSCRIBED);
        assertThat(again.text()).contains("بالعربية");
        assertThat(db.subscriptions().find(group)).get().extracting(Subscription::language).isEqualTo(Language.AR);
    }

    @Test
    void unsubscribing_says_whether_the_chat_was_subscribed() {
        service.subscribe(group, Language.EN, "a1b2c3", true);

        assertThat(service.unsubscribe(group, Language.EN, true).outcome()).isEqualTo(Outcome.UNSUBSCRIBED);
        assertThat(service.unsubscribe(group, Language.EN, true).text())
                .isEqualTo("This chat was not subscribed, so there is nothing to stop.");
        assertThat(db.subscriptions().find(group)).isEmpty();
    }

    @Test
    void someone_not_allowed_changes_nothing() {
        service.subscribe(group, Language.EN, "admin", true);

        SubscriptionReply reply = service.unsubscribe(group, Language.EN, false);

        assertThat(reply.outcome()).isEqualTo(Outcome.NOT_ALLOWED);
        assertThat(reply.text()).isEqualTo("Only an administrator of this chat can change its subscription.");
        assertThat(service.subscribe(new ChatKey("telegram", "-2"), Language.AR, "member", false).outcome())
                .isEqualTo(Outcome.NOT_ALLOWED);
        assertThat(db.subscriptions().all()).extracting(s -> s.chat()).containsExactly(group);
    }
}
