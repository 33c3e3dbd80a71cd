package org.w3id.r2p.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the W3C Web Annotation vocabulary that r2p-kg uses for evidence. */
public final class OA {
    public static final String NS = "http://www.w3.org/ns/oa#";

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
    public static final Resource Annotation = resource("Annotation");
    public static final Resource SpecificResource = resource("SpecificResource");
    public static final Resource TextQuoteSelector = resource("TextQuoteSelector");
    public static final Resource TextPositionSelector = resource("TextPositionSelector");

    // Properties
    public static final Property hasBody = property("hasBody");
    public static final Property hasTarget = property("hasTarget");
    public static final Property hasSource = property("hasSource");
    public static final Property hasSelector = property("hasSelector");
    public static final Property motivatedBy = property("motivatedBy");
    public static final Property exact = property("exact");
    public static final Property prefix = property("prefix");
    public static final Property suffix = property("suffix");
    public static final Property start = property("start");
    public static final Property end = property("end");

    // Motivations
    public static final Resource identifying = resource("identifying");
    public static final Resource describing = resource("describing");

    private OA() {}
}
