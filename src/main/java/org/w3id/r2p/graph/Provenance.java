package org.w3id.r2p.graph;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.r2p.Version;

/** How a document's graph was made (PROV-O): derived from the document by an extraction with this software. */
final class Provenance {
    private static final Node WAS_GENERATED_BY = prov("wasGeneratedBy");
    private static final Node WAS_DERIVED_FROM = prov("wasDerivedFrom");
    private static final Node WAS_ASSOCIATED_WITH = prov("wasAssociatedWith");
    private static final Node USED = prov("used");
    private static final Node ENTITY = prov("Entity");

    private final IriScheme iris;
    private final Node activity;
    /** The software and the extraction, described alike in every document's graph. */
    private final List<Triple> extraction;

    Provenance(IriScheme iris) {
        this.iris = iris;
        String version = Version.get();
        Node software = NodeFactory.createURI(iris.software());
        this.activity = NodeFactory.createURI(iris.extraction(version));
        this.extraction = List.of(
                Triple.create(software, RDF.Nodes.type, prov("SoftwareAgent")),
                Triple.create(software, RDFS.Nodes.label, Literals.string("r2p-kg")),
                Triple.create(software, OWL.versionInfo.asNode(), Literals.string(version)),
                Triple.create(activity, RDF.Nodes.type, prov("Activity")),
                Triple.create(activity, RDFS.Nodes.label, Literals.english("Extraction by r2p-kg " + version)),
                Triple.create(activity, WAS_ASSOCIATED_WITH, software));
    }

    void addTo(Graph g, Node document, String documentId) {
        extraction.forEach(g::add);
        g.add(activity, USED, document);
        Node graph = NodeFactory.createURI(iris.graph(documentId));
        g.add(graph, RDF.Nodes.type, ENTITY);
        g.add(graph, WAS_GENERATED_BY, activity);
        g.add(graph, WAS_DERIVED_FROM, document);
    }

    private static Node prov(String local) {
        return NodeFactory.createURI(Prefixes.PROV + local);
    }
}
