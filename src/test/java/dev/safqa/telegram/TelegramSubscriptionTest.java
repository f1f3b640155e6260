package dev.safqa.telegram;

import static dev.safqa.telegram.BotHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.storage.ChatKey;
import dev.safqa.storage.Subscription;
import dev.safqa.text.Language;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may /subscribe and /unsubscribe a chat, with the real bot polling a fake Bot API and the
 * subscriptions in SQLite: in a group its administrators (getChatMember says so), in a private chat
 * its user, in a channel whoever can post there.
 */
@Timeout(30)
class TelegramSubscriptionTest {
    private static final long GROUP = -1001234567890L;
    private static final long ADMIN = 42;

    @TempDir
    Path dir;
    private BotHarness h;

    @BeforeEach
    void start() throws Exception {
        h = new BotHarness(dir);
        h.start(h.settings().withPacing(false)); // several replies to one group would wait 3 s each
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private Optional<Subscription> subscription(long chatId) {
        return h.db.subscriptions().find(new ChatKey("telegram", String.valueOf(chatId)));
    }

    /** The {@code n}-th message the bot sent to the chat. */
    private String reply(long chatId, int n) throws InterruptedException {
        String id = String.valueOf(chatId);
        return h.api.awaitCount("sendMessage", c -> id.equals(c.chatId()), n, WAIT).get(n - 1).text();
    }

    @ParameterizedTest
    @ValueSource(strings = {"administrator", "creator"})
    void a_group_administrator_subscribes_the_group(String status) throws Exception {
        h.api.member(String.valueOf(GROUP), ADMIN, status);

        h.api.push(Updates.groupMessageFrom(GROUP, ADMIN, 1, "/subscribe"));

        assertThat(reply(GROUP, 1)).startsWith("Subscribed");
        assertThat(subscription(GROUP)).hasValueSatisfying(s -> assertThat(s.language()).isEqualTo(Language.EN));
        assertThat(h.api.calls("getChatMember")).singleElement().satisfies(c -> {
            assertThat(c.chatId()).isEqualTo(String.valueOf(GROUP));
            assertThat(c.json().path("user_id").asLong()).isEqualTo(ADMIN); // the asker, not the bot
        });
    }

    @Test
    void a_group_member_is_refused_politely_and_nothing_is_recorded() throws Exception {
        h.api.member(String.valueOf(GROUP), 7, "member");

        h.api.push(Updates.groupMessageFrom(GROUP, 7, 1, "/subscribe"));

        assertThat(reply(GROUP, 1)).isEqualTo("Only an administrator of this chat can change its subscription.");
        assertThat(subscription(GROUP)).isEmpty();
    }

    @Test
    void a_group_member_cannot_unsubscribe_the_group_either() throws Exception {
        h.api.member(String.valueOf(GROUP), ADMIN, "administrator");
        h.api.push(Updates.groupMessageFrom(GROUP, ADMIN, 1, "/subscribe"));
        reply(GROUP, 1);

        h.api.push(Updates.groupMessageFrom(GROUP, 7, 2, "/unsubscribe"));

        assertThat(reply(GROUP, 2)).startsWith("Only an administrator");
        assertThat(subscription(GROUP)).isPresent();
    }

    @Test
    void an_administrator_posting_anonymously_may_subscribe_the_group() throws Exception {
        h.api.push(Updates.anonymousAdminMessage(GROUP, 1, "/subscribe"));

        assertThat(reply(GROUP, 1)).startsWith("Subscribed");
        assertThat(h.api.calls("getChatMember")).isEmpty(); // the group itself spoke: nothing to ask
    }

    @Test
    void when_telegram_cannot_say_who_is_an_administrator_nothing_changes_and_the_bot_says_so() throws Exception {
        h.api.script("getChatMember", c -> true, 10, 400, FakeBotApi.error(400, "Bad Request: user not found", null));

        h.api.push(Updates.groupMessageFrom(GROUP, ADMIN, 1, "/subscribe"));

        assertThat(reply(GROUP, 1)).contains("couldn't check");
        assertThat(subscription(GROUP)).isEmpty();
    }

    @Test
    void a_private_chat_subscribes_and_subscribing_twice_is_harmless_and_says_so() throws Exception {
        h.api.push(Updates.privateText(1001, "/subscribe", "en"));
        assertThat(reply(1001, 1)).startsWith("Subscribed");

        h.api.push(Updates.privateText(1001, "/subscribe", "en"));

        assertThat(reply(1001, 2)).startsWith("Already subscribed");
        assertThat(h.db.subscriptions().all()).hasSize(1);
        assertThat(h.api.calls("getChatMember")).isEmpty(); // a private chat is its user's to change
    }

    @Test
    void unsubscribing_stops_the_notes_and_unsubscribing_again_says_there_was_nothing_to_stop() throws Exception {
        h.api.push(Updates.privateText(1002, "/subscribe", "en"));
        reply(1002, 1);

        h.api.push(Updates.privateText(1002, "/unsubscribe", "en"));
        assertThat(reply(1002, 2)).startsWith("Unsubscribed");
        h.api.push(Updates.privateText(1002, "/unsubscribe", "en"));

        assertThat(reply(1002, 3)).startsWith("This chat was not subscribed");
        assertThat(subscription(1002)).isEmpty();
    }

    @Test
    void an_arabic_speaking_user_is_answered_in_arabic_and_gets_arabic_notes() throws Exception {
        h.api.push(Updates.privateText(1003, "/subscribe", "ar"));

        assertThat(reply(1003, 1)).startsWith("تم الاشتراك");
        assertThat(subscription(1003)).hasValueSatisfying(s -> assertThat(s.language()).isEqualTo(Language.AR));
    }

    @Test
    void the_chats_lang_setting_decides_the_language_of_its_notes() throws Exception {
        h.api.push(Updates.privateText(1004, "/lang ar", "en"));
        reply(1004, 1);

        h.api.push(Updates.privateText(1004, "/subscribe", "en"));

        assertThat(reply(1004, 2)).startsWith("تم الاشتراك");
        assertThat(subscription(1004)).hasValueSatisfying(s -> assertThat(s.language()).isEqualTo(Language.AR));
    }

    @Test
    void a_channel_post_subscribes_the_channel() throws Exception {
        long channel = -1009876543210L;

        h.api.push(Updates.channelPost(channel, 1, "/subscribe"));

        assertThat(reply(channel, 1)).startsWith("Subscribed");
        assertThat(subscription(channel)).isPresent();
    }
}
