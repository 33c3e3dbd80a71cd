package org.w3id.r2p.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants of the R2P ontology, mirroring {@code ontology/r2p.ttl} (a test keeps the two in step).
 * <pre>
 *   model.add(statement, R2P.speaker, state);
 * </pre>
 */
public final class R2P {
    public static final String NS = "https://w3id.org/r2p/ontology#";
    public static final String ONTOLOGY_IRI = "https://w3id.org/r2p/ontology";

    /** Classpath location of the ontology file, copied there from {@code ontology/} by the build. */
    public static final String ONTOLOGY_RESOURCE = "org/w3id/r2p/ontology/r2p.ttl";

    /** Classpath location of the SKOS concept scheme of topics, with the keyword rules that assign them. */
    public static final String TOPICS_RESOURCE = "org/w3id/r2p/ontology/topics.ttl";
    public static final String TOPICS_SCHEME = "https://w3id.org/r2p/topics";

    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // Classes
    public static final Resource State = resource("State");
    public static final Resource NonUNState = resource("NonUNState");
    public static final Resource Statement = resource("Statement");
    public static final Resource Pillar = resource("Pillar");
    public static final Resource Mechanism = resource("Mechanism");
    public static final Resource NationalMechanism = resource("NationalMechanism");
    public static final Resource InternationalMechanism = resource("InternationalMechanism");
    public static final Resource InvestigativeMechanism = resource("InvestigativeMechanism");
    public static final Resource CommissionOfInquiry = resource("CommissionOfInquiry");
    public static final Resource FactFindingMission = resource("FactFindingMission");
    public static final Resource CourtOrTribunal = resource("CourtOrTribunal");
    public static final Resource EarlyWarningSystem = resource("EarlyWarningSystem");
    public static final Resource SpecialProcedure = resource("SpecialProcedure");
    public static final Resource RegionalNetwork = resource("RegionalNetwork");
    public static final Resource StateGroup = resource("StateGroup");
    public static final Resource RegionalOrganization = resource("RegionalOrganization");
    public static final Resource Document = resource("Document");
    public static final Resource DocumentType = resource("DocumentType");
    public static final Resource Event = resource("Event");
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");

    // Object properties
    public static final Property mentions = property("mentions");
    public static final Property speaker = property("speaker");
    public static final Property onBehalfOf = property("onBehalfOf");
    public static final Property deliveredBy = property("deliveredBy");
    public static final Property source = property("source");
    public static final Property event = property("event");
    public static final Property pillar = property("pillar");
    public static final Property mechanism = property("mechanism");
    public static final Property state = property("state");
    public static final Property documentType = property("documentType");
    public static final Property topic = property("topic");
    public static final Property affiliation = property("affiliation");
    public static final Property member = property("member");
    public static final Property secretariat = property("secretariat");

    // Datatype properties
    public static final Property text = property("text");
    public static final Property excerpt = property("excerpt");
    public static final Property isoCode = property("isoCode");
    public static final Property isoAlpha2 = property("isoAlpha2");
    public static final Property unStatus = property("unStatus");
    public static final Property role = property("role");
    public static final Property place = property("place");

    // Individuals
    public static final Resource PillarOne = resource("PillarOne");
    public static final Resource PillarTwo = resource("PillarTwo");
    public static final Resource PillarThree = resource("PillarThree");
    public static final Resource StatementDocument = resource("StatementDocument");
    public static final Resource Summary = resource("Summary");
    public static final Resource Message = resource("Message");
    public static final Resource Interview = resource("Interview");
    public static final Resource Letter = resource("Letter");

    private R2P() {}
}
