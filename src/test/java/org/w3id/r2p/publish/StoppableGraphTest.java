package org.w3id.r2p.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Iterator;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.Test;

/** Lookups read every triple until the query is cancelled, then stop, also in the middle of a long one. */
class StoppableGraphTest {
    private static final int TRIPLES = 3 * StoppableGraph.CHECK_EVERY;

    @Test
    void readsEverythingWhileNotCancelled() {
        Graph graph = new StoppableGraph(graph(), new AtomicBoolean());
        assertEquals(TRIPLES, graph.find().toList().size());
        assertEquals(TRIPLES, graph.find(Node.ANY, Node.ANY, Node.ANY).toList().size());
    }

    @Test
    void aLookupAfterTheCancelStops() {
        Graph graph = new StoppableGraph(graph(), new AtomicBoolean(true));
        assertThrows(QueryCancelledException.class, () -> graph.find(Node.ANY, Node.ANY, Node.ANY));
    }

    @Test
    void aLongLookupStopsSoonAfterTheCancel() {
        AtomicBoolean cancelled = new AtomicBoolean();
        Iterator<Triple> triples = new StoppableGraph(graph(), cancelled).find();
        triples.next();
        cancelled.set(true);
        assertThrows(QueryCancelledException.class, () -> {
            for (int read = 0; read <= StoppableGraph.CHECK_EVERY && triples.hasNext(); read++) {
                triples.next();
            }
        });
    }

    private static Graph graph() {
        Graph graph = GraphMemFactory.createDefaultGraph();
        Node p = NodeFactory.createURI("urn:p");
        for (int i = 0; i < TRIPLES; i++) {
            graph.add(NodeFactory.createURI("urn:s" + i), p, NodeFactory.createURI("urn:o" + i));
        }
        return graph;
    }
}
