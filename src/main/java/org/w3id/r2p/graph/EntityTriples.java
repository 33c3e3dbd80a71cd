package org.w3id.r2p.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
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
    private final IriScheme iris;

    EntityTriples(IriScheme iris) {
        this.iris = iris;
    }

    /** Writes a fact about an entity. */
    void fact(Model m, EntityFact fact) {
        Resource subject = entity(m, fact.entity());
        if (fact instanceof PersonFact person) {
            subject.addProperty(R2P.role, m.createLiteral(person.role(), "en"));
            if (person.affiliation() != null) {
                subject.addProperty(R2P.affiliation, entity(m, person.affiliation()));
            }
        } else if (fact instanceof MechanismFact mechanism) {
            subject.addProperty(RDF.type, mechanism.national() ? R2P.NationalMechanism : R2P.InternationalMechanism);
            // Every broader kind is stated too, so that a query for investigative mechanisms finds commissions of
            // inquiry without reasoning over the ontology.
            for (MechanismType type = mechanism.type(); type != null; type = type.broader()) {
                subject.addProperty(RDF.type, mechanismClass(type));
            }
            if (mechanism.state() != null) {
                subject.addProperty(R2P.state, entity(m, mechanism.state()));
            }
        } else if (fact instanceof NetworkFact network) {
            if (network.secretariat() != null) {
                subject.addProperty(R2P.secretariat, entity(m, network.secretariat()));
            }
            network.members().forEach(member -> subject.addProperty(R2P.member, entity(m, member)));
        } else if (fact instanceof RegionalOrganizationFact) {
            subject.addProperty(RDF.type, R2P.RegionalOrganization);
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

    void describe(Model m, EntityRef ref, EntityNames names) {
        Resource r = entity(m, ref);
        r.addProperty(RDF.type, switch (ref.kind()) {
            case STATE -> names.stateClass(ref);
            case PERSON -> R2P.Person;
            case ORGANIZATION -> R2P.Organization;
            case MECHANISM -> R2P.Mechanism;
            case REGIONAL_NETWORK -> R2P.RegionalNetwork;
            case STATE_GROUP -> R2P.StateGroup;
        });
        names.describe(r, ref);
    }

    static <T> void addIfPresent(Collection<T> collection, T item) {
        if (item != null) {
            collection.add(item);
        }
    }

    Resource entity(Model m, EntityRef ref) {
        return m.createResource(iris.entity(ref));
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
