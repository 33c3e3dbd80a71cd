package org.w3id.r2p.site;

import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.w3id.r2p.vocab.OA;
import org.w3id.r2p.vocab.R2P;

/**
 * Machine-readable descriptions of the dataset: VoID (size, class and property partitions, endpoint, dumps,
 * vocabularies, license, source documents) with DCAT (one distribution per dump: media type, size, download URL) and the SPARQL 1.1 Service Description of the endpoint. Every node
 * has an IRI under the public base.
 */
final class DatasetDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    /** DCAT's recommended IRIs for media types. */
    private static final String IANA_MEDIA_TYPES = "http://www.iana.org/assignments/media-types/";

    private DatasetDescription() {}

    /**
     * @param dumpSize the size in bytes of each dump, as served
     */
    static Model voidOf(Site site, ToLongFunction<DumpServlet.Dump> dumpSize) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID.NS).setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("r2p", R2P.NS)
                .setNsPrefix("dcat", DCAT.NS);
        String base = site.base();
        Graph union = site.union();
        Resource dataset = m.createResource(base + ".well-known/void#dataset")
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, m.createLiteral("The Responsibility to Protect knowledge graph", "en"))
                .addProperty(DCTerms.description, m.createLiteral("Statements, States, persons, organizations, "
                        + "mechanisms and regional networks of the UN Responsibility to Protect record, extracted from "
                        + "its documents, with evidence and Wikidata links.", "en"))
                .addProperty(DCTerms.license, m.createResource("https://creativecommons.org/licenses/by/4.0/"))
                .addProperty(VOID.sparqlEndpoint, m.createResource(base + site.endpointPath().substring(1)))
                .addProperty(VOID.uriSpace, base + "id/")
                .addLiteral(VOID.triples, (long) union.size());
        for (DumpServlet.Dump dump : DumpServlet.DUMPS) {
            Resource file = m.createResource(base + "dumps/" + dump.file());
            dataset.addProperty(VOID.dataDump, file);
            dataset.addProperty(DCAT.distribution, m.createResource(base + ".well-known/void#dump-" + dump.file())
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCTerms.title, dump.file())
                    .addProperty(DCTerms.description, m.createLiteral(dump.description(), "en"))
                    .addProperty(DCAT.downloadURL, file)
                    .addProperty(DCAT.accessURL, m.createResource(base + "#dumps"))
                    .addProperty(DCAT.mediaType, m.createResource(IANA_MEDIA_TYPES + dump.mediaType()))
                    .addProperty(DCTerms.format, m.createResource(IANA_MEDIA_TYPES + dump.format().lang().getHeaderString()))
                    .addProperty(DCAT.byteSize, m.createTypedLiteral(BigInteger.valueOf(dumpSize.applyAsLong(dump)),
                            XSDDatatype.XSDnonNegativeInteger))
                    .addProperty(DCTerms.license, m.createResource("https://creativecommons.org/licenses/by/4.0/")));
        }
        for (String vocabulary : new String[] {R2P.NS, OA.NS, PROV, DCTerms.NS, SKOS.getURI(), FOAF.NS,
                "http://www.w3.org/ns/org#", "https://schema.org/"}) {
            dataset.addProperty(VOID.vocabulary, m.createResource(vocabulary));
        }
        union.find(Node.ANY, RDF.type.asNode(), R2P.Document.asNode()).forEachRemaining(t -> {
            if (union.contains(t.getSubject(), R2P.text.asNode(), Node.ANY)) {
                dataset.addProperty(DCTerms.source, m.createResource(t.getSubject().getURI()));
            }
        });
        Map<String, Long> classes = new TreeMap<>();
        Map<String, Long> properties = new TreeMap<>();
        union.find().forEachRemaining(t -> {
            properties.merge(t.getPredicate().getURI(), 1L, Long::sum);
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                classes.merge(t.getObject().getURI(), 1L, Long::sum);
            }
        });
        int i = 0;
        for (Map.Entry<String, Long> c : classes.entrySet()) {
            dataset.addProperty(VOID.classPartition, m.createResource(base + ".well-known/void#class-" + (++i))
                    .addProperty(VOID._class, m.createResource(c.getKey()))
                    .addLiteral(VOID.entities, c.getValue().longValue()));
        }
        i = 0;
        for (Map.Entry<String, Long> p : properties.entrySet()) {
            dataset.addProperty(VOID.propertyPartition, m.createResource(base + ".well-known/void#property-" + (++i))
                    .addProperty(VOID.property, m.createResource(p.getKey()))
                    .addLiteral(VOID.triples, p.getValue().longValue()));
        }
        return m;
    }

    static Model serviceOf(Site site) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD).setNsPrefix("void", VOID.NS);
        String endpoint = site.base() + site.endpointPath().substring(1);
        Resource service = m.createResource(endpoint + "#service")
                .addProperty(RDF.type, sd("Service"))
                .addProperty(sdProperty("endpoint"), m.createResource(endpoint))
                .addProperty(sdProperty("supportedLanguage"), sd("SPARQL11Query"))
                .addProperty(sdProperty("feature"), sd("UnionDefaultGraph"))
                .addProperty(sdProperty("feature"), sd("BasicFederatedQuery"));
        for (String format : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"}) {
            service.addProperty(sdProperty("resultFormat"), m.createResource("http://www.w3.org/ns/formats/" + format));
        }
        service.addProperty(sdProperty("defaultDataset"), m.createResource(site.base() + ".well-known/void#dataset")
                .addProperty(RDF.type, sd("Dataset"))
                .addProperty(sdProperty("defaultGraph"), m.createResource(endpoint + "#default-graph")
                        .addProperty(RDF.type, sd("Graph"))
                        .addLiteral(VOID.triples, (long) site.union().size())));
        return m;
    }

    private static Resource sd(String local) {
        return ResourceFactory.createResource(SD + local);
    }

    private static Property sdProperty(String local) {
        return ResourceFactory.createProperty(SD, local);
    }
}
