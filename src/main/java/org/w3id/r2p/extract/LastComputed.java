package org.w3id.r2p.extract;

import java.util.function.Function;

/**
 * Keeps, per thread, the last value computed and what it was computed from. The extractors of one document
 * run one after the other on one thread and ask for the same thing (its sentences, the bodies it names), so
 * remembering the last answer saves the repeats without holding on to any other document.
 *
 * @param <K> what the value is computed from, compared by identity
 * @param <V> the value
 */
final class LastComputed<K, V> {
    private record Entry<K, V>(K key, V value) {}

    private final Function<K, V> computation;
    private final ThreadLocal<Entry<K, V>> last = new ThreadLocal<>();

    LastComputed(Function<K, V> computation) {
        this.computation = computation;
    }

    V get(K key) {
        Entry<K, V> entry = last.get();
        if (entry != null && entry.key() == key) {
            return entry.value();
        }
        V value = computation.apply(key);
        last.set(new Entry<>(key, value));
        return value;
    }
}
