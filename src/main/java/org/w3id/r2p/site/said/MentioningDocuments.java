package org.w3id.r2p.site.said;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.jsoup.nodes.Element;

/** The documents that mention a resource, most mentions first, with the number of mentions in each. */
final class MentioningDocuments {
    private static final String QUERY = """
            PREFIX oa: <http://www.w3.org/ns/oa#>
            SELECT ?doc (COUNT(DISTINCT ?annotation) AS ?mentions) WHERE {
              ?annotation oa:hasBody ?this ; oa:motivatedBy oa:identifying ; oa:hasTarget/oa:hasSource ?doc .
            }
            GROUP BY ?doc
            ORDER BY DESC(?mentions) ?doc
            """;

    private MentioningDocuments() {}

    static void append(Element main, SiteView view, Node resource) {
        List<Binding> rows = view.select(QUERY, resource);
        if (rows.isEmpty()) {
            return;
        }
        Element section = main.appendElement("section").addClass("mentioned-in");
        section.appendElement("h2").text("Documents that mention " + view.label(resource));
        Element table = section.appendElement("table");
        table.appendElement("tr").appendElement("th").text("document").parent().appendElement("th").text("mentions");
        for (Binding row : rows) {
            Element tr = table.appendElement("tr");
            view.link(tr.appendElement("td"), row.get(Var.alloc("doc")));
            tr.appendElement("td").text(row.get(Var.alloc("mentions")).getLiteralLexicalForm());
        }
    }
}
