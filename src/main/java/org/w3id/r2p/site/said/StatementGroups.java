package org.w3id.r2p.site.said;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.jsoup.nodes.Element;
import org.w3id.r2p.vocab.R2P;

/**
 * Statements grouped by event (or by document when no event is known), one table per group: for each statement
 * its date, a link named by its label, its excerpt, the pillars, topics and mechanisms it names, and a link to
 * the words it rests on in its document.
 */
final class StatementGroups {
    private final SiteView view;

    StatementGroups(SiteView view) {
        this.view = view;
    }

    void append(Element section, List<StatementRow> rows) {
        Node setting = null;
        Element table = null;
        for (StatementRow row : rows) {
            if (table == null || !Objects.equals(setting, row.setting())) {
                setting = row.setting();
                Element heading = section.appendElement("h3").addClass("said-setting");
                if (row.event() == null) {
                    heading.appendText("In ");
                }
                view.link(heading, setting);
                table = section.appendElement("table").addClass("said");
            }
            row(table.appendElement("tr").addClass("statement"), row);
        }
    }

    private void row(Element tr, StatementRow row) {
        tr.appendElement("td").addClass("date").text(row.when() != null ? SiteView.date(row.when()) : "undated");
        Element what = tr.appendElement("td");
        view.link(what, row.statement(), row.label() != null ? row.label() : view.label(row.statement()))
                .addClass("statement-link");
        if (row.excerpt() != null) {
            what.appendElement("p").addClass("excerpt").text(row.excerpt());
        }
        Element named = what.appendElement("p").addClass("named");
        named(named, row.statement(), R2P.pillar.asNode(), "Pillars");
        named(named, row.statement(), R2P.topic.asNode(), "Topics");
        named(named, row.statement(), R2P.mechanism.asNode(), "Mechanisms");
        if (named.childNodeSize() == 0) {
            named.remove();
        }
        Element where = tr.appendElement("td").addClass("evidence");
        if (row.evidence() != null) {
            view.link(where, row.evidence(), "the words").after(" in ");
        }
        // The document's title is often a sentence long: named in full in the tooltip, not in every row.
        view.link(where, row.document(), "the document").attr("title", view.label(row.document()));
    }

    private void named(Element line, Node statement, Node property, String what) {
        List<Node> objects = view.union().find(statement, property, Node.ANY).mapWith(Triple::getObject)
                .filterKeep(Node::isURI).toList().stream()
                .sorted(Comparator.comparing(view::label).thenComparing(Node::getURI)).toList();
        if (objects.isEmpty()) {
            return;
        }
        if (line.childNodeSize() > 0) {
            line.appendText(" · ");
        }
        Element span = line.appendElement("span").addClass("named-" + what.toLowerCase(Locale.ROOT));
        span.appendText(what + ": ");
        for (int i = 0; i < objects.size(); i++) {
            if (i > 0) {
                span.appendText(", ");
            }
            view.link(span, objects.get(i));
        }
    }
}
