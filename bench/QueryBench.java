import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.r2p.publish.SparqlServer;
import org.w3id.r2p.search.SearchIndex;

/**
 * CPU time of SPARQL queries on the dataset as {@code serve} builds it and as standalone Fuseki's
 * {@code --file} builds it, without HTTP, so that a shared machine does not blur the comparison:
 * <pre>
 *   java -jar target/r2p-kg.jar export --corpus DIR --format nquads --no-validate --output dump.nq
 *   java -Xmx6g -cp target/r2p-kg.jar bench/QueryBench.java dump.nq 2 served sparql-examples/01-*.rq ...
 *   java -Xmx6g -cp target/r2p-kg.jar bench/QueryBench.java dump.nq 2 fuseki sparql-examples/01-*.rq ...
 * </pre>
 * {@code served}: one in-memory graph holding every triple as the default graph, beside one graph per document
 * ({@code KnowledgeGraph.forQuery}); {@code roaring}: the same with the union in a {@code GraphMem2Roaring};
 * {@code text}: as {@code serve} has it, {@code served} with the text index ({@code SearchIndex.inMemory});
 * {@code serve}: {@code text} with the query settings {@code SparqlServer} gives a dataset (a timeout, of an
 * hour so that a busy machine does not stop a run; REGEX that the timeout stops; a one-row VALUES as BIND), as for
 * {@code serve --tdb}: Jena's own executor;
 * {@code fuseki}: every triple in the default graph of Jena's transactional
 * in-memory dataset. Prints, per query, the rows and the best and mean CPU milliseconds of ROUNDS runs after one
 * warm-up run.
 */
public class QueryBench {
    public static void main(String[] args) throws Exception {
        DatasetGraph quads = RDFParser.source(args[0]).toDatasetGraph();
        int rounds = Integer.parseInt(args[1]);
        DatasetGraph dataset = switch (args[2]) {
            case "served" -> served(quads, GraphMemFactory.createDefaultGraph());
            case "roaring" -> served(quads, GraphMemFactory.createGraphMem2Roaring());
            case "text" -> withIndex(served(quads, GraphMemFactory.createDefaultGraph()));
            case "serve" -> serving(withIndex(served(quads, GraphMemFactory.createDefaultGraph())));
            case "fuseki" -> fuseki(quads);
            default -> throw new IllegalArgumentException("Not a variant (served, roaring, text, serve, fuseki): " + args[2]);
        };
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Dataset wrapped = DatasetFactory.wrap(dataset);
        for (int q = 3; q < args.length; q++) {
            String query = Files.readString(Path.of(args[q]));
            long best = Long.MAX_VALUE;
            long total = 0;
            int rows = 0;
            for (int round = 0; round <= rounds; round++) {
                long start = cpu.getCurrentThreadCpuTime();
                rows = wrapped.calculateRead(() -> count(wrapped, query));
                long millis = (cpu.getCurrentThreadCpuTime() - start) / 1_000_000;
                if (round > 0) {
                    best = Math.min(best, millis);
                    total += millis;
                }
            }
            System.out.printf("%s %s rows=%d best=%d mean=%d%n", args[2], Path.of(args[q]).getFileName(), rows, best, total / rounds);
        }
    }

    private static int count(Dataset dataset, String query) {
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
            ResultSet results = execution.execSelect();
            int n = 0;
            for (; results.hasNext(); results.next()) {
                n++;
            }
            return n;
        }
    }

    private static DatasetGraph withIndex(DatasetGraph dataset) {
        return SearchIndex.inMemory(dataset, dataset.getDefaultGraph());
    }

    /** The dataset with the settings a server built over it puts in its context; the server is not started. */
    private static DatasetGraph serving(DatasetGraph dataset) {
        SparqlServer.builder(dataset).port(0).timeout(Duration.ofHours(1)).build();
        return dataset;
    }

    private static DatasetGraph served(DatasetGraph quads, Graph union) {
        quads.find().forEachRemaining(quad -> union.add(quad.asTriple()));
        DatasetGraph dataset = DatasetGraphFactory.createGeneral(union);
        quads.listGraphNodes().forEachRemaining(name -> {
            Graph graph = GraphMemFactory.createDefaultGraph();
            quads.getGraph(name).find().forEachRemaining(graph::add);
            dataset.addGraph(name, graph);
        });
        return dataset;
    }

    private static DatasetGraph fuseki(DatasetGraph quads) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        dataset.executeWrite(() -> quads.find().forEachRemaining(quad -> dataset.getDefaultGraph().add(quad.asTriple())));
        return dataset;
    }
}
