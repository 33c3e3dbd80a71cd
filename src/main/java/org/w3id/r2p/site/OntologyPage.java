package org.w3id.r2p.site;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3id.r2p.vocab.R2P;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The ontology at {@code /ontology}: the Turtle file by content negotiation, or a page documenting every term. */
final class OntologyPage extends HttpServlet {
    private final transient Model ontology = RDFParser.source(R2P.ONTOLOGY_RESOURCE).toModel();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Negotiation.Choice choice = Negotiation.chooseOrRefuse(request, response);
        if (choice == null) {
            return;
        }
        if (!choice.isHtml()) {
            Negotiation.sendRdf(response, choice, ontology.getGraph());
            return;
        }
        Resource header = ontology.getResource(R2P.ONTOLOGY_IRI);
        Document page = Pages.page("R2P ontology");
        Element main = Pages.main(page);
        main.appendElement("h1").text(text(header, DCTerms.title));
        main.appendElement("p").text(text(header, DCTerms.description));
        main.appendElement("p").appendText("Namespace ").appendElement("code").text(R2P.NS).parent()
                .appendText(", version " + text(header, OWL.versionInfo) + ". ")
                .appendElement("a").attr("href", "/ontology?format=ttl").text("Turtle");
        section(main, "Classes", terms(OWL.Class));
        section(main, "Object properties", terms(OWL.ObjectProperty));
        section(main, "Datatype properties", terms(OWL.DatatypeProperty));
        section(main, "Individuals", terms(OWL.NamedIndividual));
        evidence(main);
        Pages.send(response, page);
    }

    /** Evidence uses the Web Annotation vocabulary, not terms of this ontology, so the tables above do not show it. */
    private static void evidence(Element main) {
        main.appendElement("h2").attr("id", "evidence").text("Evidence");
        main.appendElement("p").text("Each statement and each mention behind r2p:mentions has a W3C Web Annotation "
                + "(oa:Annotation) whose oa:hasBody is the statement or the named resource and whose oa:hasTarget has "
                + "the document as oa:hasSource and an oa:hasSelector giving the place. Positions (oa:start, oa:end) "
                + "count Unicode code points, as SPARQL's SUBSTR does. How much evidence a graph holds depends on how "
                + "it was built (--evidence):");
        Element levels = main.appendElement("ul");
        levels.appendElement("li").text("compact (the default): one oa:TextPositionSelector with oa:start, oa:end "
                + "and the words (oa:exact); the same resource named by the same words, or the same statement, is "
                + "annotated once per document, at its first place.");
        levels.appendElement("li").text("full: every place, with an oa:TextQuoteSelector (oa:exact, oa:prefix, "
                + "oa:suffix) beside the oa:TextPositionSelector.");
        levels.appendElement("li").text("none: no annotations.");
    }

    private List<Resource> terms(Resource type) {
        return ontology.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(R2P.NS))
                .sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    private static void section(Element main, String title, List<Resource> terms) {
        main.appendElement("h2").text(title);
        Element table = main.appendElement("table");
        table.appendElement("tr").appendElement("th").text("term").parent().appendElement("th").text("label")
                .parent().appendElement("th").text("description").parent().appendElement("th").text("domain → range");
        for (Resource term : terms) {
            Element row = table.appendElement("tr").attr("id", term.getLocalName());
            row.appendElement("td").appendElement("code").text("r2p:" + term.getLocalName());
            row.appendElement("td").text(text(term, RDFS.label));
            String comment = text(term, RDFS.comment);
            row.appendElement("td").text(comment.isEmpty() ? text(term, SKOS.definition) : comment);
            row.appendElement("td").text(shortName(term.getPropertyResourceValue(RDFS.domain)) + " → "
                    + shortName(term.getPropertyResourceValue(RDFS.range)));
        }
    }

    private static String text(Resource resource, org.apache.jena.rdf.model.Property property) {
        Statement st = resource.getProperty(property);
        return st == null ? "" : st.getString();
    }

    private static String shortName(Resource r) {
        if (r == null) {
            return "";
        }
        if (!r.isURIResource()) {
            return "(a union)";
        }
        String prefixed = r.getModel().shortForm(r.getURI());
        return prefixed.equals(r.getURI()) ? r.getLocalName() : prefixed;
    }
}
