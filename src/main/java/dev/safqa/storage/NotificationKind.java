package dev.safqa.storage;

import java.util.Locale;

/** Why a notification was made: the knowledge changed, or an operator announced something. */
public enum NotificationKind {
    KNOWLEDGE,
    BROADCAST;

    /** As stored: "knowledge", "broadcast". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static NotificationKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
