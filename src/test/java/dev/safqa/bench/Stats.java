package dev.safqa.bench;

import java.util.Arrays;

/**
 * Percentiles of recorded durations, nearest-rank, in milliseconds. Used where JMH does not do
 * the recording (the end-to-end and start-up runs).
 */
public record Stats(int count, double p50Ms, double p99Ms, double maxMs, double meanMs) {

    public static Stats ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long n : sorted) {
            sum += n;
        }
        return new Stats(sorted.length, ms(rank(sorted, 50)), ms(rank(sorted, 99)), ms(sorted[sorted.length - 1]),
                sum / sorted.length / 1e6);
    }

    /** The median of a few whole-run timings. */
    public static double medianMs(long[] nanos) {
        return ofNanos(nanos).p50Ms();
    }

    private static long rank(long[] sorted, double percentile) {
        int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
