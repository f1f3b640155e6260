package dev.safqa.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The event ids seen lately, so an event Slack delivers again (a retry after a slow ack, a Socket
 * Mode redelivery) is answered once. Bounded: the oldest ids are forgotten first, long after Slack
 * stops retrying (three retries within about five minutes).
 */
final class RecentIds {
    private final Map<String, Boolean> seen;

    RecentIds(int capacity) {
        this.seen = new LinkedHashMap<>(64, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True the first time an id is offered; false for a repeat. A null id is always new. */
    synchronized boolean firstTime(String id) {
        return id == null || seen.put(id, Boolean.TRUE) == null;
    }
}
