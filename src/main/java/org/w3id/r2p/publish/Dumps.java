package org.w3id.r2p.publish;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.r2p.graph.IriScheme;
import org.w3id.r2p.graph.KnowledgeGraph;

/**
 * Writes a knowledge graph in one of the {@link DumpFormat}s. The same graph always gives the same bytes, the same
 * as a streaming {@code export} of its corpus: the graph has no blank nodes, prefixes are fixed, and the order is
 * the one {@link DumpWriter} gives.
 * <pre>
 *   Dumps.write(graph, DumpFormat.TURTLE, System.out);
 * </pre>
 */
public final class Dumps {
    private Dumps() {}

    public static void write(KnowledgeGraph graph, DumpFormat format, OutputStream out) {
        write(graph.namedGraphs(), graph.prefixes(), graph.iris(), format, out);
    }

    /** Writes named graphs (for a TDB2 store, call inside a read transaction). */
    public static void write(DatasetGraph namedGraphs, PrefixMap prefixes, IriScheme iris, DumpFormat format,
                             OutputStream out) {
        List<Node> names = new ArrayList<>();
        namedGraphs.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(Node::getURI));
        DumpWriter writer = new DumpWriter(format, iris, prefixes, out);
        names.forEach(name -> writer.graph(name, namedGraphs.getGraph(name)));
        writer.finish();
    }
}
