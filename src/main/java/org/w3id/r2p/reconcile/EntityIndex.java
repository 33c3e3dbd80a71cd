package org.w3id.r2p.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The entities of a graph that names can be reconciled with, read once: the graph served does not change while
 * it is served.
 * <pre>
 *   EntityIndex index = EntityIndex.of(graph);
 *   index.ofType(EntityType.STATE);
 * </pre>
 */
public final class EntityIndex {
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private final Map<EntityType, List<Entity>> byType;
    private final Map<String, Entity> byIri;

    private EntityIndex(Map<EntityType, List<Entity>> byType) {
        this.byType = byType;
        this.byIri = new HashMap<>();
        byType.values().forEach(entities -> entities.forEach(e -> byIri.putIfAbsent(e.iri(), e)));
    }

    /** Every labelled resource typed with one of the classes of {@link EntityType}, in IRI order. */
    public static EntityIndex of(Graph graph) {
        Map<EntityType, List<Entity>> byType = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            List<Entity> entities = new ArrayList<>();
            graph.find(Node.ANY, RDF.type.asNode(), type.ontologyClass().asNode()).mapWith(Triple::getSubject)
                    .filterKeep(Node::isURI).forEach(subject -> entityOf(graph, subject, type).ifPresent(entities::add));
            entities.sort(Comparator.comparing(Entity::iri));
            byType.put(type, List.copyOf(entities));
        }
        return new EntityIndex(byType);
    }

    public List<Entity> ofType(EntityType type) {
        return byType.get(type);
    }

    public Optional<Entity> byIri(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    private static Optional<Entity> entityOf(Graph graph, Node subject, EntityType type) {
        List<String> labels = literals(graph, subject, RDFS.label.asNode());
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        String qid = graph.find(subject, OWL.sameAs.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(o -> o.isURI() && o.getURI().startsWith(WIKIDATA))
                .mapWith(o -> o.getURI().substring(WIKIDATA.length())).toList().stream().sorted().findFirst().orElse(null);
        List<String> altLabels = new ArrayList<>(literals(graph, subject, SKOS.altLabel.asNode()));
        // A resource labelled differently in two named graphs keeps the first label and answers to the others too.
        altLabels.addAll(labels.subList(1, labels.size()));
        return Optional.of(new Entity(subject.getURI(), type, labels.get(0), altLabels.stream().distinct().sorted().toList(), qid));
    }

    private static List<String> literals(Graph graph, Node subject, Node predicate) {
        return graph.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .mapWith(Node::getLiteralLexicalForm).toList().stream().distinct().sorted().toList();
    }
}
