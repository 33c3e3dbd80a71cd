package org.w3id.r2p.site.said;

import java.util.List;

import org.apache.jena.graph.Node;
import org.jsoup.nodes.Element;

/** The speakers of an event in the order they spoke: by document, then by the statement's place in it. */
final class EventSpeakers {
    private EventSpeakers() {}

    static void append(Element main, SiteView view, Node event) {
        List<StatementRow> rows = StatementQueries.madeAt(view, event);
        if (rows.isEmpty()) {
            return;
        }
        Element section = main.appendElement("section").addClass("speakers");
        section.appendElement("h2").text("Speakers, in the order they spoke");
        Element list = section.appendElement("ol").addClass("speakers-in-order");
        for (StatementRow row : rows) {
            Element item = list.appendElement("li");
            if (row.speaker() != null) {
                view.link(item, row.speaker()).addClass("speaker").after(": ");
            }
            view.link(item, row.statement(), row.label() != null ? row.label() : view.label(row.statement()))
                    .addClass("statement-link");
            if (row.excerpt() != null) {
                item.appendElement("p").addClass("excerpt").text(row.excerpt());
            }
        }
    }
}
