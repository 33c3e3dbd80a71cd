package org.w3id.r2p.site;

import java.io.IOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Dereferences the names of the named graphs ({@code BASE/graph/{document}}, {@code BASE/graph/ontology},
 * {@code BASE/graph/topics}): in an RDF syntax, the triples the graph holds; as HTML, how many, what is said
 * about the graph (its provenance), and links to the RDF. Unknown graphs give 404.
 */
final class GraphServlet extends HttpServlet {
    private final transient Site site;

    GraphServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Negotiation.Choice choice = Negotiation.chooseOrRefuse(request, response);
        if (choice == null) {
            return;
        }
        String iri = site.iriOf(request.getRequestURI());
        Node name = site.node(iri);
        if (!site.read(() -> site.namedGraphs().containsGraph(name))) {
            Pages.notFound(response, "There is no named graph " + iri);
            return;
        }
        if (choice.isHtml()) {
            Pages.send(response, site.read(() -> page(name)));
            return;
        }
        Graph contents = site.read(() -> {
            Graph copy = GraphMemFactory.createDefaultGraph();
            copy.getPrefixMapping().setNsPrefixes(site.prefixes().getMapping());
            site.namedGraphs().getGraph(name).find().forEachRemaining(copy::add);
            return copy;
        });
        Negotiation.sendRdf(response, choice, contents);
    }

    private Document page(Node name) {
        Graph about = GraphMemFactory.createDefaultGraph();
        site.union().find(name, Node.ANY, Node.ANY).forEachRemaining(about::add);
        Labels labels = new Labels(site, about);
        Document page = Pages.page("Named graph " + IndexFilter.keyOf(name));
        Element main = Pages.main(page);
        main.appendElement("h1").text("Named graph " + IndexFilter.keyOf(name));
        main.appendElement("p").appendElement("code").addClass("iri").text(name.getURI());
        main.appendElement("p").text("Holds " + site.namedGraphs().getGraph(name).size() + " triples.");
        Element formats = main.appendElement("p").addClass("formats").appendText("Its triples as: ");
        for (String[] f : new String[][] {{"ttl", "Turtle"}, {"nt", "N-Triples"}, {"jsonld", "JSON-LD"}, {"rdf", "RDF/XML"}}) {
            formats.appendElement("a").attr("href", site.pathOf(name.getURI()) + "?format=" + f[0]).text(f[1]);
        }
        Element table = main.appendElement("table");
        for (Triple t : about.find().toList().stream().sorted((a, b) -> a.toString().compareTo(b.toString())).toList()) {
            Element row = table.appendElement("tr");
            labels.predicate(row.appendElement("td"), t.getPredicate());
            labels.value(row.appendElement("td"), t.getObject());
        }
        return page;
    }
}
