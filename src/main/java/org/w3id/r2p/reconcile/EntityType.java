package org.w3id.r2p.reconcile;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.rdf.model.Resource;
import org.w3id.r2p.vocab.R2P;

/** The kinds of entity the reconciliation service matches names against, each an ontology class. */
public enum EntityType {
    STATE(R2P.State, "State"),
    PERSON(R2P.Person, "Person"),
    ORGANIZATION(R2P.Organization, "Organization"),
    MECHANISM(R2P.Mechanism, "Mechanism"),
    REGIONAL_NETWORK(R2P.RegionalNetwork, "Regional network");

    private final Resource ontologyClass;
    private final String label;

    EntityType(Resource ontologyClass, String label) {
        this.ontologyClass = ontologyClass;
        this.label = label;
    }

    public Resource ontologyClass() {
        return ontologyClass;
    }

    /** The class IRI, which is the type's id in the protocol. */
    public String iri() {
        return ontologyClass.getURI();
    }

    public String label() {
        return label;
    }

    /** The type a client names by its class IRI or by the class's local name ("State"), if it is one of ours. */
    public static Optional<EntityType> of(String idOrLocalName) {
        return Arrays.stream(values())
                .filter(t -> t.iri().equals(idOrLocalName) || t.ontologyClass.getLocalName().equals(idOrLocalName))
                .findFirst();
    }
}
