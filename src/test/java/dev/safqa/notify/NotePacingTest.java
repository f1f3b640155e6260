package dev.safqa.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.storage.NotificationSummary;
import dev.safqa.text.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broadcasts against the platforms' limits, in virtual time: the timestamps the fake platform
 * recorded are checked window by window, as the platform would count them.
 */
class PacingTest {
    @TempDir
    Path dir;
    private NotifyFixture f;

    @BeforeEach
    void open() {
        f = new NotifyFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void a_thousand_telegram_subscribers_get_the_note_under_thirty_a_second() throws Exception {
        for (int i = 1; i <= 1_000; i++) {
            // every third chat a group (negative id), the rest private chats
            f.subscribe("telegram", i % 3 == 0 ? "-100" + i : String.valueOf(i), i % 2 == 0 ? Language.AR : Language.EN);
        }
        NotificationSummary note = f.note("1");
        FakeSender telegram = new FakeSender("telegram", f.time);

        f.start(telegram);
        assertThat(telegram.awaitDelivered(1_000, NotifyFixture.PATIENCE)).isTrue();
        f.awaitSettled(note);

        List<Instant> times = times(telegram.delivered(), c -> true);
        assertThat(telegram.deliveredChats()).doesNotHaveDuplicates().hasSize(1_000);
        assertThat(maxInAnyWindow(times, Duration.ofSeconds(1))).as("messages in any one second").isLessThanOrEqualTo(30);
        // and not slower than it need be: 999 gaps of 34 ms
        assertThat(Duration.between(times.get(0), times.get(times.size() - 1)))
                .isLessThanOrEqualTo(Duration.ofMillis(999 * 34 + 100));
    }

    @Test
    void a_group_gets_at_most_twenty_notes_a_minute_and_one_a_second() throws Exception {
        f.subscribe("telegram", "-1001", Language.EN);
        f.subscribe("telegram", "-1002", Language.EN);
        f.subscribe("telegram", "7", Language.EN);
        for (int i = 0; i < 25; i++) {
            f.note(String.valueOf(i));
        }
        FakeSender telegram = new FakeSender("telegram", f.time);

        f.start(telegram);
        assertThat(telegram.awaitDelivered(75, NotifyFixture.PATIENCE)).isTrue();

        Map<String, List<FakeSender.Call>> byChat = telegram.delivered().stream()
                .collect(Collectors.groupingBy(FakeSender.Call::chatId));
        assertThat(byChat).hasSize(3);
        for (Map.Entry<String, List<FakeSender.Call>> chat : byChat.entrySet()) {
            List<Instant> times = times(chat.getValue(), c -> true);
            assertThat(times).as("notes to %s", chat.getKey()).hasSize(25);
            assertThat(maxInAnyWindow(times, Duration.ofSeconds(1))).as("%s in one second", chat.getKey()).isEqualTo(1);
            if (chat.getKey().startsWith("-")) {
                assertThat(maxInAnyWindow(times, Duration.ofMinutes(1))).as("%s in one minute", chat.getKey()).isLessThanOrEqualTo(20);
            }
        }
        assertThat(telegram.delivered()).extracting(FakeSender.Call::text)
                .filteredOn(t -> t.equals("note 0")).hasSize(3); // each note once per chat
    }

    @Test
    void a_slack_channel_gets_at_most_one_note_a_second() throws Exception {
        f.subscribe("slack", "C01", Language.EN);
        f.subscribe("slack", "C02", Language.AR);
        for (int i = 0; i < 5; i++) {
            f.note(String.valueOf(i));
        }
        FakeSender slack = new FakeSender("slack", f.time);

        f.start(slack);
        assertThat(slack.awaitDelivered(10, NotifyFixture.PATIENCE)).isTrue();

        for (String channel : List.of("C01", "C02")) {
            List<Instant> times = times(slack.delivered(), c -> c.chatId().equals(channel));
            assertThat(times).hasSize(5);
            assertThat(maxInAnyWindow(times, Duration.ofSeconds(1))).as(channel).isEqualTo(1);
        }
    }

    private static List<Instant> times(List<FakeSender.Call> calls, Predicate<FakeSender.Call> which) {
        return calls.stream().filter(which).map(FakeSender.Call::at).sorted().toList();
    }

    /** The most messages in any window [t, t + length) that starts at a message. */
    static int maxInAnyWindow(List<Instant> sorted, Duration length) {
        int max = 0;
        int end = 0;
        for (int start = 0; start < sorted.size(); start++) {
            Instant limit = sorted.get(start).plus(length);
            while (end < sorted.size() && sorted.get(end).isBefore(limit)) {
                end++;
            }
            max = Math.max(max, end - start);
        }
        return max;
    }
}
