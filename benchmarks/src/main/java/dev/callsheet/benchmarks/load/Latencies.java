package dev.callsheet.benchmarks.load;

import java.util.Arrays;

/** Percentiles of measured answer times, in milliseconds, by the nearest-rank method. */
record Latencies(double p50, double p90, double p95, double p99, double max) {

    static Latencies of(long[] nanos) {
        if (nanos.length == 0) {
            return new Latencies(0, 0, 0, 0, 0);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(
                millis(rank(sorted, 0.50)),
                millis(rank(sorted, 0.90)),
                millis(rank(sorted, 0.95)),
                millis(rank(sorted, 0.99)),
                millis(sorted[sorted.length - 1]));
    }

    private static long rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
