package dev.safqa.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.LongSupplier;

/**
 * The process's metrics, scraped as Prometheus text on {@code GET /metrics}: Safqa's own (see
 * {@link MetricsTelemetry}) and the JVM's (memory, GC, threads, CPU, uptime).
 */
public final class Metrics implements AutoCloseable {
    /** What {@link #scrape()} returns: the Prometheus text exposition format, version 0.0.4. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        gc.bindTo(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Everything, in the Prometheus text format ({@link #CONTENT_TYPE}). */
    public String scrape() {
        return registry.scrape();
    }

    /**
     * {@code safqa_notifications_backlog}: notifications waiting to be delivered, read at each scrape.
     * The supplier must be cheap and must not throw.
     */
    public void notificationBacklog(LongSupplier pending) {
        Gauge.builder("safqa.notifications.backlog", pending, p -> p.getAsLong())
                .description("Knowledge-update notifications waiting to be delivered")
                .strongReference(true)
                .register(registry);
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
