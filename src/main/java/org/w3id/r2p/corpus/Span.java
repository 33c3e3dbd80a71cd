package org.w3id.r2p.corpus;

/** A half-open range {@code [start, end)} of UTF-16 positions in a document's text. */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad span [" + start + ", " + end + ")");
        }
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /**
     * Written out rather than generated, like {@link #hashCode}: a record's own equals and hashCode are bound at
     * first use through method handles, which spins dozens of classes at every start (and the JIT compiles the
     * bytecode writer that spins them) and sends every call through a chain of handles.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Span span && start == span.start && end == span.end;
    }

    /** The record's own formula, so that hash-ordered collections keep their order. */
    @Override
    public int hashCode() {
        return 31 * start + end;
    }

    @Override
    public int compareTo(Span other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(other.end, end);
    }
}
