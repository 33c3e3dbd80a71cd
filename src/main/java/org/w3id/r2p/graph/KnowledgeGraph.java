package org.w3id.r2p.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The built dataset: one named graph per document plus the ontology, read-only once built. Its default graph
 * for querying is the union of the named graphs ({@link #forQuery()}), copied once into one graph: a union
 * view probes every named graph on every lookup, which made validation and queries grow with documents ×
 * nodes.
 */
public final class KnowledgeGraph {
    private final DatasetGraph namedGraphs;
    private final Graph union;
    private final PrefixMap prefixes;
    private final IriScheme iris;

    KnowledgeGraph(DatasetGraph namedGraphs, PrefixMap prefixes, IriScheme iris) {
        this.namedGraphs = namedGraphs;
        this.iris = iris;
        this.prefixes = prefixes;
        this.union = GraphMemFactory.createDefaultGraph();
        Map<Node, Node> shared = new HashMap<>();
        namedGraphs.listGraphNodes().forEachRemaining(name -> namedGraphs.getGraph(name).find().forEachRemaining(triple ->
                union.add(Triple.create(shared(shared, triple.getSubject()), shared(shared, triple.getPredicate()),
                        shared(shared, triple.getObject())))));
    }

    /**
     * One object for each term, whichever document's graph it came from: a lookup in the served graph then finds
     * its term by identity, without comparing the IRIs' characters, and the union holds each IRI once.
     */
    private static Node shared(Map<Node, Node> shared, Node node) {
        Node first = shared.putIfAbsent(node, node);
        return first == null ? node : first;
    }

    /** The named graphs, with an empty default graph: what TriG and N-Quads dumps hold. */
    public DatasetGraph namedGraphs() {
        return namedGraphs;
    }

    /** All triples of all named graphs, as one graph: what Turtle, N-Triples and JSON-LD dumps hold. */
    public Graph union() {
        return union;
    }

    /**
     * A dataset whose default graph is the union of the named graphs, as the SPARQL endpoint serves it:
     * a query without {@code GRAPH} sees everything, {@code GRAPH ?g} still tells the documents apart.
     */
    public DatasetGraph forQuery() {
        return forQuery(union());
    }

    /** As {@link #forQuery()}, with {@code union} (the same triples as {@link #union()}, such as an indexed view of it) as default graph. */
    public DatasetGraph forQuery(Graph union) {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral(union);
        for (Node name : graphNames()) {
            dataset.addGraph(name, namedGraphs.getGraph(name));
        }
        dataset.prefixes().putAll(prefixes);
        return dataset;
    }

    public List<Node> graphNames() {
        List<Node> names = new ArrayList<>();
        namedGraphs.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(Node::getURI));
        return names;
    }

    /** The scheme the graph's IRIs were minted with. */
    public IriScheme iris() {
        return iris;
    }

    public PrefixMap prefixes() {
        return prefixes;
    }
}
