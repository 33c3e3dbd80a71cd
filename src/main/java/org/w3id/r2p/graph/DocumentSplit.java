package org.w3id.r2p.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Splits each named graph of a build once into its document's own triples and the shared ones
 * ({@link IriScheme#splitDocumentScoped}), for every sink that needs the split: validation and the union dumps.
 * The shared triples, which every document repeats, are gathered into one set for all of them instead of one set
 * each. Sinks given the same instance see the same graphs in the same order ({@link GraphSink#both}), so the split
 * of the graph seen last is kept for the next sink that asks.
 * <pre>
 *   DocumentSplit split = new DocumentSplit(IriScheme.standard());
 *   GraphSink sink = GraphSink.both(new StreamingValidation(GraphValidator.standard(), split),
 *           new DumpWriter(DumpFormat.NTRIPLES, split, prefixes, out));
 * </pre>
 */
public final class DocumentSplit {
    private final IriScheme iris;
    private final Set<Triple> shared = new HashSet<>();
    private Node lastName;
    private Graph lastGraph;
    private List<Triple> lastOwn;

    public DocumentSplit(IriScheme iris) {
        this.iris = iris;
    }

    public IriScheme iris() {
        return iris;
    }

    /**
     * The triples of the graph about its document's own subjects, subject by subject, in the graph's order (none
     * unless it is a document's graph); the first call for a graph adds its other triples to {@link #shared()}.
     */
    public List<Triple> own(Node name, Graph graph) {
        if (name != lastName || graph != lastGraph) {
            List<Triple> own = new ArrayList<>();
            iris.splitDocumentScoped(name, graph, own::add, shared::add);
            lastName = name;
            lastGraph = graph;
            lastOwn = Collections.unmodifiableList(own);
        }
        return lastOwn;
    }

    /** The triples about shared subjects of every graph split so far, once each. */
    public Set<Triple> shared() {
        return Collections.unmodifiableSet(shared);
    }
}
