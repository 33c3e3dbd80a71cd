package org.w3id.r2p.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.w3id.r2p.vocab.OA;
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
    private static final int INCOMING_SHOWN = 200;

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
        properties(main, description, resource, labels);
        if (types.contains(R2P.Document.asNode())) {
            documentText(main, description, resource, labels);
        }
        incoming(main, description, resource, labels);
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

    private static void properties(Element main, Graph description, Node resource, Labels labels) {
        List<Triple> own = new ArrayList<>(description.find(resource, Node.ANY, Node.ANY).toList());
        own.removeIf(t -> t.getPredicate().equals(RDF.type.asNode()));
        own.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
        Element table = main.appendElement("table");
        table.appendElement("tr").appendElement("th").text("property").parent().appendElement("th").text("value");
        for (Triple t : own) {
            Element row = table.appendElement("tr");
            labels.predicate(row.appendElement("td"), t.getPredicate());
            Element value = row.appendElement("td");
            if (t.getPredicate().equals(R2P.text.asNode()) && t.getObject().getLiteralLexicalForm().length() > 300) {
                value.text("(the text, below)");
            } else {
                labels.value(value, t.getObject());
            }
        }
    }

    /** The document's text with every mention a link to what it names. */
    private void documentText(Element main, Graph description, Node document, Labels labels) {
        Optional<Node> text = objects(description, document, R2P.text.asNode()).stream().findFirst();
        if (text.isEmpty()) {
            return;
        }
        String words = text.get().getLiteralLexicalForm();
        List<Mark> marks = new ArrayList<>();
        Graph union = site.union();
        union.find(Node.ANY, OA.hasSource.asNode(), document).forEachRemaining(target -> {
            Node targetNode = target.getSubject();
            union.find(Node.ANY, OA.hasTarget.asNode(), targetNode).forEachRemaining(annotation -> {
                if (!union.contains(annotation.getSubject(), OA.motivatedBy.asNode(), OA.identifying.asNode())) {
                    return;
                }
                Node body = union.find(annotation.getSubject(), OA.hasBody.asNode(), Node.ANY).next().getObject();
                union.find(targetNode, OA.hasSelector.asNode(), Node.ANY).forEachRemaining(selector -> {
                    Node sel = selector.getObject();
                    if (union.contains(sel, OA.start.asNode(), Node.ANY)) {
                        int start = ((Number) union.find(sel, OA.start.asNode(), Node.ANY).next().getObject().getLiteralValue()).intValue();
                        int end = ((Number) union.find(sel, OA.end.asNode(), Node.ANY).next().getObject().getLiteralValue()).intValue();
                        marks.add(new Mark(words.offsetByCodePoints(0, start), words.offsetByCodePoints(0, end), body));
                    }
                });
            });
        });
        marks.sort(Comparator.comparingInt(Mark::start));
        main.appendElement("h2").text("Text");
        Element box = main.appendElement("div").addClass("document-text");
        int at = 0;
        for (Mark mark : marks) {
            if (mark.start() < at) {
                continue;
            }
            box.appendText(words.substring(at, mark.start()));
            String path = site.pathOf(mark.body().getURI());
            box.appendElement("a").addClass("mention").attr("href", path != null ? path : mark.body().getURI())
                    .attr("title", labels.of(mark.body())).text(words.substring(mark.start(), mark.end()));
            at = mark.end();
        }
        box.appendText(words.substring(at));
    }

    private record Mark(int start, int end, Node body) {}

    private static void incoming(Element main, Graph description, Node resource, Labels labels) {
        List<Triple> in = description.find(Node.ANY, Node.ANY, resource).toList().stream()
                .filter(t -> !t.getPredicate().equals(OA.hasBody.asNode()) && !t.getPredicate().equals(OA.hasSource.asNode()))
                .sorted(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getSubject().toString()))
                .limit(INCOMING_SHOWN).toList();
        if (in.isEmpty()) {
            return;
        }
        main.appendElement("h2").text("Referred to by");
        Element table = main.appendElement("table");
        for (Triple t : in) {
            Element row = table.appendElement("tr");
            labels.value(row.appendElement("td"), t.getSubject());
            labels.predicate(row.appendElement("td"), t.getPredicate());
        }
    }

    private static List<Node> objects(Graph graph, Node subject, Node predicate) {
        return graph.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).toList();
    }
}
