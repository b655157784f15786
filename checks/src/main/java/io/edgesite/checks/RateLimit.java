package io.edgesite.checks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token buckets: so many events per second for each key and in all, with a burst of one second's worth.
 * Keys are forgotten oldest first past a bound, so a flood of spoofed sources cannot grow it.
 */
final class RateLimit {
    private static final int KEYS = 4096;
    private final double perKey;
    private final double total;
    private final Map<String, double[]> buckets = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
            return size() > KEYS;
        }
    };
    private final double[] all;

    RateLimit(double perKeyPerSecond, double totalPerSecond) {
        this.perKey = perKeyPerSecond;
        this.total = totalPerSecond;
        this.all = new double[] {totalPerSecond, System.nanoTime()};
    }

    /** Takes a token for {@code key} and one from the total; false when either is spent. */
    synchronized boolean allow(String key) {
        long now = System.nanoTime();
        double[] b = buckets.computeIfAbsent(key, k -> new double[] {perKey, now});
        refill(b, perKey, now);
        refill(all, total, now);
        if (b[0] < 1 || all[0] < 1) {
            return false;
        }
        b[0]--;
        all[0]--;
        return true;
    }

    private static void refill(double[] bucket, double rate, long now) {
        bucket[0] = Math.min(rate, bucket[0] + (now - bucket[1]) / 1e9 * rate);
        bucket[1] = now;
    }
}
