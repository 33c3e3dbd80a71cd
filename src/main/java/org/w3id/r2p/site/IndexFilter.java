package org.w3id.r2p.site;

import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * A query parameter that narrows a list to the items linked, by one of {@code predicates}, to one resource of
 * class {@code type}: {@code ?state=CIV} keeps the statements whose speaker is, or who speak on behalf of,
 * {@code BASE/id/state/CIV}. The value is the last segment of the resource's IRI (after the last "/" or "#").
 */
record IndexFilter(String parameter, String noun, Node type, List<Node> predicates) {
    IndexFilter {
        Objects.requireNonNull(parameter);
        Objects.requireNonNull(noun);
        Objects.requireNonNull(type);
        predicates = List.copyOf(predicates);
    }

    /** The key under which a resource of this filter's class is asked for. */
    static String keyOf(Node resource) {
        String iri = resource.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    /** Whether {@code item} is linked to {@code value} by one of the predicates. */
    boolean keeps(Graph graph, Node item, Node value) {
        return predicates.stream().anyMatch(p -> graph.contains(item, p, value));
    }
}
