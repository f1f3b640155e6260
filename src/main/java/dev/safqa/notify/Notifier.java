package dev.safqa.notify;

import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.reload.KnowledgeDiff;
import dev.safqa.reload.ReloadListener;
import dev.safqa.storage.NotificationKind;
import dev.safqa.storage.NotificationSummary;
import dev.safqa.storage.Notifications;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes notifications: of a knowledge change, or of an operator's announcement. Making one writes it
 * and a pending delivery for every subscribed chat in one transaction; the {@link Dispatcher}
 * (in this process or the server's) delivers them.
 *
 * <p>A knowledge change is measured against what subscribers were last told, recorded in the
 * database with the notification, not against what this process loaded before. So the note is made
 * once per change even across restarts: an edit made while the server was down is announced when it
 * starts, and a crash between swapping the index and recording the note loses nothing (the next
 * start finds the difference). The very first load only records the facts (a baseline), so
 * subscribers are not told the whole article is "new".
 */
public final class Notifier implements ReloadListener {
    private static final Logger log = LoggerFactory.getLogger(Notifier.class);
    /** An announcement must fit a Telegram message (4,096) with room to spare. */
    public static final int MAX_ANNOUNCEMENT_CHARS = 3_500;

    private final Notifications notifications;
    private final Clock clock;
    private final NoteWriter writer = new NoteWriter();

    public Notifier(Notifications notifications, Clock clock) {
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** From {@link dev.safqa.reload.LiveKnowledge}: the start and every reload. The diff is not needed (see the class comment). */
    @Override
    public void loaded(Knowledge knowledge, KnowledgeDiff diff) {
        announce(knowledge);
    }

    /**
     * Records {@code knowledge} as what subscribers know, and makes a notification of the facts
     * added or changed since the last record; empty if there were none (or this is the first record).
     */
    public Optional<NotificationSummary> announce(Knowledge knowledge) {
        Map<String, String> digests = new LinkedHashMap<>();
        Map<String, Fact> byId = new LinkedHashMap<>();
        for (Fact f : knowledge.facts()) {
            digests.put(f.id(), FactDigest.of(f));
            byId.put(f.id(), f);
        }
        Optional<NotificationSummary> made = notifications.recordFacts(knowledge.version(), digests, clock.instant(), changes -> {
            if (changes.baseline()) {
                return Optional.empty();
            }
            List<Fact> added = changes.added().stream().map(byId::get).toList();
            List<Fact> changed = changes.changed().stream().map(byId::get).toList();
            log.info("Knowledge changed since subscribers were last told: {} fact(s) added {}, {} changed {}", added.size(),
                    changes.added(), changed.size(), changes.changed());
            return writer.write(knowledge, added, changed);
        });
        made.ifPresent(s -> log.info("Notification {} of the knowledge change queued for {} chat(s)",
                s.notification().id(), s.total()));
        return made;
    }

    /**
     * An operator's announcement, the same text in both languages, queued for every subscribed chat.
     *
     * @throws IllegalArgumentException if the text is blank or longer than {@value #MAX_ANNOUNCEMENT_CHARS} characters
     */
    public NotificationSummary broadcast(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("the announcement is empty");
        }
        if (t.length() > MAX_ANNOUNCEMENT_CHARS) {
            throw new IllegalArgumentException("the announcement has " + t.length() + " characters; at most "
                    + MAX_ANNOUNCEMENT_CHARS + " fit in a chat message");
        }
        NotificationSummary made = notifications.create(NotificationKind.BROADCAST, null, new Notifications.Texts(t, t),
                clock.instant());
        log.info("Announcement {} queued for {} chat(s)", made.notification().id(), made.total());
        return made;
    }
}
