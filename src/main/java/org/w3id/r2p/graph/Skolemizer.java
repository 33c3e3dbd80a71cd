package org.w3id.r2p.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * Replaces blank nodes by IRIs under {@code BASE.well-known/genid/} (RDF 1.1, section 3.5), named by a hash of
 * what they describe, so that the same graph always gets the same IRIs and dumps do not change from run to run.
 * Works for blank nodes that form trees, such as the OWL class expressions and lists of an ontology.
 */
public final class Skolemizer {
    private final String genidBase;

    public Skolemizer(IriScheme iris) {
        this.genidBase = iris.base() + ".well-known/genid/";
    }

    public Graph skolemize(Graph graph) {
        Map<Node, String> names = new HashMap<>();
        Graph result = GraphMemFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> result.add(Triple.create(
                replace(graph, t.getSubject(), names), t.getPredicate(), replace(graph, t.getObject(), names))));
        result.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
        return result;
    }

    private Node replace(Graph graph, Node node, Map<Node, String> names) {
        return node.isBlank() ? NodeFactory.createURI(genidBase + name(graph, node, names, new HashSet<>())) : node;
    }

    private String name(Graph graph, Node blank, Map<Node, String> names, Set<Node> visiting) {
        String known = names.get(blank);
        if (known != null) {
            return known;
        }
        if (!visiting.add(blank)) {
            throw new IllegalArgumentException("Blank nodes in a cycle cannot be named by content");
        }
        List<String> description = new ArrayList<>();
        graph.find(blank, Node.ANY, Node.ANY).forEachRemaining(t -> description.add(NodeFmtLib.strNT(t.getPredicate())
                + " " + (t.getObject().isBlank() ? name(graph, t.getObject(), names, visiting) : NodeFmtLib.strNT(t.getObject()))));
        description.sort(null);
        String name = Hashes.sha256Hex(String.join("\n", description), 8);
        names.put(blank, name);
        return name;
    }
}
