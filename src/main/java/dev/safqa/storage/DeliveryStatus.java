package dev.safqa.storage;

import java.util.Locale;

/**
 * Where one notification stands for one chat. {@code PENDING} waits for its turn (or its retry time);
 * {@code SENDING} is committed just before the platform is called and replaced by the outcome just
 * after; {@code SENT}, {@code FAILED} (given up, or the outcome is unknown) and {@code DROPPED} (the
 * chat left, was removed or unsubscribed) are final.
 */
public enum DeliveryStatus {
    PENDING,
    SENDING,
    SENT,
    FAILED,
    DROPPED;

    /** As stored: "pending", "sending"... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static DeliveryStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
