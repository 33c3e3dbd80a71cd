package org.w3id.r2p.graph;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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
    void annotate(Graph g, Node body, Span span, Node motivation, Node document) {
        switch (level) {
            case FULL -> full(g, body, span, motivation, document);
            case COMPACT -> {
                if (annotated.add(new Evidenced(motivation, body, span.of(text)))) {
                    compact(g, body, span, motivation, document);
                }
            }
            case NONE -> { }
        }
    }

    private record Evidenced(Node motivation, Node body, String words) {}

    /** Four nodes, four types, fifteen triples. */
    private void full(Graph g, Node body, Span span, Node motivation, Node document) {
        String annotationIri = iris.annotation(documentId, span, body.getURI());
        Node quote = NodeFactory.createURI(annotationIri + "#quote");
        g.add(quote, RDF.Nodes.type, OA.TextQuoteSelector.asNode());
        g.add(quote, OA.exact.asNode(), Literals.string(span.of(text)));
        g.add(quote, OA.prefix.asNode(), Literals.string(text.substring(back(span.start()), span.start())));
        g.add(quote, OA.suffix.asNode(), Literals.string(text.substring(span.end(), forward(span.end()))));
        Node position = position(g, annotationIri, span);
        Node target = NodeFactory.createURI(annotationIri + "#target");
        g.add(target, RDF.Nodes.type, OA.SpecificResource.asNode());
        g.add(target, OA.hasSource.asNode(), document);
        g.add(target, OA.hasSelector.asNode(), quote);
        g.add(target, OA.hasSelector.asNode(), position);
        annotation(g, annotationIri, body, motivation, target);
    }

    /**
     * Three nodes, two types, ten triples. The target's type is left out because {@code oa:hasSource} and
     * {@code oa:hasSelector} already say it is an {@code oa:SpecificResource}, and the words ride on the
     * position selector, since they are the same words a quote selector would give.
     */
    private void compact(Graph g, Node body, Span span, Node motivation, Node document) {
        String annotationIri = iris.annotation(documentId, span, body.getURI());
        Node position = position(g, annotationIri, span);
        g.add(position, OA.exact.asNode(), Literals.string(span.of(text)));
        Node target = NodeFactory.createURI(annotationIri + "#target");
        g.add(target, OA.hasSource.asNode(), document);
        g.add(target, OA.hasSelector.asNode(), position);
        annotation(g, annotationIri, body, motivation, target);
    }

    private Node position(Graph g, String annotationIri, Span span) {
        Node position = NodeFactory.createURI(annotationIri + "#position");
        g.add(position, RDF.Nodes.type, OA.TextPositionSelector.asNode());
        g.add(position, OA.start.asNode(), Literals.position(codePoints(span.start())));
        g.add(position, OA.end.asNode(), Literals.position(codePoints(span.end())));
        return position;
    }

    private static void annotation(Graph g, String annotationIri, Node body, Node motivation, Node target) {
        Node annotation = NodeFactory.createURI(annotationIri);
        g.add(annotation, RDF.Nodes.type, OA.Annotation.asNode());
        g.add(annotation, OA.motivatedBy.asNode(), motivation);
        g.add(annotation, OA.hasBody.asNode(), body);
        g.add(annotation, OA.hasTarget.asNode(), target);
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
