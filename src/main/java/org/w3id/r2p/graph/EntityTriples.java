package org.w3id.r2p.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;
import org.apache.jena.vocabulary.RDF;
import org.w3id.r2p.extract.EntityFact;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.MechanismFact;
import org.w3id.r2p.extract.MechanismType;
import org.w3id.r2p.extract.NetworkFact;
import org.w3id.r2p.extract.PersonFact;
import org.w3id.r2p.extract.RegionalOrganizationFact;
import org.w3id.r2p.vocab.R2P;

/** The triples that describe entities (States, persons, organizations, mechanisms, networks, groups of States). */
final class EntityTriples {
    /** Entities' IRIs kept for reuse; past this many the cache starts again, so a long-running process stays bounded. */
    private static final int MAX_CACHED_NODES = 100_000;

    private final IriScheme iris;
    private final Map<EntityRef, Node> nodes = new ConcurrentHashMap<>();
    private volatile Descriptions descriptions = new Descriptions(null, Map.of());

    EntityTriples(IriScheme iris) {
        this.iris = iris;
    }

    /** Writes a fact about an entity. */
    void fact(Graph g, EntityFact fact) {
        Node subject = entity(fact.entity());
        if (fact instanceof PersonFact person) {
            g.add(subject, R2P.role.asNode(), Literals.english(person.role()));
            if (person.affiliation() != null) {
                g.add(subject, R2P.affiliation.asNode(), entity(person.affiliation()));
            }
        } else if (fact instanceof MechanismFact mechanism) {
            g.add(subject, RDF.Nodes.type, (mechanism.national() ? R2P.NationalMechanism : R2P.InternationalMechanism).asNode());
            // Every broader kind is stated too, so that a query for investigative mechanisms finds commissions of
            // inquiry without reasoning over the ontology.
            for (MechanismType type = mechanism.type(); type != null; type = type.broader()) {
                g.add(subject, RDF.Nodes.type, mechanismClass(type).asNode());
            }
            if (mechanism.state() != null) {
                g.add(subject, R2P.state.asNode(), entity(mechanism.state()));
            }
        } else if (fact instanceof NetworkFact network) {
            if (network.secretariat() != null) {
                g.add(subject, R2P.secretariat.asNode(), entity(network.secretariat()));
            }
            network.members().forEach(member -> g.add(subject, R2P.member.asNode(), entity(member)));
        } else if (fact instanceof RegionalOrganizationFact) {
            g.add(subject, RDF.Nodes.type, R2P.RegionalOrganization.asNode());
        }
    }

    static List<EntityRef> referencedBy(EntityFact fact) {
        List<EntityRef> refs = new ArrayList<>();
        refs.add(fact.entity());
        if (fact instanceof PersonFact person) {
            addIfPresent(refs, person.affiliation());
        } else if (fact instanceof MechanismFact mechanism) {
            addIfPresent(refs, mechanism.state());
        } else if (fact instanceof NetworkFact network) {
            addIfPresent(refs, network.secretariat());
            refs.addAll(network.members());
        }
        return refs;
    }

    /**
     * Adds the entity's type, labels and links. Every document that refers to an entity describes it alike, so the
     * triples are made once per entity (through {@link EntityNames}, which speaks the Model API) and copied.
     */
    void describe(Graph g, EntityRef ref, EntityNames names) {
        Descriptions known = descriptions;
        if (known.names() != names) {
            known = new Descriptions(names, new ConcurrentHashMap<>());
            descriptions = known;
        }
        known.triples().computeIfAbsent(ref, r -> description(r, names)).forEach(g::add);
    }

    /** The descriptions made with one build's names; a new build's names start them again. */
    private record Descriptions(EntityNames names, Map<EntityRef, List<Triple>> triples) {}

    /** The triples in the order they were made, so that a document's graph receives them as it did one by one. */
    private List<Triple> description(EntityRef ref, EntityNames names) {
        List<Triple> made = new ArrayList<>();
        Model m = ModelFactory.createModelForGraph(new GraphBase() {
            @Override
            public void performAdd(Triple t) {
                made.add(t);
            }

            @Override
            protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
                return NullIterator.instance();
            }
        });
        Resource r = m.createResource(iris.entity(ref));
        r.addProperty(RDF.type, switch (ref.kind()) {
            case STATE -> names.stateClass(ref);
            case PERSON -> R2P.Person;
            case ORGANIZATION -> R2P.Organization;
            case MECHANISM -> R2P.Mechanism;
            case REGIONAL_NETWORK -> R2P.RegionalNetwork;
            case STATE_GROUP -> R2P.StateGroup;
        });
        names.describe(r, ref);
        return List.copyOf(made);
    }

    static <T> void addIfPresent(Collection<T> collection, T item) {
        if (item != null) {
            collection.add(item);
        }
    }

    /** The entity's IRI, minted once: an entity is named by every mention and statement that refers to it. */
    Node entity(EntityRef ref) {
        Node known = nodes.get(ref);
        if (known != null) {
            return known;
        }
        if (nodes.size() >= MAX_CACHED_NODES) {
            nodes.clear();
        }
        Node node = NodeFactory.createURI(iris.entity(ref));
        nodes.put(ref, node);
        return node;
    }

    private static Resource mechanismClass(MechanismType type) {
        return switch (type) {
            case INVESTIGATIVE_MECHANISM -> R2P.InvestigativeMechanism;
            case COMMISSION_OF_INQUIRY -> R2P.CommissionOfInquiry;
            case FACT_FINDING_MISSION -> R2P.FactFindingMission;
            case COURT_OR_TRIBUNAL -> R2P.CourtOrTribunal;
            case EARLY_WARNING_SYSTEM -> R2P.EarlyWarningSystem;
            case SPECIAL_PROCEDURE -> R2P.SpecialProcedure;
        };
    }
}
