package org.w3id.r2p.site;

import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Query results kept by key, bounded in bytes: when a new result would pass the budget, the least recently used
 * go first. A result larger than {@code maxEntryBytes} is not kept, so that one answer cannot empty the store.
 */
final class ResultStore {
    /** Roughly what a kept result costs beyond its body: the key, the map entry, the record. */
    private static final int OVERHEAD_BYTES = 200;

    /** A kept result: its content type and body. */
    record Result(String contentType, byte[] body) {}

    private final long budgetBytes;
    private final long maxEntryBytes;
    private final LinkedHashMap<String, Result> results = new LinkedHashMap<>(16, 0.75f, true);
    private long heldBytes;

    /**
     * @param budgetBytes   the most the store holds; 0 keeps nothing
     * @param maxEntryBytes the largest result worth keeping
     */
    ResultStore(long budgetBytes, long maxEntryBytes) {
        if (budgetBytes < 0 || maxEntryBytes < 0) {
            throw new IllegalArgumentException("A cache size cannot be negative: " + budgetBytes + ", " + maxEntryBytes);
        }
        this.budgetBytes = budgetBytes;
        this.maxEntryBytes = Math.min(maxEntryBytes, budgetBytes);
    }

    synchronized Result get(String key) {
        return results.get(key);
    }

    synchronized void put(String key, Result result) {
        long cost = costOf(key, result);
        if (cost > maxEntryBytes) {
            return;
        }
        Result old = results.put(key, result);
        heldBytes += cost - (old == null ? 0 : costOf(key, old));
        Iterator<Map.Entry<String, Result>> eldest = results.entrySet().iterator();
        while (heldBytes > budgetBytes && eldest.hasNext()) {
            Map.Entry<String, Result> entry = eldest.next();
            heldBytes -= costOf(entry.getKey(), entry.getValue());
            eldest.remove();
        }
    }

    synchronized long heldBytes() {
        return heldBytes;
    }

    synchronized int size() {
        return results.size();
    }

    private static long costOf(String key, Result result) {
        return result.body().length + 2L * key.length() + 2L * result.contentType().length() + OVERHEAD_BYTES;
    }
}
