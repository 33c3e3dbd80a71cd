package org.w3id.r2p.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.r2p.vocab.R2P;

class SubjectGraphTest {
    private static final Node DOC = NodeFactory.createURI("https://w3id.org/r2p/id/document/d");
    private static final Node STATEMENT = NodeFactory.createURI("https://w3id.org/r2p/id/statement/s");

    @Test
    void answersEveryLookupAsJenasGraphDoes() {
        Graph jena = GraphMemFactory.createDefaultGraph();
        Graph bySubject = new SubjectGraph();
        List<Triple> triples = sample();
        triples.forEach(jena::add);
        triples.forEach(bySubject::add);
        // Added again, with new but equal terms: kept once.
        triples.forEach(t -> bySubject.add(Triple.create(copy(t.getSubject()), copy(t.getPredicate()), copy(t.getObject()))));

        assertEquals(jena.size(), bySubject.size());
        List<Node> subjects = List.of(Node.ANY, DOC, STATEMENT, R2P.PillarOne.asNode());
        List<Node> predicates = List.of(Node.ANY, RDF.Nodes.type, R2P.mentions.asNode(), RDFS.Nodes.label);
        List<Node> objects = List.of(Node.ANY, R2P.Statement.asNode(), NodeFactory.createLiteralLang("A statement", "en"),
                NodeFactory.createURI("https://w3id.org/r2p/id/state/GHA"));
        for (Node s : subjects) {
            for (Node p : predicates) {
                for (Node o : objects) {
                    assertEquals(new HashSet<>(jena.find(s, p, o).toList()), new HashSet<>(bySubject.find(s, p, o).toList()),
                            s + " " + p + " " + o);
                    assertEquals(jena.contains(s, p, o), bySubject.contains(s, p, o), s + " " + p + " " + o);
                }
            }
        }
    }

    @Test
    void listsTriplesSubjectBySubjectInTheOrderAdded() {
        Graph bySubject = new SubjectGraph();
        sample().forEach(bySubject::add);
        List<Node> subjects = new ArrayList<>();
        bySubject.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        assertEquals(List.of(DOC, DOC, DOC, DOC, DOC, DOC, DOC, DOC, DOC, DOC, DOC, DOC, DOC, DOC, DOC, DOC, STATEMENT, STATEMENT),
                subjects);
        List<Triple> iterated = new ArrayList<>();
        var it = bySubject.find();
        while (it.hasNext()) {
            iterated.add(it.next());
        }
        assertEquals(bySubject.find().toList(), iterated);
    }

    @Test
    void deletesATripleOnce() {
        Graph bySubject = new SubjectGraph();
        List<Triple> triples = sample();
        triples.forEach(bySubject::add);
        bySubject.delete(triples.get(3));
        bySubject.delete(triples.get(3));
        assertEquals(triples.size() - 1, bySubject.size());
        assertFalse(bySubject.contains(triples.get(3)));
        assertTrue(bySubject.contains(triples.get(4)));
        bySubject.add(triples.get(3));
        assertEquals(triples.size(), bySubject.size());
    }

    /** A document that mentions more entities than a subject's triples are compared one by one, and a statement. */
    private static List<Triple> sample() {
        List<Triple> triples = new ArrayList<>();
        triples.add(Triple.create(DOC, RDF.Nodes.type, R2P.Document.asNode()));
        for (int i = 0; i < 15; i++) {
            triples.add(Triple.create(DOC, R2P.mentions.asNode(), NodeFactory.createURI("https://w3id.org/r2p/id/person/p" + i)));
        }
        triples.add(Triple.create(STATEMENT, RDF.Nodes.type, R2P.Statement.asNode()));
        triples.add(Triple.create(STATEMENT, RDFS.Nodes.label, NodeFactory.createLiteralLang("A statement", "en")));
        return triples;
    }

    private static Node copy(Node node) {
        return node.isURI() ? NodeFactory.createURI(node.getURI())
                : NodeFactory.createLiteralLang(node.getLiteralLexicalForm(), node.getLiteralLanguage());
    }
}
