package org.w3id.r2p.graph;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.r2p.Version;

/** How a document's graph was made (PROV-O): derived from the document by an extraction with this software. */
final class Provenance {
    private static final Property WAS_GENERATED_BY = property("wasGeneratedBy");
    private static final Property WAS_DERIVED_FROM = property("wasDerivedFrom");
    private static final Property WAS_ASSOCIATED_WITH = property("wasAssociatedWith");
    private static final Property USED = property("used");

    private Provenance() {}

    static void addTo(IriScheme iris, Model m, String documentId) {
        String version = Version.get();
        Resource software = m.createResource(iris.software())
                .addProperty(RDF.type, m.createResource(Prefixes.PROV + "SoftwareAgent"))
                .addProperty(RDFS.label, "r2p-kg")
                .addProperty(OWL.versionInfo, version);
        Resource activity = m.createResource(iris.extraction(version))
                .addProperty(RDF.type, m.createResource(Prefixes.PROV + "Activity"))
                .addProperty(RDFS.label, m.createLiteral("Extraction by r2p-kg " + version, "en"))
                .addProperty(WAS_ASSOCIATED_WITH, software);
        Resource doc = m.createResource(iris.document(documentId));
        activity.addProperty(USED, doc);
        m.createResource(iris.graph(documentId))
                .addProperty(RDF.type, m.createResource(Prefixes.PROV + "Entity"))
                .addProperty(WAS_GENERATED_BY, activity)
                .addProperty(WAS_DERIVED_FROM, doc);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(Prefixes.PROV, local);
    }
}
