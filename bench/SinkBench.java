import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.r2p.corpus.CorpusFolder;
import org.w3id.r2p.graph.DocumentSplit;
import org.w3id.r2p.graph.EvidenceLevel;
import org.w3id.r2p.graph.GraphSink;
import org.w3id.r2p.graph.GraphValidator;
import org.w3id.r2p.graph.IriScheme;
import org.w3id.r2p.graph.Prefixes;
import org.w3id.r2p.graph.Progress;
import org.w3id.r2p.graph.StreamingBuilder;
import org.w3id.r2p.graph.StreamingValidation;
import org.w3id.r2p.link.EntityTable;
import org.w3id.r2p.publish.DumpFormat;
import org.w3id.r2p.publish.DumpWriter;

/**
 * What an export's main thread does with the document graphs, alone and on one thread, in CPU seconds of that
 * thread: the graphs of a corpus are built once and held, then given round after round to the split of each
 * document's own triples from the shared ones, to validation (which splits too) and to the N-Triples writer
 * (which splits too) writing to nowhere. Later rounds show the cost once the JIT has warmed up.
 * <pre>
 *   java -cp target/r2p-kg.jar bench/SinkBench.java CORPUS_DIR [ROUNDS]
 * </pre>
 */
public class SinkBench {
    private record Named(Node name, Graph graph) {}

    public static void main(String[] args) throws Exception {
        IriScheme iris = IriScheme.standard();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        List<Named> graphs = new ArrayList<>();
        new StreamingBuilder(iris, EntityTable.standard(), EvidenceLevel.COMPACT, 2, Progress.NONE,
                StreamingBuilder.Listener.SILENT).build(CorpusFolder.open(Path.of(args[0])), new GraphSink() {
            @Override
            public void graph(Node name, Graph graph) {
                graphs.add(new Named(name, graph));
            }

            @Override
            public void finish() {
            }

            @Override
            public boolean dependsOnTripleOrder() {
                return false; // the export's own choice: graphs kept subject by subject
            }
        });
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            for (String stage : List.of("split", "validate", "write")) {
                long before = threads.getCurrentThreadCpuTime();
                DocumentSplit split = new DocumentSplit(iris);
                GraphSink sink = switch (stage) {
                    case "split" -> new GraphSink() {
                        @Override
                        public void graph(Node name, Graph graph) {
                            split.own(name, graph);
                        }

                        @Override
                        public void finish() {
                        }
                    };
                    case "validate" -> new StreamingValidation(GraphValidator.standard(), split);
                    default -> new DumpWriter(DumpFormat.NTRIPLES, split, Prefixes.of(iris), OutputStream.nullOutputStream());
                };
                graphs.forEach(named -> sink.graph(named.name(), named.graph()));
                sink.finish();
                System.out.printf("round %d: %d graphs, %s %.3f CPU-s%n", round, graphs.size(), stage,
                        (threads.getCurrentThreadCpuTime() - before) / 1e9);
            }
        }
    }
}
