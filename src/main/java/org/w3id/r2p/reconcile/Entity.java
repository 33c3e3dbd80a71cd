package org.w3id.r2p.reconcile;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * An entity of the graph as reconciliation sees it.
 *
 * @param iri       its IRI in the graph, the id a reconciled cell gets
 * @param type      its kind
 * @param label     its {@code rdfs:label}
 * @param altLabels its {@code skos:altLabel}s, sorted
 * @param qid       its Wikidata item ("Q1008") from {@code owl:sameAs}, or null when it has none
 */
public record Entity(String iri, EntityType type, String label, List<String> altLabels, String qid) {
    public Entity {
        Objects.requireNonNull(iri);
        Objects.requireNonNull(type);
        Objects.requireNonNull(label);
        altLabels = List.copyOf(altLabels);
    }

    /** Every name it is known by, its label first. */
    List<String> names() {
        return Stream.concat(Stream.of(label), altLabels.stream()).toList();
    }
}
