package dev.safqa.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PacerTest {
    private final AtomicLong now = new AtomicLong();
    private final Pacer pacer = new Pacer(now::get);
    private static final Pacer.Rate PER_CHAT = new Pacer.Rate(1, Duration.ofSeconds(1));
    private static final Pacer.Rate PER_GROUP = new Pacer.Rate(20, Duration.ofMinutes(1));

    @Test
    void the_first_send_goes_now_and_the_next_to_the_same_chat_waits_a_second() {
        List<Pacer.Limit> chat = List.of(new Pacer.Limit("chat:1", PER_CHAT));
        assertThat(pacer.reserve(chat)).isZero();
        assertThat(pacer.reserve(chat)).isEqualTo(Duration.ofSeconds(1));
        assertThat(pacer.reserve(chat)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void different_chats_do_not_wait_for_each_other() {
        assertThat(pacer.reserve(List.of(new Pacer.Limit("chat:1", PER_CHAT)))).isZero();
        assertThat(pacer.reserve(List.of(new Pacer.Limit("chat:2", PER_CHAT)))).isZero();
    }

    @Test
    void a_group_gets_one_message_every_three_seconds_so_no_minute_holds_more_than_twenty() {
        List<Pacer.Limit> group = List.of(new Pacer.Limit("group:-5", PER_GROUP));
        assertThat(pacer.reserve(group)).isZero();
        assertThat(pacer.reserve(group)).isEqualTo(Duration.ofSeconds(3));
        Duration last = Duration.ZERO;
        for (int i = 2; i < 21; i++) {
            last = pacer.reserve(group);
        }
        assertThat(last).isEqualTo(Duration.ofSeconds(60));                  // the 21st starts the next minute
    }

    @Test
    void the_strictest_of_several_limits_decides() {
        List<Pacer.Limit> both = List.of(new Pacer.Limit("all", new Pacer.Rate(30, Duration.ofSeconds(1))),
                new Pacer.Limit("chat:1", PER_CHAT));
        assertThat(pacer.reserve(both)).isZero();
        assertThat(pacer.reserve(both)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void a_pause_holds_a_bucket_back() {
        pacer.pause("chat:1", Duration.ofSeconds(7));
        assertThat(pacer.reserve(List.of(new Pacer.Limit("chat:1", PER_CHAT)))).isEqualTo(Duration.ofSeconds(7));
        now.addAndGet(Duration.ofSeconds(8).toNanos());
        assertThat(pacer.reserve(List.of(new Pacer.Limit("chat:1", PER_CHAT)))).isZero();
    }
}
