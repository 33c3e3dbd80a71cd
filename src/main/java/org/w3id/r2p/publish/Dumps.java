package org.w3id.r2p.publish;

import java.io.OutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.riot.RDFWriter;
import org.w3id.r2p.graph.KnowledgeGraph;

/**
 * Writes a knowledge graph in one of the {@link DumpFormat}s.
 * <pre>
 *   Dumps.write(graph, DumpFormat.TURTLE, System.out);
 * </pre>
 */
public final class Dumps {
    private Dumps() {}

    public static void write(KnowledgeGraph graph, DumpFormat format, OutputStream out) {
        if (format.isQuads()) {
            RDFWriter.source(graph.namedGraphs()).format(format.rdfFormat()).output(out);
        } else {
            // A copy, so that the writer sees plain triples and the dump's prefixes.
            Graph union = GraphMemFactory.createDefaultGraph();
            graph.union().find().forEachRemaining(union::add);
            union.getPrefixMapping().setNsPrefixes(graph.prefixes().getMapping());
            RDFWriter.source(union).format(format.rdfFormat()).output(out);
        }
    }
}
