package org.w3id.r2p.site;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.jsoup.nodes.Element;

/** Names and links for the resources on a page: labels where the data has them, prefixed names otherwise. */
final class Labels {
    /** Where a resource's name is found when the page's description has no rdfs:label for it. */
    private static final List<Node> LABELLING = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode());

    private final Site site;
    private final Graph description;

    Labels(Site site, Graph description) {
        this.site = site;
        this.description = description;
    }

    String of(Node node) {
        if (!node.isURI()) {
            return node.toString();
        }
        var label = description.find(node, RDFS.label.asNode(), Node.ANY);
        if (label.hasNext()) {
            return label.next().getObject().getLiteralLexicalForm();
        }
        for (Node labelling : LABELLING) {
            var known = site.union().find(node, labelling, Node.ANY);
            if (known.hasNext()) {
                return known.next().getObject().getLiteralLexicalForm();
            }
        }
        String prefixed = site.prefixes().abbreviate(node.getURI());
        return prefixed != null ? prefixed : node.getURI();
    }

    /**
     * A link to the resource: to its page here when it is under the base, else to the IRI itself if it is an
     * http(s) IRI; any other IRI is text.
     */
    Element link(Element parent, Node node) {
        String path = site.pathOf(node.getURI());
        if (path == null && !Pages.isWebLink(node.getURI())) {
            return parent.appendElement("span").text(of(node));
        }
        Element a = parent.appendElement("a").attr("href", path != null ? path : node.getURI()).text(of(node));
        if (path == null) {
            a.attr("rel", "nofollow");
        }
        return a;
    }

    /** A property by its label in the ontology where it has one (its prefixed name otherwise), the IRI on hover. */
    void predicate(Element cell, Node predicate) {
        if (!Pages.isWebLink(predicate.getURI())) {
            cell.appendElement("span").attr("title", predicate.getURI()).text(of(predicate));
            return;
        }
        String path = site.pathOf(predicate.getURI());
        cell.appendElement("a").attr("href", path != null ? path : predicate.getURI()).attr("title", predicate.getURI())
                .text(of(predicate));
    }

    void value(Element cell, Node value) {
        if (value.isURI()) {
            link(cell, value);
        } else if (value.isLiteral()) {
            cell.text(value.getLiteralLexicalForm());
            if (!value.getLiteralLanguage().isEmpty()) {
                cell.appendElement("small").text(" @" + value.getLiteralLanguage());
            }
        } else {
            cell.text(value.toString());
        }
    }
}
