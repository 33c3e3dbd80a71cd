package org.w3id.r2p.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.r2p.vocab.R2P;

class OntologyUnionTest {
    @Test
    void answersEveryQuestionAsTheUnionDoes() {
        Graph ontology = GraphMemFactory.createDefaultGraph();
        ontology.add(R2P.NonUNState.asNode(), RDFS.subClassOf.asNode(), NodeFactory.createURI("https://example.org/Polity"));
        ontology.add(R2P.PillarOne.asNode(), RDF.type.asNode(), R2P.Pillar.asNode());
        Graph document = GraphMemFactory.createDefaultGraph();
        Node type = RDF.type.asNode();
        Node statement = NodeFactory.createURI("https://w3id.org/r2p/id/statement/s");
        document.add(statement, type, R2P.Statement.asNode());
        document.add(statement, R2P.pillar.asNode(), R2P.PillarOne.asNode());
        // The document says something about a subject of the ontology too, once as the ontology does.
        document.add(R2P.PillarOne.asNode(), type, R2P.Pillar.asNode());
        document.add(R2P.PillarOne.asNode(), RDFS.label.asNode(), NodeFactory.createLiteralLang("Pillar one", "en"));

        OntologyUnion fast = new OntologyUnion(document, ontology, OntologyUnion.subjectsOf(ontology));
        Union union = new Union(document, ontology);
        List<Node> subjects = List.of(Node.ANY, statement, R2P.PillarOne.asNode(), R2P.NonUNState.asNode(), R2P.State.asNode());
        List<Node> predicates = List.of(Node.ANY, type, RDFS.subClassOf.asNode(), R2P.pillar.asNode());
        for (Node s : subjects) {
            for (Node p : predicates) {
                for (Node o : List.of(Node.ANY, R2P.Pillar.asNode(), R2P.PillarOne.asNode())) {
                    List<Triple> expected = union.find(s, p, o).toList();
                    List<Triple> actual = fast.find(s, p, o).toList();
                    assertEquals(new HashSet<>(expected), new HashSet<>(actual), s + " " + p + " " + o);
                    assertEquals(expected.size(), actual.size(), "duplicates for " + s + " " + p + " " + o);
                }
            }
        }
        assertTrue(fast.contains(R2P.NonUNState.asNode(), RDFS.subClassOf.asNode(), Node.ANY));
        assertEquals(Set.of(R2P.NonUNState.asNode(), R2P.PillarOne.asNode()), OntologyUnion.subjectsOf(ontology));
        assertEquals(new ArrayList<>(union.find().toList()).size(), fast.find().toList().size());
    }
}
