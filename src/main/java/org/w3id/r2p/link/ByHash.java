package org.w3id.r2p.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values filed by the {@link String#hashCode()} of a string, in an open-addressing table of ints: a scan that has
 * a token's hash already (computed from the text, without making a string of the token) finds what may start
 * there with no string, boxing or {@code equals}. Strings of one hash share a list, so the caller checks that the
 * text holds the string it wants. Immutable.
 * <pre>
 *   ByHash&lt;String&gt; byHash = ByHash.of(Map.of("Guinea", List.of("GIN")));
 *   byHash.get("Guinea".hashCode());  // [GIN]
 * </pre>
 *
 * @param <V> the values
 */
final class ByHash<V> {
    private final int[] hashes;
    private final List<List<V>> values;
    private final boolean[] used;
    private final int mask;

    private ByHash(int[] hashes, List<List<V>> values, boolean[] used) {
        this.hashes = hashes;
        this.values = values;
        this.used = used;
        this.mask = hashes.length - 1;
    }

    /** The lists of values by their strings; the lists of strings of one hash are joined in the map's order. */
    static <V> ByHash<V> of(Map<String, List<V>> byString) {
        Map<Integer, List<V>> byHash = new LinkedHashMap<>();
        byString.forEach((string, list) -> byHash.computeIfAbsent(string.hashCode(), h -> new ArrayList<>()).addAll(list));
        int size = Integer.highestOneBit(Math.max(2, byHash.size() * 4) - 1) << 1; // at most a quarter full
        int[] hashes = new int[size];
        List<List<V>> values = new ArrayList<>(Collections.nCopies(size, (List<V>) null));
        boolean[] used = new boolean[size];
        byHash.forEach((hash, list) -> {
            int slot = slot(hash, size - 1);
            while (used[slot]) {
                slot = (slot + 1) & (size - 1);
            }
            used[slot] = true;
            hashes[slot] = hash;
            values.set(slot, List.copyOf(list));
        });
        return new ByHash<>(hashes, values, used);
    }

    /** The values of the strings of this hash, or null if none. */
    List<V> get(int hash) {
        for (int slot = slot(hash, mask); used[slot]; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash) {
                return values.get(slot);
            }
        }
        return null;
    }

    private static int slot(int hash, int mask) {
        return (hash ^ hash >>> 16) * 0x9E3779B1 >>> 8 & mask;
    }
}
