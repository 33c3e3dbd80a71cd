package org.w3id.r2p.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.r2p.extract.Pillar;
import org.w3id.r2p.extract.StatementFinding;
import org.w3id.r2p.vocab.R2P;

/** The triples that describe a statement found in a document, and the pillars statements and documents address. */
final class StatementTriples {
    private final IriScheme iris;
    private final EntityTriples entities;

    StatementTriples(IriScheme iris, EntityTriples entities) {
        this.iris = iris;
        this.entities = entities;
    }

    /** A statement: who said it, where and when, its label and excerpt, and what it is about. */
    Node statement(Graph g, StatementFinding finding, Node doc, Node event, StatementLabels labels) {
        String iri = labels.iriOf(iris, finding);
        Node s = NodeFactory.createURI(iri);
        g.add(s, RDF.Nodes.type, R2P.Statement.asNode());
        g.add(s, RDFS.Nodes.label, Literals.english(labels.label(iri)));
        g.add(s, R2P.excerpt.asNode(), Literals.string(StatementLabels.excerpt(finding.text())));
        g.add(s, R2P.speaker.asNode(), entities.entity(finding.speaker()));
        g.add(s, R2P.source.asNode(), doc);
        g.add(s, R2P.text.asNode(), Literals.string(finding.text()));
        if (event != null) {
            g.add(s, R2P.event.asNode(), event);
        }
        finding.pillars().forEach(p -> g.add(s, R2P.pillar.asNode(), pillar(p).asNode()));
        finding.mechanisms().forEach(mech -> g.add(s, R2P.mechanism.asNode(), entities.entity(mech)));
        if (finding.onBehalfOf() != null) {
            g.add(s, R2P.onBehalfOf.asNode(), entities.entity(finding.onBehalfOf()));
        }
        if (finding.deliveredBy() != null) {
            g.add(s, R2P.deliveredBy.asNode(), entities.entity(finding.deliveredBy()));
        }
        finding.languages().forEach(code -> g.add(s, DCTerms.language.asNode(), Literals.string(code)));
        finding.topics().forEach(topic -> g.add(s, R2P.topic.asNode(), NodeFactory.createURI(topic)));
        return s;
    }

    static Resource pillar(Pillar pillar) {
        return switch (pillar) {
            case ONE -> R2P.PillarOne;
            case TWO -> R2P.PillarTwo;
            case THREE -> R2P.PillarThree;
        };
    }
}
