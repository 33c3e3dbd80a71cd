package org.w3id.r2p.graph;

import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Puts the fixed graphs (ontology, topics) among the documents' graphs at their places in IRI order, so that every
 * sink sees the same sequence as {@link KnowledgeGraph#graphNames()}, however the graphs were built.
 */
final class GraphOrder implements GraphSink {
    private final TreeMap<String, Graph> pending;
    private final GraphSink next;
    private String last = "";

    GraphOrder(Map<String, Graph> fixedGraphs, GraphSink next) {
        this.pending = new TreeMap<>(fixedGraphs);
        this.next = next;
    }

    @Override
    public void graph(Node name, Graph graph) {
        String iri = name.getURI();
        if (iri.compareTo(last) <= 0) {
            throw new IllegalStateException("Graphs out of IRI order: " + iri + " after " + last);
        }
        last = iri;
        while (!pending.isEmpty() && pending.firstKey().compareTo(iri) < 0) {
            emitFirstPending();
        }
        next.graph(name, graph);
    }

    @Override
    public void finish() {
        while (!pending.isEmpty()) {
            emitFirstPending();
        }
        next.finish();
    }

    private void emitFirstPending() {
        Map.Entry<String, Graph> fixed = pending.pollFirstEntry();
        next.graph(NodeFactory.createURI(fixed.getKey()), fixed.getValue());
    }
}
