package org.w3id.r2p.publish;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.r2p.graph.KnowledgeGraph;

/**
 * Writes a knowledge graph in one of the {@link DumpFormat}s. The same graph always gives the same bytes: the
 * graph has no blank nodes, prefixes are fixed, and N-Triples and N-Quads are written in sorted order (so that
 * two dumps can also be compared with {@code diff}).
 * <pre>
 *   Dumps.write(graph, DumpFormat.TURTLE, System.out);
 * </pre>
 */
public final class Dumps {
    private Dumps() {}

    public static void write(KnowledgeGraph graph, DumpFormat format, OutputStream out) {
        write(graph.namedGraphs(), graph.prefixes(), format, out);
    }

    /** Writes named graphs (for a TDB2 store, call inside a read transaction). */
    public static void write(DatasetGraph namedGraphs, PrefixMap prefixes, DumpFormat format, OutputStream out) {
        switch (format) {
            case NTRIPLES -> writeSorted(namedGraphs.getUnionGraph(), out);
            case NQUADS -> writeSortedQuads(namedGraphs, out);
            case TRIG -> RDFWriter.source(namedGraphs).format(format.rdfFormat()).output(out);
            case TURTLE, JSONLD -> RDFWriter.source(union(namedGraphs, prefixes)).format(format.rdfFormat()).output(out);
        }
    }

    /** A copy of the union, so that the writer sees plain triples and the dump's prefixes. */
    private static Graph union(DatasetGraph namedGraphs, PrefixMap prefixes) {
        Graph union = GraphMemFactory.createDefaultGraph();
        namedGraphs.getUnionGraph().find().forEachRemaining(union::add);
        union.getPrefixMapping().setNsPrefixes(prefixes.getMapping());
        return union;
    }

    private static void writeSorted(Graph graph, OutputStream out) {
        List<Keyed<Triple>> triples = new ArrayList<>();
        graph.find().forEachRemaining(t -> triples.add(new Keyed<>(key(t.getSubject(), t.getPredicate(), t.getObject()), t)));
        triples.sort(null);
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, DumpFormat.NTRIPLES.rdfFormat());
        stream.start();
        triples.forEach(t -> stream.triple(t.value()));
        stream.finish();
    }

    private static void writeSortedQuads(DatasetGraph namedGraphs, OutputStream out) {
        List<Keyed<Quad>> quads = new ArrayList<>();
        namedGraphs.find().forEachRemaining(q -> quads.add(new Keyed<>(
                key(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()), q)));
        quads.sort(null);
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, DumpFormat.NQUADS.rdfFormat());
        stream.start();
        quads.forEach(q -> stream.quad(q.value()));
        stream.finish();
    }

    /** The terms in N-Triples form, computed once per triple rather than once per comparison. */
    private static String key(Node... terms) {
        StringBuilder key = new StringBuilder();
        for (Node term : terms) {
            key.append(NodeFmtLib.strNT(term)).append(' ');
        }
        return key.toString();
    }

    private record Keyed<T>(String key, T value) implements Comparable<Keyed<T>> {
        @Override
        public int compareTo(Keyed<T> other) {
            return key.compareTo(other.key);
        }
    }
}
