package dev.safqa.storage;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link FollowUpMemory} in memory: bounded, the least recently used conversation forgotten first. */
final class InMemoryFollowUps implements FollowUpMemory {
    private static final int CAPACITY = 20_000;

    private final Clock clock;
    private final Map<String, Last> last = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Last> eldest) {
            return size() > CAPACITY;
        }
    };

    InMemoryFollowUps(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void remember(String conversation, String understood, List<String> facts) {
        last.put(conversation, new Last(understood, facts, clock.instant()));
    }

    @Override
    public synchronized Optional<Last> recent(String conversation) {
        Last l = last.get(conversation);
        if (l == null || l.at().plus(WINDOW).isBefore(clock.instant())) {
            last.remove(conversation);
            return Optional.empty();
        }
        return Optional.of(l);
    }
}
