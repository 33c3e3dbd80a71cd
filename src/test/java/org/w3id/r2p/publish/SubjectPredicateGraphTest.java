package org.w3id.r2p.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.shared.DeleteDeniedException;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;

/** Every lookup answers the same triples in the same order as the graph it wraps. */
class SubjectPredicateGraphTest {
    private static final Node ANY = Node.ANY;

    @Test
    void answersEveryLookupAsTheWrappedGraphInItsOrder() {
        Graph graph = graph();
        SubjectPredicateGraph indexed = SubjectPredicateGraph.over(graph);
        List<Node> subjects = List.of(uri("s0"), uri("s1"), uri("s7"), uri("absent"), NodeFactory.createBlankNode("b"));
        List<Node> predicates = List.of(uri("p0"), uri("p3"), uri("p4"), uri("absent"));
        List<Node> objects = List.of(uri("o1"), NodeFactory.createLiteralString("v5"));
        int nonEmpty = 0;
        for (Node s : withWildcards(subjects)) {
            for (Node p : withWildcards(predicates)) {
                for (Node o : withWildcards(objects)) {
                    List<Triple> expected = graph.find(s, p, o).toList();
                    assertEquals(expected, indexed.find(s, p, o).toList(), s + " " + p + " " + o);
                    assertEquals(expected, indexed.find(Triple.createMatch(s, p, o)).toList());
                    nonEmpty += expected.isEmpty() ? 0 : 1;
                }
            }
        }
        assertEquals(graph.size(), indexed.size());
        assertFalse(nonEmpty < 20, "too few lookups found anything: " + nonEmpty);
    }

    @Test
    void answersRepeatedLookupsFromSeveralThreadsAsTheWrappedGraph() throws InterruptedException {
        Graph graph = graph();
        SubjectPredicateGraph indexed = SubjectPredicateGraph.over(graph);
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int offset = t;
            threads.add(new Thread(() -> {
                Node[] subjects = new Node[9];
                for (int k = 0; k < subjects.length; k++) {
                    subjects[k] = uri("s" + k);   // s8 has no triples
                }
                try {
                    for (int i = 0; i < 20_000; i++) {
                        // The same subject several times in a row, sometimes as another object equal to it.
                        int k = (i / 3 + offset) % subjects.length;
                        Node s = i % 4 == 3 ? uri("s" + k) : subjects[k];
                        Node p = uri("p" + (i + offset) % 5);
                        assertEquals(graph.find(s, p, ANY).toList(), indexed.find(s, p, ANY).toList(), s + " " + p);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void refusesChanges() {
        SubjectPredicateGraph indexed = SubjectPredicateGraph.over(graph());
        Triple triple = Triple.create(uri("s0"), uri("p0"), uri("new"));
        assertThrows(AddDeniedException.class, () -> indexed.add(triple));
        assertThrows(DeleteDeniedException.class, () -> indexed.delete(triple));
        assertThrows(DeleteDeniedException.class, indexed::clear);
    }

    /** Subjects with few and with many triples (Jena keeps more than 16 of a subject differently), repeated predicates. */
    private static Graph graph() {
        Graph graph = GraphMemFactory.createDefaultGraph();
        for (int s = 0; s < 8; s++) {
            for (int i = 0; i < s * 5; i++) {
                Node object = i % 2 == 0 ? uri("o" + i % 7) : NodeFactory.createLiteralString("v" + i);
                graph.add(Triple.create(uri("s" + s), uri("p" + (i * 7 + s) % 5), object));
            }
        }
        graph.add(Triple.create(NodeFactory.createBlankNode("b"), uri("p0"), uri("o1")));
        return graph;
    }

    /** The nodes, then a wildcard (Node.ANY), a variable and null, as the query engine and other callers ask. */
    private static List<Node> withWildcards(List<Node> nodes) {
        List<Node> all = new ArrayList<>(nodes);
        all.add(ANY);
        all.add(Var.alloc("x"));
        all.add(null);
        return all;
    }

    private static Node uri(String local) {
        return NodeFactory.createURI("http://example.org/" + local);
    }
}
