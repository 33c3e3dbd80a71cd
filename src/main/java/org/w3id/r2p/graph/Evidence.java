package org.w3id.r2p.graph;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.vocab.OA;

/**
 * Evidence for extracted facts as W3C Web Annotations: an {@code oa:Annotation} whose body is the extracted
 * resource and whose target is the words of the document it rests on, given as a position (and, at
 * {@link EvidenceLevel#FULL}, also as a quote with some context). Positions count Unicode code points, as
 * SPARQL's {@code SUBSTR} does, so that {@code SUBSTR(?text, ?start + 1, ?end - ?start)} on the document's
 * {@code r2p:text} gives {@code oa:exact}. One instance serves one document; {@link EvidenceLevel#COMPACT}
 * relies on being called in text order, so that the annotation kept for a repeated fact is its first.
 */
final class Evidence {
    private static final int CONTEXT = 32;

    private final IriScheme iris;
    private final String documentId;
    private final String text;
    private final EvidenceLevel level;
    private final boolean basicPlaneOnly;
    /** At the compact level, the facts already evidenced: motivation, body and words. */
    private final Set<Evidenced> annotated = new HashSet<>();

    Evidence(IriScheme iris, String documentId, String text, EvidenceLevel level) {
        this.iris = iris;
        this.documentId = documentId;
        this.text = text;
        this.level = level;
        this.basicPlaneOnly = text.length() == text.codePointCount(0, text.length());
    }

    /** Adds the annotation that ties {@code body} to the words at {@code span}, as much as the level asks. */
    void annotate(Model m, Resource body, Span span, Resource motivation, Resource document) {
        switch (level) {
            case FULL -> full(m, body, span, motivation, document);
            case COMPACT -> {
                if (annotated.add(new Evidenced(motivation.getURI(), body.getURI(), span.of(text)))) {
                    compact(m, body, span, motivation, document);
                }
            }
            case NONE -> { }
        }
    }

    private record Evidenced(String motivation, String body, String words) {}

    /** Four nodes, four types, fifteen triples. */
    private void full(Model m, Resource body, Span span, Resource motivation, Resource document) {
        String annotationIri = iris.annotation(documentId, span, body.getURI());
        Resource quote = m.createResource(annotationIri + "#quote")
                .addProperty(RDF.type, OA.TextQuoteSelector)
                .addProperty(OA.exact, span.of(text))
                .addProperty(OA.prefix, text.substring(back(span.start()), span.start()))
                .addProperty(OA.suffix, text.substring(span.end(), forward(span.end())));
        Resource position = position(m, annotationIri, span);
        Resource target = m.createResource(annotationIri + "#target")
                .addProperty(RDF.type, OA.SpecificResource)
                .addProperty(OA.hasSource, document)
                .addProperty(OA.hasSelector, quote)
                .addProperty(OA.hasSelector, position);
        annotation(m, annotationIri, body, motivation, target);
    }

    /**
     * Three nodes, two types, ten triples. The target's type is left out because {@code oa:hasSource} and
     * {@code oa:hasSelector} already say it is an {@code oa:SpecificResource}, and the words ride on the
     * position selector, since they are the same words a quote selector would give.
     */
    private void compact(Model m, Resource body, Span span, Resource motivation, Resource document) {
        String annotationIri = iris.annotation(documentId, span, body.getURI());
        Resource position = position(m, annotationIri, span).addProperty(OA.exact, span.of(text));
        Resource target = m.createResource(annotationIri + "#target")
                .addProperty(OA.hasSource, document)
                .addProperty(OA.hasSelector, position);
        annotation(m, annotationIri, body, motivation, target);
    }

    private Resource position(Model m, String annotationIri, Span span) {
        return m.createResource(annotationIri + "#position")
                .addProperty(RDF.type, OA.TextPositionSelector)
                .addProperty(OA.start, m.createTypedLiteral(String.valueOf(codePoints(span.start())), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(OA.end, m.createTypedLiteral(String.valueOf(codePoints(span.end())), XSDDatatype.XSDnonNegativeInteger));
    }

    private static void annotation(Model m, String annotationIri, Resource body, Resource motivation, Resource target) {
        m.createResource(annotationIri)
                .addProperty(RDF.type, OA.Annotation)
                .addProperty(OA.motivatedBy, motivation)
                .addProperty(OA.hasBody, body)
                .addProperty(OA.hasTarget, target);
    }

    private int codePoints(int index) {
        return basicPlaneOnly ? index : text.codePointCount(0, index);
    }

    private int back(int index) {
        int from = index;
        for (int i = 0; i < CONTEXT && from > 0; i++) {
            from = text.offsetByCodePoints(from, -1);
        }
        return from;
    }

    private int forward(int index) {
        int to = index;
        for (int i = 0; i < CONTEXT && to < text.length(); i++) {
            to = text.offsetByCodePoints(to, 1);
        }
        return to;
    }
}
