package org.w3id.r2p.publish;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * The matches of one triple of a pattern as {@link PatternRows} walks them: a stretch of a subject's triples in
 * {@link SubjectPredicateGraph}'s index, kept to those with a given object if one is given, or a graph's own
 * iterator. One cursor serves every look-up of its triple in turn, so a look-up that the index answers allocates
 * nothing.
 */
final class MatchCursor {
    private Triple[] triples;
    private int next;
    private int end;
    /** The object the triples must have, or null for any. */
    private Node object;
    private ExtendedIterator<Triple> iterator;

    /** The triples from {@code from} to {@code to}, those with {@code object} only unless it is null. */
    void over(Triple[] triples, int from, int to, Node object) {
        close();
        this.triples = triples;
        this.next = from;
        this.end = to;
        this.object = object;
    }

    void over(ExtendedIterator<Triple> iterator) {
        close();
        this.iterator = iterator;
    }

    void overNothing() {
        close();
    }

    /** The next match, or null when there is none. */
    Triple next() {
        if (iterator != null) {
            return iterator.hasNext() ? iterator.next() : null;
        }
        while (next < end) {
            Triple triple = triples[next++];
            if (object == null || object == triple.getObject() || object.equals(triple.getObject())) {
                return triple;
            }
        }
        return null;
    }

    void close() {
        if (iterator != null) {
            iterator.close();
            iterator = null;
        }
        triples = null;
        next = end = 0;
    }
}
