package org.w3id.r2p.site.said;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.jsoup.nodes.Element;

/**
 * What the sections of a page need from the site: the served graph (the union of the named graphs), to query, and
 * the server path of an IRI under the base ({@code null} for an IRI elsewhere), to link.
 * <pre>
 *   SiteView view = new SiteView(site.union(), site::pathOf);
 * </pre>
 */
public record SiteView(Graph union, UnaryOperator<String> pathOf) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** The rows of a SELECT query whose {@code ?this} stands for the resource of the page. */
    public List<Binding> select(String query, Node resource) {
        return Iter.toList(QueryExec.graph(union).query(query).substitution("this", resource).select());
    }

    /** The rows of a SELECT query over the whole graph. */
    public List<Binding> select(String query) {
        return Iter.toList(QueryExec.graph(union).query(query).select());
    }

    /** The resource's label (rdfs:label, else skos:prefLabel, as topics have), or its IRI when it has none. */
    public String label(Node node) {
        for (Node property : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode())) {
            var label = union.find(node, property, Node.ANY);
            if (label.hasNext()) {
                return label.next().getObject().getLiteralLexicalForm();
            }
        }
        return node.isURI() ? node.getURI() : node.toString();
    }

    /** A link to the resource: to its page here when it is under the base, else to the IRI itself. */
    public Element link(Element parent, Node node, String text) {
        String path = pathOf.apply(node.getURI());
        Element a = parent.appendElement("a").attr("href", path != null ? path : node.getURI()).text(text);
        if (path == null) {
            a.attr("rel", "nofollow");
        }
        return a;
    }

    public Element link(Element parent, Node node) {
        return link(parent, node, label(node));
    }

    /** An xsd:date as a reader writes it, "11 September 2013"; any other literal as it stands. */
    static String date(Node literal) {
        String lexical = literal.getLiteralLexicalForm();
        try {
            return DATE.format(LocalDate.parse(lexical));
        } catch (DateTimeParseException notADate) {
            return lexical;
        }
    }
}
