package dev.safqa.telegram;

import dev.safqa.limits.Pacer;
import dev.safqa.limits.Pacing;
import dev.safqa.limits.RetryPolicy;
import dev.safqa.ops.LogRedaction;
import dev.safqa.platform.Telemetry;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Everything the bot sends goes through here, because telegrambots' client neither paces nor retries
 * (and reports a 429 or a 403 only as an exception with an error code).
 *
 * <ul>
 *   <li>Messages are paced to Telegram's limits as {@link TelegramLimits} states them (under 30 a
 *   second overall, one a second per chat, 20 a minute per group) with the shared {@link Pacer}, in
 *   the same buckets as the notifications: a send is scheduled for when every bucket allows it, so no
 *   thread sleeps and one chat's queue does not hold up another's.</li>
 *   <li>429: the chat's bucket is paused for {@code retry_after}, then the same message is retried.</li>
 *   <li>403 (blocked, kicked): the chat is marked gone, nothing more is sent there, and
 *   {@link ChatLifecycle#gone} is told once. A message from the chat later clears the mark.</li>
 *   <li>Network errors and 5xx: retried with exponential back-off. Both kinds of retry are bounded by
 *   {@link RetryPolicy#maxAttempts}; then the message is dropped with a warning.</li>
 * </ul>
 * Each send returns a future of Telegram's result; it fails with {@link Undelivered} when given up.
 */
final class Outbox {
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private static final Pacing PACING = TelegramLimits.PACING;
    /** An answer is tried five times over about 15 s, then dropped: later it would only confuse. */
    static final RetryPolicy RETRIES = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30));

    /** A message given up on; the message says why and holds no secrets. */
    static final class Undelivered extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int errorCode;

        Undelivered(String message, int errorCode) {
            super(message, null, false, false);
            this.errorCode = errorCode;
        }

        /** Telegram's error code, or 0 when it never answered. */
        int errorCode() {
            return errorCode;
        }
    }

    private final TelegramClient client;
    private final ScheduledExecutorService scheduler;
    private final Pacer pacer;
    private final ChatLifecycle lifecycle;
    private final Telemetry telemetry;
    private final LogRedaction redactor;
    private final RetryPolicy policy;
    private final Set<String> gone = ConcurrentHashMap.newKeySet();

    /** @param pacer null to send as fast as possible (benchmarks against a fake server) */
    Outbox(TelegramClient client, ScheduledExecutorService scheduler, Pacer pacer, ChatLifecycle lifecycle,
           Telemetry telemetry, LogRedaction redactor, RetryPolicy policy) {
        this.client = client;
        this.scheduler = scheduler;
        this.pacer = pacer;
        this.lifecycle = lifecycle;
        this.telemetry = telemetry;
        this.redactor = redactor;
        this.policy = policy;
    }

    /** A message to a chat: paced, retried, and dropped if the chat is gone. */
    <T extends Serializable> CompletableFuture<T> send(ChatRef chat, BotApiMethod<T> method) {
        Job<T> job = new Job<>(chat, method);
        schedule(job);
        return job.result;
    }

    /** A reply to a query (callback, inline): not a chat message, so not paced, but retried. */
    <T extends Serializable> CompletableFuture<T> call(BotApiMethod<T> method) {
        Job<T> job = new Job<>(null, method);
        schedule(job);
        return job.result;
    }

    /** "typing…" if an answer is still being prepared after {@code delay}; cancel the future when it is ready. */
    java.util.concurrent.Future<?> typingAfter(ChatRef chat, Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            typing(chat);
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
        return scheduler.schedule(() -> typing(chat), delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** "typing…" while an answer is prepared: best effort, never retried or paced (it is not a message). */
    void typing(ChatRef chat) {
        if (gone.contains(chat.id())) {
            return;
        }
        try {
            client.executeAsync(SendChatAction.builder().chatId(chat.id()).action(ActionType.TYPING.toString()).build())
                    .whenComplete((ok, e) -> {
                        if (e != null) {
                            log.debug("typing action for {} failed: {}", chat, redactor.describe(unwrap(e)));
                        }
                    });
        } catch (TelegramApiException | RuntimeException e) {
            log.debug("typing action for {} failed: {}", chat, redactor.describe(e));
        }
    }

    /** The chat wrote to us, so it can be written to again (a user who unblocked the bot). */
    void reachable(ChatRef chat) {
        gone.remove(chat.id());
    }

    /** Telegram told us the bot left this chat (my_chat_member "kicked" or "left"). */
    void gone(ChatRef chat) {
        if (gone.add(chat.id())) {
            tellGone(chat);
        }
    }

    boolean isGone(String chatId) {
        return gone.contains(chatId);
    }

    private final class Job<T extends Serializable> {
        volatile ChatRef chat;
        final BotApiMethod<T> method;
        final CompletableFuture<T> result = new CompletableFuture<>();
        int attempts;

        Job(ChatRef chat, BotApiMethod<T> method) {
            this.chat = chat;
            this.method = method;
        }

        String describe() {
            return method.getMethod() + (chat == null ? "" : " to " + chat);
        }
    }

    private <T extends Serializable> void schedule(Job<T> job) {
        long waitNanos = job.chat == null || pacer == null ? 0 : pacer.reserve(PACING.limits(job.chat.id())).toNanos();
        later(job, waitNanos);
    }

    private <T extends Serializable> void later(Job<T> job, long nanos) {
        try {
            if (nanos <= 0) {
                scheduler.execute(() -> attempt(job));
            } else {
                scheduler.schedule(() -> attempt(job), nanos, TimeUnit.NANOSECONDS);
            }
        } catch (RejectedExecutionException e) {
            job.result.completeExceptionally(new Undelivered(job.describe() + " dropped: shutting down", 0));
        }
    }

    /** Waits, then books a new slot (so a retry is paced like any other message). */
    private <T extends Serializable> void retryAfter(Job<T> job, Duration wait) {
        try {
            scheduler.schedule(() -> schedule(job), wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            job.result.completeExceptionally(new Undelivered(job.describe() + " dropped: shutting down", 0));
        }
    }

    private <T extends Serializable> void attempt(Job<T> job) {
        if (job.chat != null && gone.contains(job.chat.id())) {
            job.result.completeExceptionally(new Undelivered(job.describe() + " dropped: the chat blocked or removed the bot", 403));
            return;
        }
        job.attempts++;
        CompletableFuture<T> call;
        try {
            call = client.executeAsync(job.method);
        } catch (TelegramApiException | RuntimeException e) {
            // validation failures: our bug, not Telegram's; retrying cannot help
            log.error("{} not sent: {}", job.describe(), redactor.describe(e));
            telemetry.error(ChatRef.PLATFORM, "invalid");
            job.result.completeExceptionally(new Undelivered(job.describe() + " invalid", 0));
            return;
        }
        call.whenComplete((value, error) -> {
            if (error == null) {
                telemetry.sent(ChatRef.PLATFORM);
                job.result.complete(value);
            } else {
                failed(job, unwrap(error));
            }
        });
    }

    private <T extends Serializable> void failed(Job<T> job, Throwable e) {
        if (e instanceof TelegramApiRequestException rq && rq.getErrorCode() != null && rq.getErrorCode() != 0) {
            int code = rq.getErrorCode();
            ResponseParameters p = rq.getParameters();
            if (code == 429) {
                long seconds = p != null && p.getRetryAfter() != null ? Math.max(1, p.getRetryAfter()) : 1;
                telemetry.throttled(ChatRef.PLATFORM, seconds);
                if (job.attempts >= policy.maxAttempts()) {
                    giveUp(job, "still rate-limited after " + job.attempts + " attempts", code);
                    return;
                }
                log.info("{}: 429, retrying in {} s", job.describe(), seconds);
                Duration wait = Duration.ofSeconds(seconds);
                if (job.chat != null && pacer != null) {
                    pacer.pause(PACING.chatKey(job.chat.id()), wait);
                }
                retryAfter(job, wait);
            } else if (code == 403 && job.chat != null) {
                telemetry.error(ChatRef.PLATFORM, "403");
                log.info("{}: 403 ({}); sending nothing more there", job.describe(), redactor.mask(rq.getApiResponse()));
                gone(job.chat);
                job.result.completeExceptionally(new Undelivered(job.describe() + ": the chat blocked or removed the bot", code));
            } else if (p != null && p.getMigrateToChatId() != null && job.chat != null && job.method instanceof SendMessage m) {
                // a group became a supergroup: follow it once
                ChatRef from = job.chat;
                ChatRef to = new ChatRef(String.valueOf(p.getMigrateToChatId()), ChatRef.Kind.SUPERGROUP);
                log.info("{} moved to {}", from, to);
                runQuietly(() -> lifecycle.moved(from.key(), to.id()), "moved");
                m.setChatId(to.id());
                job.chat = to;
                schedule(job);
            } else if (code >= 500) {
                transientFailure(job, "HTTP " + code, code);
            } else {
                telemetry.error(ChatRef.PLATFORM, String.valueOf(code));
                giveUp(job, "refused: [" + code + "] " + redactor.mask(rq.getApiResponse()), code);
            }
        } else if (e instanceof TelegramApiException || e instanceof IOException) {
            // no Telegram error code: the network failed, or something that is not the Bot API answered
            // (a proxy's 502 page is "Unable to deserialize response")
            transientFailure(job, redactor.describe(e), 0);
        } else {
            log.error("{} failed unexpectedly: {}", job.describe(), redactor.describe(e));
            telemetry.error(ChatRef.PLATFORM, "unexpected");
            job.result.completeExceptionally(new Undelivered(job.describe() + " failed", 0));
        }
    }

    private <T extends Serializable> void transientFailure(Job<T> job, String why, int code) {
        telemetry.error(ChatRef.PLATFORM, "network");
        if (job.attempts >= policy.maxAttempts()) {
            giveUp(job, why + " (" + job.attempts + " attempts)", code);
            return;
        }
        long capped = policy.backOff(job.attempts).toMillis();
        long jittered = (long) (capped * (0.8 + 0.4 * ThreadLocalRandom.current().nextDouble()));
        log.info("{} failed ({}); retrying in {} ms", job.describe(), why, jittered);
        retryAfter(job, Duration.ofMillis(jittered));
    }

    private <T extends Serializable> void giveUp(Job<T> job, String why, int code) {
        log.warn("{} dropped: {}", job.describe(), why);
        job.result.completeExceptionally(new Undelivered(job.describe() + " dropped: " + why, code));
    }

    private void tellGone(ChatRef chat) {
        try {
            scheduler.execute(() -> runQuietly(() -> lifecycle.gone(chat.key()), "gone"));
        } catch (RejectedExecutionException e) {
            runQuietly(() -> lifecycle.gone(chat.key()), "gone");
        }
    }

    private void runQuietly(Runnable r, String what) {
        try {
            r.run();
        } catch (RuntimeException e) {
            log.error("chat lifecycle '{}' failed: {}", what, redactor.describe(e));
        }
    }

    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
