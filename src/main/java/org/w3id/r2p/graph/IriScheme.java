package org.w3id.r2p.graph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
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
    private static final Pattern HTTP = Pattern.compile("(?i)https?://.+");
    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9._~-]+");
    /** Slugs and hashes kept for reuse; past this many a cache starts again, so a long-running process stays bounded. */
    private static final int MAX_CACHED = 100_000;
    /**
     * The kinds of subject under {@code id/} that belong to one document (besides its graph). An array, not a list:
     * tested for every subject of every document's graph, without an iterator each time.
     */
    private static final String[] DOCUMENT_SCOPED_KINDS = {"document/", "statement/", "annotation/"};
    private static final String ID_SEGMENT = "id/";
    private static final String GRAPH_SEGMENT = "graph/";

    private final String base;
    private final String idBase;
    private final String graphBase;
    /** Every mention of an entity mints its IRI, and a name is slugged the same way each time. */
    private final Map<String, String> slugs = new ConcurrentHashMap<>();
    /**
     * Every mention of an entity is evidenced with a hash of the entity's IRI, the same each time; a statement's
     * IRI, evidenced once, is hashed without being kept.
     */
    private final Map<String, String> bodyHashes = new ConcurrentHashMap<>();

    public IriScheme(String base) {
        String withSlash = base.endsWith("/") ? base : base + "/";
        if (!IRIs.check(withSlash) || !HTTP.matcher(withSlash).matches()) {
            throw new IllegalArgumentException("Not an absolute http(s) IRI: " + base);
        }
        this.base = withSlash;
        this.idBase = withSlash + ID_SEGMENT;
        this.graphBase = withSlash + GRAPH_SEGMENT;
    }

    public static IriScheme standard() {
        return new IriScheme(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    public String idBase() {
        return idBase;
    }

    public String document(String documentId) {
        return idBase() + "document/" + segment(documentId);
    }

    public String graph(String documentId) {
        return graphBase + segment(documentId);
    }

    public String ontologyGraph() {
        return base + "graph/ontology";
    }

    /** The named graph holding the concept scheme of topics. */
    public String topicsGraph() {
        return base + "graph/topics";
    }

    public String entity(EntityRef ref) {
        String local = ref.kind() == EntityKind.STATE ? ref.key() : slug(ref.key());
        return idBase() + ref.kind().segment() + "/" + local;
    }

    public String statement(String documentId, EntityRef speaker, String text) {
        String speakerPart = speaker.kind() == EntityKind.STATE ? speaker.key().toLowerCase() : slug(speaker.key());
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
                + (isDocumentScoped(body) ? Hashes.sha256Hex(body, 4) : cached(bodyHashes, body, b -> Hashes.sha256Hex(b, 4)));
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
        return subject.isURI() && isDocumentScoped(subject.getURI());
    }

    private boolean isDocumentScoped(String iri) {
        // The base is compared once for both the graphs' IRIs and the ids'.
        if (!iri.startsWith(base)) {
            return false;
        }
        if (iri.startsWith(GRAPH_SEGMENT, base.length())) {
            return true;
        }
        if (!iri.startsWith(ID_SEGMENT, base.length())) {
            return false;
        }
        for (String segment : DOCUMENT_SCOPED_KINDS) {
            if (iri.startsWith(segment, idBase.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hands each triple of a named graph to {@code own} when the graph is a document's and the triple is about one of
     * the document's own subjects ({@link #isDocumentScoped}), else to {@code shared}. A graph gives its triples
     * subject by subject, so a subject is tested once for all its triples, not once for each.
     */
    public void splitDocumentScoped(Node graphName, Graph graph, Consumer<Triple> own, Consumer<Triple> shared) {
        boolean document = isDocumentScoped(graphName);
        // forEachRemaining: Jena's graphs hand their triples on without an iterator's checks for each one.
        graph.find().forEachRemaining(new Consumer<>() {
            private Node subject;
            private boolean scoped;

            @Override
            public void accept(Triple t) {
                if (t.getSubject() != subject) {
                    subject = t.getSubject();
                    scoped = document && isDocumentScoped(subject);
                }
                (scoped ? own : shared).accept(t);
            }
        });
    }

    /** File names are kept as they are where they are safe in a path, else slugged. */
    private String segment(String documentId) {
        return SAFE_SEGMENT.matcher(documentId).matches() ? documentId : slug(documentId);
    }

    private String slug(String name) {
        return cached(slugs, name, Slugs::slug);
    }

    private static String cached(Map<String, String> cache, String key, UnaryOperator<String> make) {
        String cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        String made = make.apply(key);
        cache.put(key, made);
        return made;
    }
}
