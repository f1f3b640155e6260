package dev.safqa.limits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One platform's sending limits as {@link Pacer} buckets, stated by its adapter and handed to
 * whatever sends there (its replies, the notifications dispatcher). The bucket names are the
 * adapter's ({@code telegram:all}, {@code telegram:chat:<id>}, {@code slack:channel:<id>}...), so with
 * a shared Pacer a broadcast and the answers add up to the platform's limit instead of each using all
 * of it.
 *
 * <p>The notification rates have no burst: "30 a second" as a GCRA bucket of 30 lets 30 through at
 * once and then 30 a second, so some one-second windows would see nearly 60. One message every
 * 34 ms never puts more than 30 in any second (29.4 a second), and one every 3 s in a group never
 * more than 20 in any minute. A broadcast is one message per chat, so it loses nothing by not
 * bursting.
 */
public final class Pacing {
    private final String platform;
    private final Pacer.Limit overall;
    private final String chatPrefix;
    private final Pacer.Rate perChat;
    private final String groupPrefix;
    private final Pacer.Rate perGroup;
    private final Predicate<String> isGroup;

    private Pacing(String platform, Pacer.Limit overall, String chatPrefix, Pacer.Rate perChat, String groupPrefix,
                   Pacer.Rate perGroup, Predicate<String> isGroup) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.overall = Objects.requireNonNull(overall, "overall");
        this.chatPrefix = Objects.requireNonNull(chatPrefix, "chatPrefix");
        this.perChat = Objects.requireNonNull(perChat, "perChat");
        this.groupPrefix = groupPrefix;
        this.perGroup = perGroup;
        this.isGroup = isGroup;
    }

    /**
     * One message every {@code overall} under {@code overallKey}, and every {@code perChat} per chat
     * under {@code chatPrefix + chatId}.
     */
    public static Pacing of(String platform, String overallKey, Duration overall, String chatPrefix, Duration perChat) {
        return new Pacing(platform, new Pacer.Limit(overallKey, every(overall)), chatPrefix, every(perChat), null, null, null);
    }

    /** These limits, and one message every {@code perGroup} in a chat {@code isGroup} says is a group. */
    public Pacing withGroups(String prefix, Duration perGroup, Predicate<String> isGroup) {
        return new Pacing(platform, overall, chatPrefix, perChat, Objects.requireNonNull(prefix), every(perGroup),
                Objects.requireNonNull(isGroup));
    }

    /** Any other platform, or a test: one message every {@code overall}, and every {@code perChat} per chat. */
    public static Pacing of(String platform, Duration overall, Duration perChat) {
        return of(platform, platform + ":all", overall, platform + ":chat:", perChat);
    }

    public String platform() {
        return platform;
    }

    /** The buckets one message to {@code chatId} books. */
    public List<Pacer.Limit> limits(String chatId) {
        List<Pacer.Limit> out = new ArrayList<>(3);
        out.add(overall);
        out.add(new Pacer.Limit(chatKey(chatId), perChat));
        if (perGroup != null && isGroup.test(chatId)) {
            out.add(new Pacer.Limit(groupPrefix + chatId, perGroup));
        }
        return out;
    }

    /** The bucket a platform-wide 429 pauses. */
    public String platformKey() {
        return overall.key();
    }

    /** The bucket a chat's 429 pauses. */
    public String chatKey(String chatId) {
        return chatPrefix + chatId;
    }

    /** The time between two messages of one bucket. */
    public Duration overallInterval() {
        return overall.rate().per();
    }

    public Duration chatInterval() {
        return perChat.per();
    }

    private static Pacer.Rate every(Duration interval) {
        return new Pacer.Rate(1, interval);
    }

    @Override
    public String toString() {
        return platform + " pacing: one message every " + overall.rate().per().toMillis() + " ms, per chat every "
                + perChat.per().toMillis() + " ms" + (perGroup == null ? "" : ", per group every " + perGroup.per().toMillis() + " ms");
    }
}
