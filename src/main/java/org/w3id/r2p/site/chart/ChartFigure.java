package org.w3id.r2p.site.chart;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;

/**
 * A chart on a page: the SVG, a caption, the same numbers as a table (for screen readers, copying and printing)
 * and a link to the query the chart is a view of.
 */
final class ChartFigure {
    private ChartFigure() {}

    static Element append(Element parent, BarChart chart, ExampleQuery query) {
        Element figure = parent.appendElement("figure").addClass("chart").attr("id", chart.id());
        // The SVG is written by SvgWriter, which escapes all text: it goes into the page as it is.
        figure.appendChild(new DataNode(chart.svg()));
        Element caption = figure.appendElement("figcaption");
        caption.appendText(chart.title() + " ");
        caption.appendElement("a").attr("href", query.path()).text("(the query)");
        Element details = figure.appendElement("details");
        details.appendElement("summary").text("The numbers as a table");
        Element table = details.appendElement("table").addClass("chart-data");
        table.appendElement("caption").text(chart.title());
        table.appendElement("tr").appendElement("th").attr("scope", "col").text(chart.category())
                .parent().appendElement("th").attr("scope", "col").text("statements");
        for (Bar bar : chart.bars()) {
            table.appendElement("tr").appendElement("td").text(bar.label())
                    .parent().appendElement("td").text(String.valueOf(bar.value()));
        }
        return figure;
    }
}
