package org.w3id.r2p.site.chart;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.jsoup.nodes.Element;

/**
 * The charts of the landing page, across the whole record: statements per pillar per year (example query 07) and
 * the most frequent speakers (example query 24).
 * <pre>
 *   Element charts = RecordCharts.of(union);   // compute once, append a copy to each page
 * </pre>
 */
public final class RecordCharts {
    static final String PILLARS_PER_YEAR = "07-statements-per-pillar-per-year";
    static final String MOST_FREQUENT_SPEAKERS = "24-most-frequent-speakers";

    private RecordCharts() {}

    /** A section holding both charts, with its heading. */
    public static Element of(Graph union) {
        Element section = new Element("section").addClass("record-charts");
        section.appendElement("h2").text("At a glance");
        Element charts = section.appendElement("div").addClass("charts");
        ExampleQuery pillarsPerYear = ExampleQuery.named(PILLARS_PER_YEAR);
        List<Bar> pillars = pillarsPerYear.rows(union, null, null).stream()
                .map(row -> new Bar(text(row.get(Var.alloc("year"))) + ", " + text(row.get(Var.alloc("pillar"))),
                        Bars.count(row, "statements"))).toList();
        ChartFigure.append(charts, new BarChart("chart-pillars-per-year", "Statements per pillar per year",
                "A bar for each year and pillar of R2P with the number of statements of that year that name the pillar: "
                        + Bars.summary(pillars) + ".", "year and pillar", pillars), pillarsPerYear);
        ExampleQuery speakersQuery = ExampleQuery.named(MOST_FREQUENT_SPEAKERS);
        List<Bar> speakers = speakersQuery.rows(union, null, null).stream()
                .map(row -> new Bar(text(row.get(Var.alloc("name"))), Bars.count(row, "statements"))).toList();
        ChartFigure.append(charts, new BarChart("chart-speakers", "The most frequent speakers",
                "A bar for each of the speakers with the most statements in the record: " + Bars.summary(speakers) + ".",
                "speaker", speakers), speakersQuery);
        return section;
    }

    private static String text(Node node) {
        return node == null ? "none" : node.getLiteralLexicalForm();
    }
}
