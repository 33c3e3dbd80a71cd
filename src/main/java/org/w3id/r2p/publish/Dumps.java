package org.w3id.r2p.publish;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
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
        write(graph.namedGraphs(), graph.union(), graph.prefixes(), format, out);
    }

    /**
     * Writes named graphs and their union (for a TDB2 store, call inside a read transaction).
     *
     * @param union all triples of the named graphs, as one graph
     */
    public static void write(DatasetGraph namedGraphs, Graph union, PrefixMap prefixes, DumpFormat format,
                             OutputStream out) {
        switch (format) {
            case NTRIPLES -> writeSorted(union, out);
            case NQUADS -> writeSortedQuads(namedGraphs, out);
            case TRIG -> RDFWriter.source(namedGraphs).format(format.rdfFormat()).output(out);
            case TURTLE, JSONLD -> RDFWriter.source(withPrefixes(union, prefixes)).format(format.rdfFormat()).output(out);
        }
    }

    /** The union with the dump's prefixes, which the writer takes from the graph; the triples are not copied. */
    private static Graph withPrefixes(Graph union, PrefixMap prefixes) {
        Graph view = new WrappedGraph(union) {
            private final PrefixMapping mapping = PrefixMapping.Factory.create().setNsPrefixes(prefixes.getMapping()).lock();

            @Override
            public PrefixMapping getPrefixMapping() {
                return mapping;
            }
        };
        return view;
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
