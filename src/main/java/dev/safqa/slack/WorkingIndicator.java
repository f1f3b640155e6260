package dev.safqa.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.reactions.ReactionsAddResponse;
import dev.safqa.platform.ChatIds;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows that Safqa is working on a message whose reply is slow: when the reply is not posted
 * {@link #AFTER} after the message came, an ⏳ reaction goes on the asking message, and it comes off
 * once the reply is posted. A quick reply adds nothing. Reactions need the {@code reactions:write}
 * scope; without it the reply still goes out, the reaction is only logged as refused.
 */
final class WorkingIndicator {
    private static final Logger log = LoggerFactory.getLogger(WorkingIndicator.class);
    static final Duration AFTER = Duration.ofMillis(300);
    static final String REACTION = "hourglass_flowing_sand";

    private final MethodsClient client;
    private final ScheduledExecutorService scheduler;

    WorkingIndicator(MethodsClient client, ScheduledExecutorService scheduler) {
        this.client = client;
        this.scheduler = scheduler;
    }

    /** One message being answered; {@link #done()} once its reply is posted (or given up). */
    final class Watch {
        private final String channel;
        private final String ts;
        private final CompletableFuture<Boolean> added = new CompletableFuture<>();
        private final ScheduledFuture<?> timer;

        private Watch(String channel, String ts) {
            this.channel = channel;
            this.ts = ts;
            ScheduledFuture<?> t = null;
            if (ts != null) {
                try {
                    t = scheduler.schedule(() -> added.complete(add()), AFTER.toNanos(), TimeUnit.NANOSECONDS);
                } catch (RejectedExecutionException e) {
                    // shutting down: nothing to show
                }
            }
            this.timer = t;
            if (t == null) {
                added.complete(false);
            }
        }

        /** Takes the reaction off again, after it was put on if that is under way. */
        void done() {
            if (timer != null && timer.cancel(false)) {
                added.complete(false); // quick: never shown
            }
            added.thenAccept(shown -> {
                if (shown) {
                    remove();
                }
            });
        }

        private boolean add() {
            try {
                ReactionsAddResponse r = client.reactionsAdd(b -> b.channel(channel).timestamp(ts).name(REACTION));
                if (!r.isOk()) {
                    log.info("reactions.add in {} refused: {}", ChatIds.hash("slack", channel), r.getError());
                }
                return r.isOk();
            } catch (IOException | SlackApiException | RuntimeException e) {
                log.info("reactions.add in {} failed: {}", ChatIds.hash("slack", channel), e.toString());
                return false;
            }
        }

        private void remove() {
            try {
                var r = client.reactionsRemove(b -> b.channel(channel).timestamp(ts).name(REACTION));
                if (!r.isOk()) {
                    log.info("reactions.remove in {} refused: {}", ChatIds.hash("slack", channel), r.getError());
                }
            } catch (IOException | SlackApiException | RuntimeException e) {
                log.info("reactions.remove in {} failed: {}", ChatIds.hash("slack", channel), e.toString());
            }
        }
    }

    /** Starts watching the message {@code ts}; null {@code ts} (a slash command) watches nothing. */
    Watch watch(String channel, String ts) {
        return new Watch(channel, ts);
    }
}
