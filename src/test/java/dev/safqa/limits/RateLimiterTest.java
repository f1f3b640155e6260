package dev.safqa.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(new Pacer.Rate(20, Duration.ofMinutes(1)), now::get);

    @Test
    void twenty_questions_a_minute_pass_and_the_twenty_first_is_refused() {
        for (int i = 0; i < 20; i++) {
            assertThat(limiter.tryAcquire("chat:1")).isTrue();
        }
        assertThat(limiter.tryAcquire("chat:1")).isFalse();
        assertThat(limiter.tryAcquire("chat:2")).isTrue();                 // another chat is not affected
    }

    @Test
    void refused_questions_do_not_count_and_the_limit_refills() {
        for (int i = 0; i < 25; i++) {
            limiter.tryAcquire("chat:1");
        }
        now.addAndGet(Duration.ofSeconds(3).toNanos());                     // one slot back every 3 s
        assertThat(limiter.tryAcquire("chat:1")).isTrue();
        assertThat(limiter.tryAcquire("chat:1")).isFalse();
    }
}
