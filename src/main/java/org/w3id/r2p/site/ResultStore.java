package org.w3id.r2p.site;

import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Query results kept by key, bounded in bytes: when a new result would pass the budget, the least recently used
 * go first. A result larger than {@code maxEntryBytes} is not kept, so that one answer cannot empty the store.
 * A result is kept only when its key is offered a second time (a doorkeeper, as in TinyLFU): most queries on a
 * public endpoint are asked once, and keeping each of their answers, megabytes some of them, would only push the
 * answers asked again out of the store and fill the heap's old generation with garbage for the collector.
 */
final class ResultStore {
    /** Roughly what a kept result costs beyond its body: the key, the map entry, the record. */
    private static final int OVERHEAD_BYTES = 200;
    /** How many keys offered once are remembered: 32 KB of hashes. */
    private static final int OFFERED_ONCE_SLOTS = 4096;

    /** A kept result: its content type and body. */
    record Result(String contentType, byte[] body) {}

    private final long budgetBytes;
    private final long maxEntryBytes;
    private final LinkedHashMap<String, Result> results = new LinkedHashMap<>(16, 0.75f, true);
    /**
     * Hashes of keys offered once, each in the slot its hash picks; a newer key takes the slot. Two keys that share
     * a hash only let one result in at its first offer; a key pushed out waits for its next two.
     */
    private final long[] offeredOnce = new long[OFFERED_ONCE_SLOTS];
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

    /** Offers a result: it is kept if it fits and its key was offered before (or is kept already). */
    synchronized void put(String key, Result result) {
        long cost = costOf(key, result);
        if (cost > maxEntryBytes || !results.containsKey(key) && firstOffer(key)) {
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

    /** Remembers the key, and says whether it is new: not among the keys offered once that are remembered. */
    private boolean firstOffer(String key) {
        long hash = hash64(key);
        int slot = (int) (hash & (OFFERED_ONCE_SLOTS - 1));
        if (offeredOnce[slot] == hash) {
            offeredOnce[slot] = 0;
            return false;
        }
        offeredOnce[slot] = hash;
        return true;
    }

    /** FNV-1a over the key's characters: 64 bits, so that keys rarely share a hash as they would a String's 32. */
    private static long hash64(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
        }
        return hash;
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
