package org.w3id.r2p.graph;

import org.apache.jena.rdf.model.Model;
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
    Resource statement(Model m, StatementFinding finding, Resource doc, Resource event, StatementLabels labels) {
        String iri = StatementLabels.iri(iris, finding);
        Resource s = m.createResource(iri)
                .addProperty(RDF.type, R2P.Statement)
                .addProperty(RDFS.label, m.createLiteral(labels.label(iri), "en"))
                .addProperty(R2P.excerpt, StatementLabels.excerpt(finding.text()))
                .addProperty(R2P.speaker, entities.entity(m, finding.speaker()))
                .addProperty(R2P.source, doc)
                .addProperty(R2P.text, finding.text());
        if (event != null) {
            s.addProperty(R2P.event, event);
        }
        finding.pillars().forEach(p -> s.addProperty(R2P.pillar, pillar(p)));
        finding.mechanisms().forEach(mech -> s.addProperty(R2P.mechanism, entities.entity(m, mech)));
        if (finding.onBehalfOf() != null) {
            s.addProperty(R2P.onBehalfOf, entities.entity(m, finding.onBehalfOf()));
        }
        if (finding.deliveredBy() != null) {
            s.addProperty(R2P.deliveredBy, entities.entity(m, finding.deliveredBy()));
        }
        finding.languages().forEach(code -> s.addProperty(DCTerms.language, code));
        finding.topics().forEach(topic -> s.addProperty(R2P.topic, m.createResource(topic)));
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
