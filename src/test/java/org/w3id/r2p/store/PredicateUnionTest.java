package org.w3id.r2p.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

class PredicateUnionTest {
    private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");

    @Test
    void aTripleInSeveralGraphsIsGivenOnceAndOnlyTheNamedGraphsAreRead() {
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        Node a = NodeFactory.createURI("http://example.org/a");
        Node b = NodeFactory.createURI("http://example.org/b");
        Txn.executeWrite(store, () -> {
            store.add(NodeFactory.createURI("http://example.org/g1"), a, LABEL, NodeFactory.createLiteralString("Ayla"));
            store.add(NodeFactory.createURI("http://example.org/g2"), a, LABEL, NodeFactory.createLiteralString("Ayla"));
            store.add(NodeFactory.createURI("http://example.org/g2"), b, LABEL, NodeFactory.createLiteralString("Bo"));
            store.getDefaultGraph().add(Triple.create(b, LABEL, NodeFactory.createLiteralString("default only")));
        });
        Txn.executeRead(store, () -> {
            PredicateUnion union = new PredicateUnion(store);
            List<Triple> labels = union.find(Node.ANY, LABEL, Node.ANY).toList();
            assertEquals(List.of(Triple.create(a, LABEL, NodeFactory.createLiteralString("Ayla")),
                    Triple.create(b, LABEL, NodeFactory.createLiteralString("Bo"))), labels);
            assertTrue(union.contains(b, LABEL, NodeFactory.createLiteralString("Bo")));
            assertFalse(union.contains(b, LABEL, NodeFactory.createLiteralString("default only")));
        });
    }
}
