package org.w3id.r2p.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;
import org.apache.jena.util.iterator.NullIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A document's graph as its triples grouped by subject, each group in the order of its triples' adding: the one
 * index a streaming export asks for (validation looks a subject's values up; the dumps and the split read every
 * triple, subject by subject, and sort them). Jena's in-memory graph indexes each triple three times (by subject,
 * predicate and object), which cost most of assembling a document. Lookups without a subject go through every
 * triple; they are rare (a check for {@code rdfs:subClassOf} per document). Triples are told apart as terms, as in
 * Jena's graphs; the order in which the graph lists them is its own, so a sink that keeps it (a store, a served
 * graph) is given Jena's graph instead ({@link GraphSink#dependsOnTripleOrder()}).
 */
final class SubjectGraph extends GraphBase {
    /** A subject's triples are compared one by one up to this many; a larger group keeps a set too. */
    private static final int LINEAR = 12;

    private final Map<Node, Group> bySubject = new LinkedHashMap<>();
    private int size;

    @Override
    public void performAdd(Triple t) {
        if (bySubject.computeIfAbsent(t.getSubject(), subject -> new Group()).add(t)) {
            size++;
        }
    }

    @Override
    public void performDelete(Triple t) {
        Group group = bySubject.get(t.getSubject());
        if (group != null && group.remove(t)) {
            size--;
            if (group.triples.isEmpty()) {
                bySubject.remove(t.getSubject());
            }
        }
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        ExtendedIterator<Triple> triples;
        if (pattern.getSubject().isConcrete()) {
            Group group = bySubject.get(pattern.getSubject());
            if (group == null) {
                return NullIterator.instance();
            }
            triples = WrappedIterator.createNoRemove(group.triples.iterator());
        } else {
            triples = all();
        }
        Node predicate = pattern.getPredicate();
        Node object = pattern.getObject();
        if (!object.isConcrete()) {
            // A subject's values of one property, what validation asks most: one comparison per triple, not
            // Triple.matches' three.
            return predicate.isConcrete() ? triples.filterKeep(t -> predicate.equals(t.getPredicate())) : triples;
        }
        return triples.filterKeep(pattern::matches);
    }

    /** Every triple, subject by subject. */
    private ExtendedIterator<Triple> all() {
        Iterator<Group> groups = bySubject.values().iterator();
        return new NiceIterator<>() {
            private Iterator<Triple> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && groups.hasNext()) {
                    current = groups.next().triples.iterator();
                }
                return current.hasNext();
            }

            @Override
            public Triple next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }

            @Override
            public void forEachRemaining(Consumer<? super Triple> action) {
                current.forEachRemaining(action);
                groups.forEachRemaining(group -> group.triples.forEach(action));
            }
        };
    }

    @Override
    protected int graphBaseSize() {
        return size;
    }

    /** One subject's triples, each once. */
    private static final class Group {
        private final List<Triple> triples = new ArrayList<>(4);
        private Set<Triple> index;

        boolean add(Triple t) {
            if (index != null) {
                if (!index.add(t)) {
                    return false;
                }
            } else {
                if (triples.contains(t)) {
                    return false;
                }
                if (triples.size() == LINEAR) {
                    index = new HashSet<>(triples);
                    index.add(t);
                }
            }
            triples.add(t);
            return true;
        }

        boolean remove(Triple t) {
            if (index != null && !index.remove(t)) {
                return false;
            }
            return triples.remove(t);
        }
    }
}
