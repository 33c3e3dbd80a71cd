package org.w3id.r2p.extract;

import java.util.Objects;

/**
 * The identity of a named thing: a State by its ISO 3166-1 alpha-3 code, anything else by its canonical name.
 * Two mentions with equal refs are the same resource in the graph.
 */
public record EntityRef(EntityKind kind, String key) implements Comparable<EntityRef> {
    public EntityRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("Blank key for " + kind);
        }
    }

    public static EntityRef state(String iso3) {
        return new EntityRef(EntityKind.STATE, iso3);
    }

    /**
     * Written out rather than generated: the record's own equals runs through method handles, whose speculative
     * null check fails on {@code equals(null)} (a statement without a deliverer) and makes the JIT compile every
     * caller again.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof EntityRef ref && kind == ref.kind && key.equals(ref.key);
    }

    /** The record's own formula, so that hash-ordered collections keep their order. */
    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + key.hashCode();
    }

    @Override
    public int compareTo(EntityRef other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : key.compareTo(other.key);
    }
}
