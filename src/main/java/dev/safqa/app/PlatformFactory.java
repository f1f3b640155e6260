package dev.safqa.app;

import dev.safqa.answer.Answerer;
import dev.safqa.config.SafqaConfig;
import dev.safqa.index.FactIndex;
import dev.safqa.limits.Pacer;
import dev.safqa.platform.Telemetry;
import dev.safqa.storage.Database;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds the chat platforms the configuration enables. The seam between the wiring and the
 * adapters: {@link ChatPlatforms#create} in production, stubs in tests.
 */
@FunctionalInterface
public interface PlatformFactory {
    /** No platforms: {@code safqa serve --health-only}. */
    PlatformFactory NONE = (config, answerer, index, database, telemetry, pacer) -> List.of();

    /**
     * @param index the current fact index (and, through it, the knowledge); read it per use, as a
     *              reload may replace it
     * @param pacer the outbound pacer the notifications dispatcher uses too: a platform that paces its
     *              replies on it (same bucket names, see {@link dev.safqa.notify.Pacing}) keeps answers
     *              and notes together within the platform's limits
     */
    List<ChatPlatform> platforms(SafqaConfig config, Answerer answerer, Supplier<FactIndex> index, Database database,
                                 Telemetry telemetry, Pacer pacer) throws Exception;
}
