package org.w3id.r2p.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.shared.DeleteDeniedException;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;

/**
 * A read-only graph that answers a lookup by subject and predicate ({@code <s> <p> ?o}) from an index built once,
 * and every other lookup from the graph it wraps. Jena's in-memory graph answers that lookup by going through all
 * of the subject's triples and keeping those of the predicate: a statement has about twenty triples, and the
 * served queries ask such a lookup for every row (the speaker of a statement, the label of a speaker). The index
 * holds each subject's triples grouped by predicate, each group in the order the wrapped graph gives it, so
 * answers come in the same order.
 * <pre>
 *   Graph served = SubjectPredicateGraph.over(union);   // union: built, never changed afterwards
 * </pre>
 */
final class SubjectPredicateGraph extends GraphWrapper {
    private final Map<Node, Groups> bySubject;
    /** Each thread's last subject looked up, as the very node given, with its triples: see {@link #groups}. */
    private final ThreadLocal<Recent> recent = ThreadLocal.withInitial(Recent::new);

    private SubjectPredicateGraph(Graph graph, Map<Node, Groups> bySubject) {
        super(graph);
        this.bySubject = bySubject;
    }

    /** The graph with its index; the graph must not change afterwards. */
    static SubjectPredicateGraph over(Graph graph) {
        Map<Node, Groups> bySubject = new HashMap<>();
        GraphUtil.listSubjects(graph, Node.ANY, Node.ANY).forEachRemaining(subject -> bySubject.put(subject, groups(graph, subject)));
        return new SubjectPredicateGraph(graph, bySubject);
    }

    /** A subject's triples by predicate, each group as the wrapped graph lists it for that subject and predicate. */
    private static Groups groups(Graph graph, Node subject) {
        Set<Node> predicates = new LinkedHashSet<>();
        graph.find(subject, Node.ANY, Node.ANY).forEachRemaining(triple -> predicates.add(triple.getPredicate()));
        List<Triple> triples = new ArrayList<>();
        int[] starts = new int[predicates.size() + 1];
        int group = 0;
        for (Node predicate : predicates) {
            starts[group++] = triples.size();
            graph.find(subject, predicate, Node.ANY).forEachRemaining(triples::add);
        }
        starts[group] = triples.size();
        return new Groups(predicates.toArray(Node[]::new), predicates.stream().mapToInt(Node::hashCode).toArray(), starts,
                triples.toArray(Triple[]::new));
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        if (s != null && s.isConcrete() && p != null && p.isConcrete() && (o == null || !o.isConcrete())) {
            Groups groups = groups(s);
            return groups == null ? NiceIterator.emptyIterator() : groups.of(p);
        }
        return super.find(s, p, o);
    }

    /**
     * The subject's triples. A query looks up the same subject several times in a row (a statement's speaker, then
     * its event, then its date, for each statement), always as the node of the row, the same object each time: that
     * lookup is answered without going through the index, whose size makes every lookup a few cache misses.
     */
    private Groups groups(Node subject) {
        Recent last = recent.get();
        if (last.subject != subject) {
            last.groups = bySubject.get(subject);
            last.subject = subject;
        }
        return last.groups;
    }

    /** One thread's last lookup: the node asked for (not necessarily the index's own object) and its triples. */
    private static final class Recent {
        private Node subject;
        private Groups groups;
    }

    @Override
    public ExtendedIterator<Triple> find(Triple match) {
        return find(match.getSubject(), match.getPredicate(), match.getObject());
    }

    @Override
    public void add(Triple triple) {
        throw new AddDeniedException("The served graph is read-only", triple);
    }

    @Override
    public void delete(Triple triple) {
        throw new DeleteDeniedException("The served graph is read-only", triple);
    }

    @Override
    public void clear() {
        throw new DeleteDeniedException("The served graph is read-only");
    }

    @Override
    public void remove(Node s, Node p, Node o) {
        throw new DeleteDeniedException("The served graph is read-only");
    }

    /** The subject's triples by predicate, or null if it is no subject here; for matchers that keep their own last one. */
    Groups subject(Node subject) {
        return bySubject.get(subject);
    }

    /** Whether an object given in a lookup is matched by {@code equals}, as this index matches it. */
    boolean matchesObjectsByTerm() {
        return !get().getCapabilities().handlesLiteralTyping();
    }

    /**
     * One subject's triples, those of {@code predicates[i]} from {@code starts[i]} to {@code starts[i + 1]}. The
     * predicates' hashes are kept beside them: a query's predicate is another object than the graph's, so telling
     * them apart by {@code equals} compares IRIs that share a long namespace, for each predicate passed over.
     */
    record Groups(Node[] predicates, int[] hashes, int[] starts, Triple[] triples) {
        ExtendedIterator<Triple> of(Node predicate) {
            int group = group(predicate);
            return group < 0 ? NiceIterator.emptyIterator() : new Range(triples, starts[group], starts[group + 1]);
        }

        /** The index of the predicate's group, or -1 if the subject has no triple of it. */
        int group(Node predicate) {
            int hash = predicate.hashCode();
            for (int i = 0; i < predicates.length; i++) {
                if (predicates[i] == predicate || hashes[i] == hash && predicates[i].equals(predicate)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** The triples of an array from one index to another. */
    private static final class Range extends NiceIterator<Triple> {
        private final Triple[] triples;
        private final int end;
        private int next;

        Range(Triple[] triples, int start, int end) {
            this.triples = triples;
            this.next = start;
            this.end = end;
        }

        @Override
        public boolean hasNext() {
            return next < end;
        }

        @Override
        public Triple next() {
            if (next >= end) {
                throw new NoSuchElementException();
            }
            return triples[next++];
        }
    }
}
