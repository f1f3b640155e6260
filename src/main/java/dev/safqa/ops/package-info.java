/**
 * Operations: Prometheus metrics and the question log ({@link dev.safqa.ops.MetricsTelemetry}), the
 * health routes on the shared HTTP server ({@link dev.safqa.ops.HealthRoutes}), and the Logback
 * pieces that keep tokens out of every log line ({@link dev.safqa.ops.LogRedaction}).
 */
package dev.safqa.ops;
