package org.w3id.r2p.publish;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * A graph whose lookups stop once the query is cancelled. Jena's property paths ({@code ?a (<p>|!<q>)* ?b}) work
 * out each node's closure in one step, reading the graph directly, not through iterators that look at the query's
 * cancel signal: over a large graph a single step can take seconds. Each lookup, and every
 * {@value #CHECK_EVERY}th triple read, looks at the signal. For one query: the count is not shared between threads.
 * <pre>
 *   Graph graph = new StoppableGraph(execCxt.getActiveGraph(), execCxt.getCancelSignal());
 * </pre>
 */
final class StoppableGraph extends WrappedGraph {
    /** Often enough to stop within milliseconds, rarely enough that reading stays cheap. */
    static final int CHECK_EVERY = 1 << 12;

    private final AtomicBoolean cancelled;
    private int reads;

    StoppableGraph(Graph graph, AtomicBoolean cancelled) {
        super(graph);
        this.cancelled = cancelled;
    }

    @Override
    public ExtendedIterator<Triple> find(Triple pattern) {
        return checked(super.find(pattern));
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        return checked(super.find(s, p, o));
    }

    private ExtendedIterator<Triple> checked(ExtendedIterator<Triple> triples) {
        stopIfCancelled();
        return triples.filterKeep(triple -> {
            if (++reads >= CHECK_EVERY) {
                reads = 0;
                stopIfCancelled();
            }
            return true;
        });
    }

    private void stopIfCancelled() {
        if (cancelled.get()) {
            throw new QueryCancelledException();
        }
    }
}
