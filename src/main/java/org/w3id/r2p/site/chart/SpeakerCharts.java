package org.w3id.r2p.site.chart;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.jsoup.nodes.Element;

/**
 * The charts of a speaker's page: its statements per year and per pillar, views of example queries 22 and 23 run
 * for this speaker alone.
 * <pre>
 *   SpeakerCharts.append(section, union, speaker, "Ghana");
 * </pre>
 */
public final class SpeakerCharts {
    static final String PER_YEAR = "22-statements-of-each-speaker-per-year";
    static final String PER_PILLAR = "23-statements-of-each-speaker-per-pillar";

    private SpeakerCharts() {}

    public static void append(Element parent, Graph union, Node speaker, String name) {
        Element charts = parent.appendElement("div").addClass("charts");
        ExampleQuery perYear = ExampleQuery.named(PER_YEAR);
        List<Bar> years = bars(perYear.rows(union, "speaker", speaker), "year", "no date");
        ChartFigure.append(charts, new BarChart("chart-years", "Statements of " + name + " per year",
                "A bar for each year with the number of statements " + name + " made in it: "
                        + Bars.summary(years) + ".", "year", years), perYear);
        ExampleQuery perPillar = ExampleQuery.named(PER_PILLAR);
        List<Bar> pillars = bars(perPillar.rows(union, "speaker", speaker), "pillar", "no pillar named");
        ChartFigure.append(charts, new BarChart("chart-pillars", "Statements of " + name + " per pillar",
                "A bar for each pillar of R2P with the number of statements of " + name + " that name it: "
                        + Bars.summary(pillars) + ".", "pillar", pillars), perPillar);
    }

    private static List<Bar> bars(List<Binding> rows, String category, String whenUnbound) {
        return rows.stream().map(row -> {
            Node label = row.get(Var.alloc(category));
            return new Bar(label == null ? whenUnbound : label.getLiteralLexicalForm(), Bars.count(row, "statements"));
        }).toList();
    }
}
