package dev.safqa.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.text.Language;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** On both databases: the embedded SQLite file and a real PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class SubscriptionsTest {
    @Parameter
    Store store;
    @TempDir
    Path dir;
    private Database db;
    private Subscriptions subs;

    private final Instant monday = Instant.parse("2025-06-16T09:00:00Z");
    private final Instant tuesday = Instant.parse("2025-06-17T09:00:00Z");
    private final ChatKey group = new ChatKey("telegram", "-4001");
    private final ChatKey supergroup = new ChatKey("telegram", "-1004001");
    private final ChatKey channel = new ChatKey("slack", "C0123");

    @BeforeEach
    void open() {
        db = store.open(dir);
        subs = db.subscriptions();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_subscription_round_trips() {
        Subscription sub = new Subscription(group, Language.AR, "a1b2c3", monday);

        assertThat(subs.subscribe(sub)).isTrue();
        assertThat(subs.find(group)).contains(sub);
    }

    @Test
    void subscribing_twice_is_harmless_and_reports_false() {
        subs.subscribe(new Subscription(group, Language.AR, "a1b2c3", monday));

        assertThat(subs.subscribe(new Subscription(group, Language.AR, "d4e5f6", tuesday))).isFalse();
        assertThat(subs.all()).hasSize(1);
    }

    @Test
    void subscribing_again_keeps_the_original_subscriber_and_date_but_takes_the_new_language() {
        subs.subscribe(new Subscription(group, Language.AR, "a1b2c3", monday));
        subs.subscribe(new Subscription(group, Language.EN, "d4e5f6", tuesday));

        assertThat(subs.find(group)).contains(new Subscription(group, Language.EN, "a1b2c3", monday));
    }

    @Test
    void unsubscribing_reports_whether_the_chat_was_subscribed() {
        subs.subscribe(new Subscription(group, Language.AR, "a1b2c3", monday));

        assertThat(subs.unsubscribe(group)).isTrue();
        assertThat(subs.unsubscribe(group)).isFalse();
        assertThat(subs.find(group)).isEmpty();
    }

    @Test
    void unsubscribing_keeps_the_chats_language() {
        db.chatSettings().setLanguage(group, Language.AR);
        subs.subscribe(new Subscription(group, Language.AR, "a1b2c3", monday));

        subs.unsubscribe(group);

        assertThat(db.chatSettings().language(group)).contains(Language.AR);
    }

    @Test
    void all_lists_oldest_first() {
        Subscription late = new Subscription(channel, Language.EN, "u2", tuesday);
        Subscription early = new Subscription(group, Language.AR, "u1", monday);
        subs.subscribe(late);
        subs.subscribe(early);

        assertThat(subs.all()).containsExactly(early, late);
    }

    @Test
    void removing_a_chat_forgets_its_subscription_and_settings() {
        subs.subscribe(new Subscription(group, Language.AR, "a1b2c3", monday));
        db.chatSettings().setLanguage(group, Language.AR);

        subs.remove(group);

        assertThat(subs.find(group)).isEmpty();
        assertThat(db.chatSettings().language(group)).isEmpty();
    }

    @Test
    void removing_an_unknown_chat_is_harmless() {
        subs.subscribe(new Subscription(channel, Language.EN, "u2", tuesday));

        subs.remove(group);

        assertThat(subs.all()).hasSize(1);
    }

    @Test
    void a_moved_chat_keeps_its_language_subscriber_and_date_under_the_new_id() {
        subs.subscribe(new Subscription(group, Language.AR, "a1b2c3", monday));

        subs.moveChat(group, supergroup.chatId());

        assertThat(subs.find(group)).isEmpty();
        assertThat(subs.find(supergroup)).contains(new Subscription(supergroup, Language.AR, "a1b2c3", monday));
    }

    @Test
    void a_moved_chat_keeps_its_language_setting() {
        db.chatSettings().setLanguage(group, Language.EN);

        subs.moveChat(group, supergroup.chatId());

        assertThat(db.chatSettings().language(supergroup)).contains(Language.EN);
        assertThat(db.chatSettings().language(group)).isEmpty();
    }

    @Test
    void moving_onto_an_existing_chat_only_deletes_the_old_one() {
        subs.subscribe(new Subscription(group, Language.AR, "a1b2c3", monday));
        Subscription existing = new Subscription(supergroup, Language.EN, "d4e5f6", tuesday);
        subs.subscribe(existing);

        subs.moveChat(group, supergroup.chatId());

        assertThat(subs.all()).containsExactly(existing);
    }
}
