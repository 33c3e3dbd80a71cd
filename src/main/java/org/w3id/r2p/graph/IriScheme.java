package org.w3id.r2p.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIs;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.EventFinding;

/**
 * Mints every IRI of the dataset under one base ({@code https://w3id.org/r2p/} unless configured):
 * <pre>
 *   id/document/{file name without extension}      id/state/{ISO 3166-1 alpha-3}
 *   id/person/{slug}  id/organization/{slug}  id/mechanism/{slug}  id/network/{slug}
 *   id/event/{date}-{kind}                          id/statement/{document}-{speaker}-{hash of its words}
 *   id/un-document/{symbol with / as -}             graph/{file name without extension}
 *   id/annotation/{document}-{start}-{end}-{hash of the annotated resource}
 * </pre>
 * Nothing depends on the order of documents or on other documents, so adding a document changes no IRI.
 */
public final class IriScheme {
    public static final String DEFAULT_BASE = "https://w3id.org/r2p/";

    private final String base;

    public IriScheme(String base) {
        String withSlash = base.endsWith("/") ? base : base + "/";
        if (!IRIs.check(withSlash) || !withSlash.matches("(?i)https?://.+")) {
            throw new IllegalArgumentException("Not an absolute http(s) IRI: " + base);
        }
        this.base = withSlash;
    }

    public static IriScheme standard() {
        return new IriScheme(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    public String idBase() {
        return base + "id/";
    }

    public String document(String documentId) {
        return idBase() + "document/" + segment(documentId);
    }

    public String graph(String documentId) {
        return base + "graph/" + segment(documentId);
    }

    public String ontologyGraph() {
        return base + "graph/ontology";
    }

    /** The named graph holding the concept scheme of topics. */
    public String topicsGraph() {
        return base + "graph/topics";
    }

    public String entity(EntityRef ref) {
        String local = ref.kind() == EntityKind.STATE ? ref.key() : Slugs.slug(ref.key());
        return idBase() + ref.kind().segment() + "/" + local;
    }

    public String statement(String documentId, EntityRef speaker, String text) {
        String speakerPart = speaker.kind() == EntityKind.STATE ? speaker.key().toLowerCase() : Slugs.slug(speaker.key());
        return idBase() + "statement/" + segment(documentId) + "-" + speakerPart + "-" + Hashes.sha256Hex(text, 4);
    }

    public String event(EventFinding event) {
        return idBase() + "event/" + event.date() + "-" + event.kind();
    }

    public String unDocument(String symbol) {
        return idBase() + "un-document/" + symbol.replace('/', '-');
    }

    /** The evidence of {@code body} at {@code span} of a document; its target and selectors are fragments of it. */
    public String annotation(String documentId, Span span, String body) {
        return idBase() + "annotation/" + segment(documentId) + "-" + span.start() + "-" + span.end() + "-"
                + Hashes.sha256Hex(body, 4);
    }

    public String software() {
        return idBase() + "software/r2p-kg";
    }

    public String extraction(String version) {
        return idBase() + "activity/extraction-" + Slugs.slug(version);
    }

    /**
     * Whether a subject belongs to one document (the document, its graph, its statements and their evidence)
     * rather than being described alike by every document that refers to it (States, persons, organizations,
     * events, cited UN documents, the extraction). Only shared subjects can recur across documents' graphs.
     */
    public boolean isDocumentScoped(Node subject) {
        if (!subject.isURI()) {
            return false;
        }
        String iri = subject.getURI();
        return iri.startsWith(base + "graph/") || iri.startsWith(idBase() + "document/")
                || iri.startsWith(idBase() + "statement/") || iri.startsWith(idBase() + "annotation/");
    }

    /** File names are kept as they are where they are safe in a path, else slugged. */
    private static String segment(String documentId) {
        return documentId.matches("[A-Za-z0-9._~-]+") ? documentId : Slugs.slug(documentId);
    }
}
