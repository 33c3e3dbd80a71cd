package org.w3id.r2p.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3id.r2p.link.Wikidata;
import org.w3id.r2p.site.said.SaidSections;
import org.w3id.r2p.site.said.SiteView;
import org.w3id.r2p.vocab.R2P;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Dereferences the IRIs under {@code BASE/id/}: the resource's own triples, the triples that point to it, and the
 * labels of the resources on either side, as Turtle, N-Triples, JSON-LD, RDF/XML or an HTML page, by content
 * negotiation (or {@code ?format=}). Unknown IRIs give 404.
 */
final class ResourceServlet extends HttpServlet {
    private final transient Site site;

    ResourceServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Negotiation.Choice choice = Negotiation.chooseOrRefuse(request, response);
        if (choice == null) {
            return;
        }
        String iri = site.iriOf(request.getRequestURI());
        Graph description = site.read(() -> describe(iri));
        if (description.isEmpty()) {
            if (choice.isHtml()) {
                Pages.notFound(response, "Nothing is known about " + iri);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "Nothing is known about " + iri);
            }
            return;
        }
        if (choice.isHtml()) {
            Pages.send(response, site.read(() -> page(iri, description)));
        } else {
            Negotiation.sendRdf(response, choice, description);
        }
    }

    /** The resource's triples, those that point to it, and labels and types of its neighbours. */
    private Graph describe(String iri) {
        Graph union = site.union();
        Node resource = site.node(iri);
        Graph description = GraphMemFactory.createDefaultGraph();
        description.getPrefixMapping().setNsPrefixes(site.prefixes().getMapping());
        union.find(resource, Node.ANY, Node.ANY).forEachRemaining(description::add);
        union.find(Node.ANY, Node.ANY, resource).forEachRemaining(description::add);
        if (description.isEmpty()) {
            return description;
        }
        List<Node> neighbours = new ArrayList<>();
        description.find().forEachRemaining(t -> {
            if (t.getObject().isURI() && !t.getObject().equals(resource)) {
                neighbours.add(t.getObject());
            }
            if (!t.getSubject().equals(resource)) {
                neighbours.add(t.getSubject());
            }
        });
        for (Node neighbour : neighbours) {
            union.find(neighbour, RDFS.label.asNode(), Node.ANY).forEachRemaining(description::add);
        }
        return description;
    }

    private Document page(String iri, Graph description) {
        Node resource = site.node(iri);
        Labels labels = new Labels(site, description);
        Document page = Pages.page(labels.of(resource));
        Element main = Pages.main(page);
        main.appendElement("h1").text(labels.of(resource));
        main.appendElement("p").appendElement("code").addClass("iri").text(iri);
        Element formats = main.appendElement("p").addClass("formats").appendText("Also as: ");
        for (String[] f : new String[][] {{"ttl", "Turtle"}, {"nt", "N-Triples"}, {"jsonld", "JSON-LD"}, {"rdf", "RDF/XML"}}) {
            formats.appendElement("a").attr("href", site.pathOf(iri) + "?format=" + f[0]).text(f[1]);
        }
        List<Node> types = objects(description, resource, RDF.type.asNode());
        if (!types.isEmpty()) {
            Element p = main.appendElement("p").appendText("A ");
            types.forEach(t -> labels.link(p, t).after(" "));
        }
        if (types.contains(R2P.Statement.asNode())) {
            statementQuote(main, description, resource, labels);
        }
        objects(description, resource, OWL.sameAs.asNode()).stream()
                .filter(link -> link.isURI() && link.getURI().startsWith(Wikidata.ENTITY_NS))
                .forEach(wd -> main.appendElement("p").appendText("Wikidata: ").appendElement("a").attr("href", wd.getURI()).text(wd.getURI()));
        SaidSections.append(main, new SiteView(site.union(), site::pathOf), resource);
        IndexKinds.statementsAbout(resource, types::contains).ifPresent(list ->
                main.appendElement("p").appendElement("a").attr("href", list).text("Its statements, in a list"));
        PropertyTable table = new PropertyTable(labels);
        table.own(main, description, resource);
        Optional<Node> text = objects(description, resource, R2P.text.asNode()).stream().findFirst();
        if (types.contains(R2P.Document.asNode()) && text.isPresent()) {
            new DocumentText(site, labels).render(main, resource, text.get().getLiteralLexicalForm());
        }
        table.incoming(main, description, resource);
        return page;
    }

    private static void statementQuote(Element main, Graph description, Node statement, Labels labels) {
        Optional<Node> text = objects(description, statement, R2P.text.asNode()).stream().findFirst();
        Optional<Node> source = objects(description, statement, R2P.source.asNode()).stream().findFirst();
        if (text.isPresent()) {
            Element quote = main.appendElement("blockquote");
            quote.appendElement("p").text(text.get().getLiteralLexicalForm());
            source.ifPresent(s -> labels.link(quote.appendElement("p").appendText("— in "), s));
        }
    }

    private static List<Node> objects(Graph graph, Node subject, Node predicate) {
        return graph.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).toList();
    }
}
