package org.w3id.r2p.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.vocab.R2P;

class DocumentSplitTest {
    private final IriScheme iris = IriScheme.standard();
    private final Node state = NodeFactory.createURI(iris.entity(EntityRef.state("GHA")));
    private final Triple stateTyped = Triple.create(state, RDF.Nodes.type, R2P.State.asNode());

    @Test
    void splitsEachGraphOnceForEverySinkThatAsks() {
        Node name = NodeFactory.createURI(iris.graph("d1"));
        Graph graph = document("d1");

        DocumentSplit split = new DocumentSplit(iris);
        List<Triple> first = split.own(name, graph);
        List<Triple> second = split.own(name, graph);

        assertSame(first, second, "the second sink is given the split the first one made");
        assertEquals(2, first.size());
        assertEquals(Set.of(stateTyped), split.shared());
    }

    @Test
    void gathersTheSharedTriplesOfEveryGraphOnce() {
        DocumentSplit split = new DocumentSplit(iris);
        split.own(NodeFactory.createURI(iris.graph("d1")), document("d1"));
        List<Triple> own = split.own(NodeFactory.createURI(iris.graph("d2")), document("d2"));

        assertEquals(Set.of(NodeFactory.createURI(iris.document("d2"))), Set.copyOf(own.stream().map(Triple::getSubject).toList()));
        assertEquals(Set.of(stateTyped), split.shared());
    }

    /** A document that mentions Ghana, with Ghana's type. */
    private Graph document(String id) {
        Graph graph = GraphMemFactory.createDefaultGraph();
        Node doc = NodeFactory.createURI(iris.document(id));
        graph.add(doc, RDF.Nodes.type, R2P.Document.asNode());
        graph.add(doc, R2P.mentions.asNode(), state);
        graph.add(stateTyped);
        return graph;
    }
}
