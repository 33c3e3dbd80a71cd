package org.w3id.r2p.publish;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.util.NodeCmp;

/**
 * The order of a dump's triples: by subject, predicate and object, terms compared as RDF terms ({@link NodeCmp}),
 * without formatting them as strings. The subjects are sorted once each, then each subject's triples: a document's
 * subjects (its statements, their evidence) have long IRIs that begin alike, and most triples' predicates and
 * objects are vocabulary, so comparing subjects once per pair of subjects rather than once per pair of triples saves
 * most of the work.
 * <pre>
 *   TripleOrder.sorted(graph.find().toList()).forEach(stream::triple);
 * </pre>
 */
final class TripleOrder {
    private static final Comparator<Node> TERMS = TripleOrder::compare;
    private static final Comparator<Triple> PREDICATE_OBJECT = Comparator
            .comparing(Triple::getPredicate, TERMS)
            .thenComparing(Triple::getObject, TERMS);

    private TripleOrder() {}

    /**
     * The triples in order. They cost least given subject by subject, as a graph gives them; a subject's triples
     * that come apart are put together all the same.
     */
    static List<Triple> sorted(Collection<Triple> triples) {
        List<List<Triple>> runs = new ArrayList<>();
        List<Triple> run = null;
        for (Triple t : triples) {
            if (run == null || t.getSubject() != run.get(0).getSubject()) {
                run = new ArrayList<>();
                runs.add(run);
            }
            run.add(t);
        }
        runs.sort(Comparator.comparing(first -> first.get(0).getSubject(), TERMS));
        List<Triple> sorted = new ArrayList<>(triples.size());
        int i = 0;
        while (i < runs.size()) {
            int from = sorted.size();
            Node subject = runs.get(i).get(0).getSubject();
            do {
                sorted.addAll(runs.get(i++));
            } while (i < runs.size() && compare(runs.get(i).get(0).getSubject(), subject) == 0);
            sorted.subList(from, sorted.size()).sort(PREDICATE_OBJECT);
        }
        return sorted;
    }

    /** The triples subject by subject, in any order: a set's, for {@link #sorted}. */
    static List<Triple> bySubject(Collection<Triple> triples) {
        Map<Node, List<Triple>> bySubject = new LinkedHashMap<>();
        triples.forEach(t -> bySubject.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t));
        List<Triple> grouped = new ArrayList<>(triples.size());
        bySubject.values().forEach(grouped::addAll);
        return grouped;
    }

    /** RDF term order; a graph's triples share their nodes (a subject, the vocabulary), which are equal at once. */
    static int compare(Node a, Node b) {
        return a == b ? 0 : NodeCmp.compareRDFTerms(a, b);
    }
}
