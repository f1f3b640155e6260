package dev.safqa.notify;

import dev.safqa.limits.RetryPolicy;
import dev.safqa.limits.Pacer;
import dev.safqa.limits.Pacing;
import dev.safqa.platform.ChatIds;
import dev.safqa.platform.Telemetry;
import dev.safqa.storage.ChatKey;
import dev.safqa.storage.Database;
import dev.safqa.storage.Delivery;
import dev.safqa.storage.DeliveryLog;
import dev.safqa.storage.Lease;
import dev.safqa.storage.Leases;
import dev.safqa.storage.Subscriptions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the pending notifications in the delivery log, each in its chat's language, through one
 * {@link NoticeSender} per platform: paced to the platform's limits, retried with back-off, 429s
 * honoured, chats that are gone unsubscribed and chats that moved followed.
 *
 * <p>One thread per platform (a lane) polls the log for what is due, every poll interval, so it also
 * delivers notifications made by another process ({@code safqa notify}); {@link #wake()} makes it
 * look at once for those made in this one. It sends them one at a time. One at a time is enough for
 * a note per update (a thousand Telegram chats in about a minute) and keeps the schedule exact: a
 * message leaves no earlier than its pacing slot, and a broadcast never books more than one slot
 * ahead of the bot's answers, which share the limits.
 *
 * <h2>Exactly once</h2>
 * Each delivery goes {@code pending -> sending -> sent}, each step committed: the pacing wait happens
 * while it is still pending, {@code sending} is committed immediately before the platform is called,
 * and the outcome immediately after. So:
 * <ul>
 *   <li>A process killed while waiting (almost all of a broadcast's time is pacing) leaves the
 *   delivery pending; the next start sends it, once.</li>
 *   <li>A delivery recorded {@code sent} is never sent again.</li>
 *   <li>{@link #close()} stops taking deliveries, cuts pacing waits short, and lets the send in flight
 *   finish and be recorded: a clean stop leaves nothing in {@code sending}.</li>
 *   <li>A process killed during the call itself leaves the delivery {@code sending}, and nobody can
 *   know whether the platform got it. At start such deliveries are marked <b>failed, not resent</b>.
 *   The window is one HTTP call, and a request already on the wire when the process died has most
 *   likely arrived (the crash has nothing to do with the platform accepting it), so resending would
 *   mostly post a duplicate into a group chat, which everyone in it sees, to avoid a rare miss that
 *   the chat can make up by asking the bot. "Never repeats a delivered one" is kept absolutely; "loses
 *   nothing" holds everywhere except that one call, and each such case is visible in
 *   {@code safqa notifications} as failed with its reason. The same holds for a send whose outcome
 *   the sender cannot tell ({@link SendResult.Unknown}, or the sender throwing).</li>
 * </ul>
 * A delivery is claimed with a conditional update ({@code pending} to {@code sending}), so two
 * dispatchers on one database never both send it.
 *
 * <h2>Several replicas</h2>
 * On a database that replicas share, each platform's deliveries are sent by one dispatcher at a time:
 * the lane that holds the platform's lease ({@link Leases}, an advisory lock on PostgreSQL). The
 * others stand by and try to take it every {@link Settings#takeover()}. So the platform's limits hold
 * across replicas for the notes (one pacer sends them all), and nothing is sent twice. A replica that
 * dies loses the lease with its database session; the next holder first settles the one delivery the
 * dead one may have had on the wire (failed, outcome unknown, as after a restart) and then sends the
 * rest, within about a takeover interval. The holder checks that it still holds the lease before
 * each delivery, so one whose session was cut off stops at once. On SQLite, one process owns the
 * file: every lease is granted, and a starting dispatcher settles every {@code sending} row.
 */
public final class Dispatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    static final String UNKNOWN_OUTCOME =
            "outcome unknown: safqa stopped while sending it; not resent, so that nobody gets it twice";

    /**
     * Tuning: retries, how often the log is polled, how many due deliveries are read at once. Each
     * platform's pacing is its sender's ({@link NoticeSender#pacing()}).
     */
    public record Settings(RetryPolicy retry, Duration pollInterval, int batchSize, Duration closeGrace, Duration takeover) {
        public static final Settings DEFAULT = new Settings(RetryPolicy.DEFAULT, Duration.ofSeconds(1), 100,
                Duration.ofSeconds(30), Duration.ofSeconds(2));

        public Settings {
            Objects.requireNonNull(retry, "retry");
            if (pollInterval.isNegative() || pollInterval.isZero() || batchSize < 1 || closeGrace.isNegative()
                    || takeover.isNegative() || takeover.isZero()) {
                throw new IllegalArgumentException("bad dispatcher settings " + pollInterval + ", " + batchSize + ", "
                        + closeGrace + ", " + takeover);
            }
        }

        public Settings withRetry(RetryPolicy r) {
            return new Settings(r, pollInterval, batchSize, closeGrace, takeover);
        }

        public Settings withPollInterval(Duration d) {
            return new Settings(retry, d, batchSize, closeGrace, takeover);
        }

        public Settings withCloseGrace(Duration d) {
            return new Settings(retry, pollInterval, batchSize, d, takeover);
        }

        /** How often a standby replica tries to take a platform's deliveries over. */
        public Settings withTakeover(Duration d) {
            return new Settings(retry, pollInterval, batchSize, closeGrace, d);
        }
    }

    private final DeliveryLog deliveries;
    private final Subscriptions subscriptions;
    private final Pacer pacer;
    private final Timekeeper time;
    private final Telemetry telemetry;
    private final Settings settings;
    private final Leases leases;
    private final Map<String, Lane> lanes = new LinkedHashMap<>();
    private final ExecutorService executor;
    private volatile boolean closing;
    private boolean started; // guarded by this
    private boolean closed; // guarded by this

    /**
     * @param pacer shared with the adapters' replies (same bucket names; see {@link Pacing}), or its own
     * @param time  {@link Timekeeper#SYSTEM}, or virtual time in tests (then the pacer must read it too)
     */
    public Dispatcher(DeliveryLog deliveries, Subscriptions subscriptions, List<NoticeSender> senders, Pacer pacer,
                      Timekeeper time, Telemetry telemetry, Settings settings) {
        this(deliveries, subscriptions, senders, pacer, time, telemetry, settings, Leases.SOLE);
    }

    /**
     * As above, as one of several replicas: {@code leases} elects the one dispatcher per platform
     * (see the class comment).
     */
    public Dispatcher(DeliveryLog deliveries, Subscriptions subscriptions, List<NoticeSender> senders, Pacer pacer,
                      Timekeeper time, Telemetry telemetry, Settings settings, Leases leases) {
        this.leases = Objects.requireNonNull(leases, "leases");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.pacer = Objects.requireNonNull(pacer, "pacer");
        this.time = Objects.requireNonNull(time, "time");
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
        this.settings = Objects.requireNonNull(settings, "settings");
        for (NoticeSender s : senders) {
            if (lanes.put(s.platform(), new Lane(s, s.pacing())) != null) {
                throw new IllegalArgumentException("two senders for platform " + s.platform());
            }
        }
        this.executor = Executors.newFixedThreadPool(Math.max(1, lanes.size()), r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
    }

    /** The usual dispatcher: real time, default settings, over the notifications and subscriptions in {@code db}. */
    public static Dispatcher create(Database db, List<NoticeSender> senders, Pacer pacer, Telemetry telemetry) {
        return create(db, senders, pacer, telemetry, Settings.DEFAULT);
    }

    /** As above, with these settings (the configured poll interval and attempts). */
    public static Dispatcher create(Database db, List<NoticeSender> senders, Pacer pacer, Telemetry telemetry,
                                    Settings settings) {
        return new Dispatcher(DeliveryLog.in(db), db.subscriptions(), senders, pacer, Timekeeper.SYSTEM, telemetry, settings,
                db.shared() ? db : Leases.SOLE);
    }

    /**
     * Settles what the last run left in {@code sending} (see the class comment), then starts one lane
     * per platform, which resumes every pending delivery.
     */
    public synchronized void start() {
        if (started || closed) {
            throw new IllegalStateException(closed ? "closed" : "already started");
        }
        started = true;
        if (leases == Leases.SOLE) {
            int unknown = deliveries.abandonSending(UNKNOWN_OUTCOME, time.now());
            if (unknown > 0) {
                log.warn("{} deliveries were being sent when safqa last stopped; whether they arrived is unknown, "
                        + "so they are marked failed rather than risk sending them twice", unknown);
            }
        }
        for (String platform : deliveries.platformsWithPending()) {
            if (!lanes.containsKey(platform)) {
                log.warn("Notifications for {} chats are pending, but {} is not configured: they wait until it is",
                        platform, platform);
            }
        }
        for (Lane lane : lanes.values()) {
            executor.execute(lane);
        }
    }

    /**
     * Notifications were just made in this process (a knowledge reload): look for them now instead
     * of at the next poll. Cuts only an idle wait short, never a pacing or retry wait.
     */
    public void wake() {
        lanes.values().forEach(Lane::nudge);
    }

    /**
     * Stops: no new delivery is taken, pacing waits end at once, and the send in flight on each
     * platform finishes and is recorded (for up to the close grace; a send still running after that
     * is interrupted and stays {@code sending}). What was not sent stays pending for the next start.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            closing = true;
        }
        lanes.values().forEach(Lane::interruptIfWaiting);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(settings.closeGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("A notification send did not finish within {}; interrupting it (its delivery will count as "
                        + "failed, outcome unknown)", settings.closeGrace());
                executor.shutdownNow();
                executor.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** For tests: close() has begun. */
    boolean isClosing() {
        return closing;
    }

    /** One platform's deliveries, one at a time, on one thread. */
    private final class Lane implements Runnable {
        private final NoticeSender sender;
        private final Pacing pacing;
        private final String platform;
        private Lease lease; // only the lane's thread uses it
        private final Object guard = new Object();
        private Thread thread; // guarded by guard
        private boolean waiting; // guarded by guard
        private boolean waitingIdle; // guarded by guard: the wait in progress is for new work, which wake() may end
        private boolean nudged; // guarded by guard: wake() was called since the last idle wait

        Lane(NoticeSender sender, Pacing pacing) {
            this.sender = sender;
            this.pacing = pacing;
            this.platform = sender.platform();
        }

        @Override
        public void run() {
            synchronized (guard) {
                thread = Thread.currentThread();
            }
            thread.setName("safqa-notify-" + platform);
            log.info("Delivering {} notifications ({})", platform, pacing);
            try {
                while (!closing) {
                    try {
                        if (!leading()) {
                            await(settings.takeover(), false);
                            continue;
                        }
                        List<Delivery> due = deliveries.due(platform, time.now(), settings.batchSize());
                        if (due.isEmpty()) {
                            idle();
                        }
                        for (Delivery d : due) {
                            if (closing || !leading()) {
                                break;
                            }
                            deliver(d);
                        }
                    } catch (RuntimeException e) {
                        // the database failed (disk full, locked too long, unreachable): say so, wait, and carry on
                        log.error("Delivering {} notifications failed; retrying in {}", platform, settings.pollInterval(), e);
                        await(settings.pollInterval(), false);
                    }
                }
            } finally {
                release();
            }
        }

        /**
         * Whether this lane is the platform's dispatcher: it holds the lease, or has just taken it (and
         * then settles what the last holder left on the wire). Checked before every delivery.
         */
        private boolean leading() {
            if (lease != null) {
                if (lease.held()) {
                    return true;
                }
                log.warn("Lost the lease on {} notifications (the database session ended): another replica sends them",
                        platform);
                release();
            }
            Optional<Lease> taken = leases.tryLease("notify:" + platform);
            if (taken.isEmpty()) {
                return false;
            }
            lease = taken.get();
            if (leases != Leases.SOLE) {
                int unknown = deliveries.abandonSending(platform, UNKNOWN_OUTCOME, time.now());
                log.info("This replica now sends the {} notifications{}", platform, unknown == 0 ? ""
                        : "; " + unknown + " left mid-send by the last one are marked failed, outcome unknown");
            }
            return true;
        }

        private void release() {
            if (lease != null) {
                lease.close();
                lease = null;
            }
        }

        /** Nothing is due: wait for the next retry time, or a poll interval for new notifications. */
        private void idle() {
            Duration wait = settings.pollInterval();
            Optional<Instant> next = deliveries.nextDue(platform);
            if (next.isPresent()) {
                Duration until = Duration.between(time.now(), next.get());
                if (until.compareTo(wait) < 0) {
                    wait = until.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : until;
                }
            }
            await(wait, true);
        }

        private void deliver(Delivery d) {
            ChatKey chat = d.chat();
            List<Pacer.Limit> limits = pacing.limits(chat.chatId());
            // Wait for the pacing slot while the delivery is still pending: a kill during the wait loses nothing.
            if (!await(pacer.reserve(limits), false)) {
                return;
            }
            Optional<DeliveryLog.Claim> claim = deliveries.claim(d.notificationId(), chat, time.now());
            if (claim.isEmpty()) {
                return; // unsubscribed meanwhile (now dropped), or taken by another dispatcher
            }
            // The slot was booked before the wait; if this send leaves late (a slow claim, a pause), the
            // next ones must still keep their distance from it, not from the slot, or they would bunch up.
            for (Pacer.Limit l : limits) {
                pacer.pause(l.key(), l.rate().per().dividedBy(l.rate().permits()));
            }
            SendResult result;
            try {
                result = sender.send(chat.chatId(), claim.get().text());
                if (result == null) {
                    result = new SendResult.Unknown("the sender returned no result");
                }
            } catch (RuntimeException e) {
                log.error("Sending notification {} to {} {} threw", d.notificationId(), platform, hash(chat), e);
                result = new SendResult.Unknown("the sender failed: " + e.getClass().getSimpleName());
            }
            settle(claim.get(), result);
        }

        private void settle(DeliveryLog.Claim c, SendResult result) {
            long id = c.notificationId();
            ChatKey chat = c.chat();
            Instant now = time.now();
            int maxAttempts = settings.retry().maxAttempts();
            if (result instanceof SendResult.Sent) {
                deliveries.markSent(id, chat, now);
                telemetry.sent(platform);
            } else if (result instanceof SendResult.RetryAfter r) {
                telemetry.throttled(platform, r.delay().toSeconds());
                pacer.pause(r.scope() == SendResult.RetryAfter.Scope.PLATFORM ? pacing.platformKey() : pacing.chatKey(chat.chatId()),
                        r.delay());
                String why = "429: retry after " + r.delay().toSeconds() + " s";
                if (c.attempt() >= maxAttempts) {
                    giveUp(c, why);
                } else {
                    log.info("Notification {} to {} {}: {} ({})", id, platform, hash(chat), why, r.scope());
                    deliveries.retryAt(id, chat, now.plus(r.delay()), why, now);
                }
            } else if (result instanceof SendResult.Transient t) {
                telemetry.error(platform, "transient");
                if (c.attempt() >= maxAttempts) {
                    giveUp(c, t.reason());
                } else {
                    Duration backOff = settings.retry().backOff(c.attempt());
                    log.info("Notification {} to {} {} failed ({}); retrying in {}", id, platform, hash(chat),
                            t.reason(), backOff);
                    deliveries.retryAt(id, chat, now.plus(backOff), t.reason(), now);
                }
            } else if (result instanceof SendResult.Gone g) {
                telemetry.error(platform, "gone");
                int dropped = deliveries.markGone(id, chat, "the chat is gone: " + g.reason(), now);
                subscriptions.remove(chat);
                log.info("{} {} is gone ({}): unsubscribed, {} pending notification(s) dropped", platform, hash(chat),
                        g.reason(), dropped);
            } else if (result instanceof SendResult.Moved m) {
                if (m.newChatId().equals(chat.chatId()) || c.attempt() >= maxAttempts) {
                    giveUp(c, "the chat moved (to " + hash(new ChatKey(platform, m.newChatId())) + ") once too often");
                    return;
                }
                // The subscription first: a crash between the two leaves the delivery sending (settled as
                // unknown), never a delivery to a new id that has no subscription (which would be dropped).
                subscriptions.moveChat(chat, m.newChatId());
                Optional<Delivery> moved = deliveries.moveChat(id, chat, m.newChatId(), now);
                log.info("{} {} moved to {}: subscription moved, notification {} {}", platform, hash(chat),
                        hash(new ChatKey(platform, m.newChatId())), id, moved.isPresent() ? "re-sent there" : "already there");
            } else if (result instanceof SendResult.Refused r) {
                telemetry.error(platform, "refused");
                log.warn("Notification {} to {} {} refused ({}); not retried", id, platform, hash(chat), r.reason());
                deliveries.markFailed(id, chat, "refused: " + r.reason(), now);
            } else if (result instanceof SendResult.Unknown u) {
                telemetry.error(platform, "unknown");
                log.warn("Notification {} to {} {}: outcome unknown ({}); not resent", id, platform, hash(chat), u.reason());
                deliveries.markFailed(id, chat, "outcome unknown: " + u.reason(), now);
            }
        }

        private void giveUp(DeliveryLog.Claim c, String why) {
            String error = why + " (gave up after " + c.attempt() + " attempts)";
            log.warn("Notification {} to {} {}: {}", c.notificationId(), platform, hash(c.chat()), error);
            deliveries.markFailed(c.notificationId(), c.chat(), error, time.now());
        }

        /**
         * Waits {@code d} unless the dispatcher is closing; false if it is. Only here may close()
         * interrupt the lane, never during a send, whose outcome must be recorded. An {@code idle}
         * wait also ends early, returning true, when {@link #wake()} is called.
         */
        private boolean await(Duration d, boolean idle) {
            long deadline = time.nanoTime() + d.toNanos();
            for (long left = d.toNanos(); left > 0; left = deadline - time.nanoTime()) {
                synchronized (guard) {
                    if (closing) {
                        return false;
                    }
                    if (idle && nudged) {
                        nudged = false;
                        return true;
                    }
                    waiting = true;
                    waitingIdle = idle;
                }
                try {
                    time.sleep(Duration.ofNanos(left));
                } catch (InterruptedException e) {
                    // close() or wake() woke us: the loop sees which
                } finally {
                    synchronized (guard) {
                        waiting = false;
                        waitingIdle = false;
                        Thread.interrupted(); // an interrupt meant for the wait must not reach the next send
                    }
                }
            }
            return !closing;
        }

        void nudge() {
            synchronized (guard) {
                nudged = true;
                if (waiting && waitingIdle && thread != null) {
                    thread.interrupt();
                }
            }
        }

        void interruptIfWaiting() {
            synchronized (guard) {
                if (waiting && thread != null) {
                    thread.interrupt();
                }
            }
        }
    }

    private static String hash(ChatKey chat) {
        return ChatIds.hash(chat.platform(), chat.chatId());
    }
}
