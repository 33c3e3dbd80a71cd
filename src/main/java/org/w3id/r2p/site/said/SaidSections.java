package org.w3id.r2p.site.said;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.nodes.Element;
import org.w3id.r2p.site.chart.SpeakerCharts;
import org.w3id.r2p.vocab.R2P;

/**
 * What a page leads with, before its triples: for a speaker (State, person, organization, network, group) what it
 * said, charted and grouped by event, then the documents that mention it; for an event, its speakers in the order
 * they spoke; for a mechanism or topic, the statements that name it. Which sections a page gets follows from the
 * data (does anyone say, name or mention it), not from its type, so a kind of speaker added later is covered.
 * <pre>
 *   SaidSections.append(main, new SiteView(site.union(), site::pathOf), resource);
 * </pre>
 */
public final class SaidSections {
    private SaidSections() {}

    public static void append(Element main, SiteView view, Node resource) {
        String name = view.label(resource);
        List<StatementRow> said = StatementQueries.madeBy(view, resource);
        if (!said.isEmpty()) {
            Element section = main.appendElement("section").addClass("said");
            section.appendElement("h2").text("What " + name + " said");
            SpeakerCharts.append(section, view.union(), resource, name);
            new StatementGroups(view).append(section, said);
        }
        if (view.union().contains(resource, RDF.type.asNode(), R2P.Event.asNode())) {
            EventSpeakers.append(main, view, resource);
        }
        List<StatementRow> naming = StatementQueries.naming(view, resource);
        if (!naming.isEmpty()) {
            Element section = main.appendElement("section").addClass("naming");
            section.appendElement("h2").text("Statements that name " + name);
            new StatementGroups(view).append(section, naming);
        }
        MentioningDocuments.append(main, view, resource);
    }
}
