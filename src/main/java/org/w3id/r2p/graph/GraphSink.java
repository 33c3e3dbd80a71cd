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
        };
    }
}
