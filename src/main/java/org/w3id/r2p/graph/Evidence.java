package org.w3id.r2p.graph;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.vocab.OA;

/**
 * Evidence for extracted facts as W3C Web Annotations: an {@code oa:Annotation} whose body is the extracted
 * resource and whose target is the words of the document it rests on, given both as a quote (with some context)
 * and as a position. Positions count Unicode code points, as SPARQL's {@code SUBSTR} does, so that
 * {@code SUBSTR(?text, ?start + 1, ?end - ?start)} on the document's {@code r2p:text} gives {@code oa:exact}.
 */
final class Evidence {
    private static final int CONTEXT = 32;

    private final IriScheme iris;
    private final String documentId;
    private final String text;
    private final boolean basicPlaneOnly;

    Evidence(IriScheme iris, String documentId, String text) {
        this.iris = iris;
        this.documentId = documentId;
        this.text = text;
        this.basicPlaneOnly = text.length() == text.codePointCount(0, text.length());
    }

    /** Adds the annotation that ties {@code body} to the words at {@code span}. */
    void annotate(Model m, Resource body, Span span, Resource motivation, Resource document) {
        String annotationIri = iris.annotation(documentId, span, body.getURI());
        Resource quote = m.createResource(annotationIri + "#quote")
                .addProperty(RDF.type, OA.TextQuoteSelector)
                .addProperty(OA.exact, span.of(text))
                .addProperty(OA.prefix, text.substring(back(span.start()), span.start()))
                .addProperty(OA.suffix, text.substring(span.end(), forward(span.end())));
        Resource position = m.createResource(annotationIri + "#position")
                .addProperty(RDF.type, OA.TextPositionSelector)
                .addProperty(OA.start, m.createTypedLiteral(String.valueOf(codePoints(span.start())), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(OA.end, m.createTypedLiteral(String.valueOf(codePoints(span.end())), XSDDatatype.XSDnonNegativeInteger));
        Resource target = m.createResource(annotationIri + "#target")
                .addProperty(RDF.type, OA.SpecificResource)
                .addProperty(OA.hasSource, document)
                .addProperty(OA.hasSelector, quote)
                .addProperty(OA.hasSelector, position);
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
