package org.w3id.r2p.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.util.NodeCmp;
import org.junit.jupiter.api.Test;

class TripleOrderTest {
    private static final Comparator<Triple> BY_TERMS = Comparator
            .comparing(Triple::getSubject, NodeCmp::compareRDFTerms)
            .thenComparing(Triple::getPredicate, NodeCmp::compareRDFTerms)
            .thenComparing(Triple::getObject, NodeCmp::compareRDFTerms);

    @Test
    void sortsByTheTermsOfSubjectPredicateAndObjectWhateverOrderTheyCome() {
        List<Triple> triples = triples();
        List<Triple> expected = new ArrayList<>(triples);
        expected.sort(BY_TERMS);
        Random random = new Random(15);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(triples, random);
            assertEquals(expected, TripleOrder.sorted(triples), "shuffled");
            assertEquals(expected, TripleOrder.sorted(TripleOrder.bySubject(triples)), "subject by subject");
        }
    }

    @Test
    void aSubjectsTriplesThatComeApartAreSortedTogether() {
        Node s = NodeFactory.createURI("https://w3id.org/r2p/id/statement/a");
        Node t = NodeFactory.createURI("https://w3id.org/r2p/id/statement/b");
        Node p = NodeFactory.createURI("http://example.org/p");
        Triple s2 = Triple.create(s, p, NodeFactory.createLiteralString("2"));
        Triple t1 = Triple.create(t, p, NodeFactory.createLiteralString("1"));
        Triple s1 = Triple.create(NodeFactory.createURI(s.getURI()), p, NodeFactory.createLiteralString("1"));
        assertEquals(List.of(s1, s2, t1), TripleOrder.sorted(List.of(s2, t1, s1)));
    }

    /** Subjects that begin alike, several triples each, IRIs and literals of several kinds as objects. */
    private static List<Triple> triples() {
        List<Triple> triples = new ArrayList<>();
        List<Node> predicates = List.of(NodeFactory.createURI("http://example.org/b"), NodeFactory.createURI("http://example.org/a"));
        for (int i = 0; i < 30; i++) {
            Node subject = NodeFactory.createURI("https://w3id.org/r2p/id/annotation/doc-" + (i % 7) + "-" + i);
            for (Node predicate : predicates) {
                triples.add(Triple.create(subject, predicate, NodeFactory.createLiteralString("text " + (i % 3))));
                triples.add(Triple.create(subject, predicate, NodeFactory.createLiteralLang("text", "en")));
                triples.add(Triple.create(subject, predicate, NodeFactory.createLiteralDT(String.valueOf(i % 4), XSDDatatype.XSDnonNegativeInteger)));
                triples.add(Triple.create(subject, predicate, NodeFactory.createURI("https://w3id.org/r2p/id/state/" + (char) ('A' + i % 5))));
            }
        }
        return triples;
    }
}
