package org.w3id.r2p.site;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

/**
 * The schema.org {@code Dataset} description that dataset search engines read from a landing page: name,
 * description, license, creator, one {@code DataDownload} per dump, the time the documents span and the places
 * they cover. Written by Jena as JSON-LD, with the schema.org namespace as its context prefix.
 */
final class DatasetJsonLd {
    static final String SCHEMA = "https://schema.org/";
    /** One Dataset object; links that schema.org defines as URLs written as plain strings. */
    private static final String FRAME = """
            {"@context": {"@vocab": "%s", "url": {"@type": "@id"}, "license": {"@type": "@id"},
                          "contentUrl": {"@type": "@id"}},
             "@type": "Dataset"}""".formatted(SCHEMA);

    private DatasetJsonLd() {}

    /**
     * The description as a JSON-LD document, safe to embed in a {@code <script>} element: Jena writes the RDF, and
     * Titanium (Jena's JSON-LD processor) frames it as one Dataset object with its parts nested, which is the shape
     * dataset search engines expect, with schema.org as the default vocabulary.
     */
    static String of(Site site) {
        String flat = RDFWriter.source(model(site)).format(RDFFormat.JSONLD11_FLAT).asString();
        try {
            JsonObject framed = JsonLd.frame(JsonDocument.of(new StringReader(flat)), JsonDocument.of(new StringReader(FRAME)))
                    .get();
            StringWriter out = new StringWriter();
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
                writer.write(framed);
            }
            // "</" could close the script element early; "<\/" is the same JSON string.
            return out.toString().strip().replace("</", "<\\/");
        } catch (JsonLdError e) {
            throw new IllegalStateException("Cannot frame the Dataset description: " + e.getMessage(), e);
        }
    }

    static Model model(Site site) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("schema", SCHEMA);
        String base = site.base();
        Resource dataset = m.createResource(base + ".well-known/void#dataset")
                .addProperty(RDF.type, schema(m, "Dataset"))
                .addProperty(property("name"), "The Responsibility to Protect knowledge graph")
                .addProperty(property("description"), "Statements, States, persons, organizations, mechanisms and "
                        + "regional networks of the United Nations Responsibility to Protect (R2P) record, extracted from "
                        + "its documents (dialogue summaries, press releases, statements, letters), with the words each "
                        + "fact rests on as W3C Web Annotations and States linked to Wikidata.")
                .addProperty(property("url"), m.createResource(base))
                .addProperty(property("license"), m.createResource("https://creativecommons.org/licenses/by/4.0/"))
                .addProperty(property("keywords"), "Responsibility to Protect")
                .addProperty(property("keywords"), "United Nations")
                .addProperty(property("keywords"), "atrocity prevention")
                .addProperty(property("keywords"), "linked data")
                .addProperty(property("creator"), m.createResource(base + "#publisher")
                        .addProperty(RDF.type, schema(m, "Organization"))
                        .addProperty(property("name"), "The r2p-kg project"));
        for (DumpServlet.Dump dump : DumpServlet.DUMPS) {
            dataset.addProperty(property("distribution"), m.createResource(base + "dumps/" + dump.file() + "#download")
                    .addProperty(RDF.type, schema(m, "DataDownload"))
                    .addProperty(property("name"), dump.file())
                    .addProperty(property("description"), dump.description())
                    .addProperty(property("encodingFormat"), dump.mediaType())
                    .addProperty(property("contentUrl"), m.createResource(base + "dumps/" + dump.file())));
        }
        temporalCoverage(site.union()).ifPresent(span -> dataset.addProperty(property("temporalCoverage"), span));
        dataset.addProperty(property("spatialCoverage"), m.createResource(base + "#coverage")
                .addProperty(RDF.type, schema(m, "Place"))
                .addProperty(property("name"), "Worldwide: the Member States of the United Nations and the places "
                        + "its Responsibility to Protect record names"));
        return m;
    }

    /** The ISO 8601 interval from the earliest to the latest document date, if any document is dated. */
    private static Optional<String> temporalCoverage(Graph union) {
        SortedSet<String> dates = new TreeSet<>();
        union.find(Node.ANY, DCTerms.date.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                dates.add(t.getObject().getLiteralLexicalForm());
            }
        });
        return dates.isEmpty() ? Optional.empty() : Optional.of(dates.first() + "/" + dates.last());
    }

    private static Resource schema(Model m, String local) {
        return m.createResource(SCHEMA + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(SCHEMA, local);
    }
}
