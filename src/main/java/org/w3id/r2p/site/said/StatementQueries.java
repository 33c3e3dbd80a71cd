package org.w3id.r2p.site.said;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The statements a page lists, one query each: those a speaker made, those that name a mechanism or topic, and
 * those made at an event. {@code ?this} is the page's resource.
 */
final class StatementQueries {
    private static final String PREFIXES = """
            PREFIX r2p: <https://w3id.org/r2p/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            """;
    private static final String ROWS = """
            SELECT ?statement ?speaker ?label ?excerpt ?event ?when ?doc ?evidence ?start WHERE {
              %s
              ?statement a r2p:Statement ; r2p:source ?doc .
              OPTIONAL { ?statement r2p:speaker ?speaker }
              OPTIONAL { ?statement rdfs:label ?label }
              OPTIONAL { ?statement r2p:excerpt ?excerpt }
              OPTIONAL { ?statement r2p:event ?event OPTIONAL { ?event dcterms:date ?eventDate } }
              OPTIONAL { ?doc dcterms:date ?docDate }
              OPTIONAL { ?evidence oa:hasBody ?statement ; oa:motivatedBy oa:describing ;
                                   oa:hasTarget/oa:hasSelector/oa:start ?start }
              BIND(COALESCE(?eventDate, ?docDate) AS ?when)
            }
            ORDER BY %s
            """;
    /** Grouped by event (or document) in date order, undated last; within a group, in the order of the text. */
    private static final String BY_DATE = "(!BOUND(?when)) ?when ?event ?doc ?start ?statement";
    private static final String IN_ORDER_SPOKEN = "?doc ?start ?statement";

    private StatementQueries() {}

    static List<StatementRow> madeBy(SiteView view, Node speaker) {
        return rows(view, speaker, "?statement r2p:speaker ?this .", BY_DATE);
    }

    static List<StatementRow> naming(SiteView view, Node mechanismOrTopic) {
        return rows(view, mechanismOrTopic, "?statement r2p:mechanism|r2p:topic ?this .", BY_DATE);
    }

    static List<StatementRow> madeAt(SiteView view, Node event) {
        return rows(view, event, "?statement r2p:event ?this .", IN_ORDER_SPOKEN);
    }

    private static List<StatementRow> rows(SiteView view, Node resource, String pattern, String order) {
        String query = PREFIXES + ROWS.formatted(pattern, order);
        // A statement with two labels or two pieces of evidence gives several rows: the first stands for it.
        Map<Node, StatementRow> rows = new LinkedHashMap<>();
        for (Binding b : view.select(query, resource)) {
            Node statement = b.get(Var.alloc("statement"));
            rows.putIfAbsent(statement, new StatementRow(statement, b.get(Var.alloc("speaker")),
                    text(b, "label"), text(b, "excerpt"), b.get(Var.alloc("event")), b.get(Var.alloc("when")),
                    b.get(Var.alloc("doc")), b.get(Var.alloc("evidence")), start(b)));
        }
        return new ArrayList<>(rows.values());
    }

    private static String text(Binding b, String var) {
        Node node = b.get(Var.alloc(var));
        return node != null && node.isLiteral() ? node.getLiteralLexicalForm() : null;
    }

    private static long start(Binding b) {
        Node start = b.get(Var.alloc("start"));
        return start != null && start.isLiteral() && start.getLiteralValue() instanceof Number n ? n.longValue() : -1;
    }
}
