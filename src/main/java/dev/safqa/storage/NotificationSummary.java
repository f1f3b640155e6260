package dev.safqa.storage;

import java.util.EnumMap;
import java.util.Map;

/** A notification and how many of its deliveries are in each status. */
public record NotificationSummary(Notification notification, Map<DeliveryStatus, Integer> counts) {
    public NotificationSummary {
        Map<DeliveryStatus, Integer> all = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus s : DeliveryStatus.values()) {
            all.put(s, counts.getOrDefault(s, 0));
        }
        counts = Map.copyOf(all);
    }

    public int count(DeliveryStatus status) {
        return counts.get(status);
    }

    /** Every delivery, whatever its status: the chats subscribed when it was made. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
