package org.w3id.r2p.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Receives the named graphs of a build one at a time, in the order of their IRIs, so that what it writes or checks
 * never needs the whole dataset: dumps, TDB2 loading, validation.
 */
public interface GraphSink {
    /** One named graph, complete; later calls have names that sort after it. */
    void graph(Node name, Graph graph);

    /** Every graph has been given. */
    void finish();

    /**
     * Whether what the sink makes of a graph depends on the order in which the graph lists its triples (a store
     * numbers terms as they come; a served graph answers in that order). A sink that sorts the triples, or only
     * looks them up, says no, and may be given graphs kept in a cheaper form ({@link SubjectGraph}).
     */
    default boolean dependsOnTripleOrder() {
        return true;
    }

    /** Gives every graph to both sinks, {@code first} first. */
    static GraphSink both(GraphSink first, GraphSink second) {
        return new GraphSink() {
            @Override
            public void graph(Node name, Graph graph) {
                first.graph(name, graph);
                second.graph(name, graph);
            }

            @Override
            public void finish() {
                first.finish();
                second.finish();
            }

            @Override
            public boolean dependsOnTripleOrder() {
                return first.dependsOnTripleOrder() || second.dependsOnTripleOrder();
            }
        };
    }
}
