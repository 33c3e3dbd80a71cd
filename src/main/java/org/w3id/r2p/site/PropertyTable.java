package org.w3id.r2p.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.nodes.Element;
import org.w3id.r2p.vocab.OA;
import org.w3id.r2p.vocab.R2P;

/**
 * A resource's description as tables grouped by property, one row per property with all its values, so that a
 * document with two hundred mentions is a dozen rows. A property with more than {@link #VALUES_SHOWN} values
 * shows that many and says how many more there are (all are in the RDF).
 */
final class PropertyTable {
    static final int VALUES_SHOWN = 100;
    private static final int LONG_TEXT = 300;

    private final Labels labels;

    PropertyTable(Labels labels) {
        this.labels = labels;
    }

    /** The resource's own properties but its types and, when shown below, its long text. */
    void own(Element main, Graph description, Node resource) {
        Map<Node, List<Node>> byProperty = group(description.find(resource, Node.ANY, Node.ANY).toList(),
                Triple::getObject);
        byProperty.remove(RDF.type.asNode());
        Element table = main.appendElement("table").addClass("properties");
        table.appendElement("tr").appendElement("th").text("property").parent().appendElement("th").text("value");
        byProperty.forEach((property, values) -> {
            Element row = table.appendElement("tr");
            labels.predicate(row.appendElement("td"), property);
            Element cell = row.appendElement("td");
            if (property.equals(R2P.text.asNode()) && values.size() == 1 && values.get(0).getLiteralLexicalForm().length() > LONG_TEXT) {
                cell.text("(the text, below)");
            } else {
                values(cell, values);
            }
        });
    }

    /** What points to the resource, by property; annotation plumbing left out. */
    void incoming(Element main, Graph description, Node resource) {
        List<Triple> in = description.find(Node.ANY, Node.ANY, resource).toList().stream()
                .filter(t -> !t.getPredicate().equals(OA.hasBody.asNode()) && !t.getPredicate().equals(OA.hasSource.asNode()))
                .toList();
        if (in.isEmpty()) {
            return;
        }
        main.appendElement("h2").text("Referred to by");
        Element table = main.appendElement("table").addClass("properties");
        group(in, Triple::getSubject).forEach((property, subjects) -> {
            Element row = table.appendElement("tr");
            Element by = row.appendElement("td");
            by.appendText("as ");
            labels.predicate(by, property);
            values(row.appendElement("td"), subjects);
        });
    }

    private void values(Element cell, List<Node> values) {
        if (values.size() == 1) {
            labels.value(cell, values.get(0));
            return;
        }
        Element list = cell.appendElement("ul").addClass("values");
        values.stream().limit(VALUES_SHOWN).forEach(v -> labels.value(list.appendElement("li"), v));
        if (values.size() > VALUES_SHOWN) {
            cell.appendElement("p").addClass("more").text("and " + (values.size() - VALUES_SHOWN) + " more (every one is in the RDF)");
        }
    }

    /** Values by property, properties in IRI order and values by label, so pages are the same on every request. */
    private Map<Node, List<Node>> group(List<Triple> triples, Function<Triple, Node> value) {
        Map<Node, List<Node>> byProperty = new TreeMap<>(Comparator.comparing(Node::getURI));
        for (Triple t : triples) {
            byProperty.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(value.apply(t));
        }
        byProperty.replaceAll((p, values) -> values.stream().sorted(Comparator.comparing((Node v) -> labels.of(v))
                .thenComparing((Node v) -> v.toString())).toList());
        return byProperty;
    }
}
