import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;
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
 * {@code serve}: the dataset as {@code serve} sets it up (see {@link #asServed});
 * {@code fuseki}: every triple in the default graph of Jena's transactional
 * in-memory dataset. Prints, per query, the rows and the best and mean CPU milliseconds of ROUNDS runs after one
 * warm-up run. With {@code -Dresults=DIR}, also writes each query's answer as SPARQL JSON to {@code DIR/NAME.srj},
 * to compare two jars byte for byte; with {@code -Dnonce=true}, each run ends in a one-row {@code VALUES} of a new
 * nonce, as {@code bench/serving.sh} sends uncached queries:
 * <pre>
 *   java -Xmx6g -Dresults=/tmp/new -cp target/r2p-kg.jar bench/QueryBench.java dump.nq 0 serve sparql-examples/*.rq
 * </pre>
 */
public class QueryBench {
    public static void main(String[] args) throws Exception {
        DatasetGraph dataset = dataset(RDFParser.source(args[0]).toDatasetGraph(), args[2]);
        System.gc();   // the parsed dump is garbage now: a smaller live heap, fewer collections during the queries
        int rounds = Integer.parseInt(args[1]);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Dataset wrapped = DatasetFactory.wrap(dataset);
        for (int q = 3; q < args.length; q++) {
            String query = Files.readString(Path.of(args[q]));
            long best = Long.MAX_VALUE;
            long total = 0;
            int rows = 0;
            for (int round = 0; round <= rounds; round++) {
                // As bench/serving.sh sends it uncached: a one-row VALUES of a nonce no pattern uses.
                String sent = Boolean.getBoolean("nonce") ? query + "\nVALUES ?r2pBenchNonce {\"q" + round + "\"}" : query;
                long start = cpu.getCurrentThreadCpuTime();
                rows = wrapped.calculateRead(() -> count(wrapped, sent));
                long millis = (cpu.getCurrentThreadCpuTime() - start) / 1_000_000;
                if (round > 0) {
                    best = Math.min(best, millis);
                    total += millis;
                }
            }
            System.out.printf("%s %s rows=%d best=%d mean=%d%n", args[2], Path.of(args[q]).getFileName(), rows, best, rounds == 0 ? 0 : total / rounds);
            String results = System.getProperty("results");
            if (results != null) {
                String name = Path.of(args[q]).getFileName().toString().replaceFirst("\\.rq$", ".srj");
                try (OutputStream out = Files.newOutputStream(Files.createDirectories(Path.of(results)).resolve(name))) {
                    wrapped.executeRead(() -> json(wrapped, query, out));
                }
            }
        }
    }

    private static void json(Dataset dataset, String query, OutputStream out) {
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
            ResultSetFormatter.outputAsJSON(out, execution.execSelect());
        }
    }

    /**
     * The dataset as {@code serve} sets it up ({@code SparqlServer.builder}): the union graph indexed by subject and
     * predicate (where the jar has {@code SubjectPredicateGraph}), the text index, the serving executor and rewrites,
     * and a timeout. Reached by reflection, as they are not public, so that an older jar is measured the same way.
     */
    private static DatasetGraph asServed(DatasetGraph quads) throws ReflectiveOperationException {
        Graph union = GraphMemFactory.createDefaultGraph();
        quads.find().forEachRemaining(quad -> union.add(quad.asTriple()));
        Graph served = union;
        try {
            served = (Graph) hidden("SubjectPredicateGraph", "over", Graph.class).invoke(null, union);
        } catch (ClassNotFoundException older) {
            System.err.println("No SubjectPredicateGraph in this jar: the union graph is served as it is");
        }
        DatasetGraph dataset = SearchIndex.inMemory(named(quads, DatasetGraphFactory.createGeneral(served)), union);
        Context context = dataset.getContext();
        context.set(ARQ.queryTimeout, "60000");
        hidden("ServingExecutor", "install", Context.class).invoke(null, context);
        hidden("StoppableRegexRewrite", "install", Context.class).invoke(null, context);
        return dataset;
    }

    private static java.lang.reflect.Method hidden(String publishClass, String name, Class<?> parameter) throws ReflectiveOperationException {
        java.lang.reflect.Method method = Class.forName("org.w3id.r2p.publish." + publishClass).getDeclaredMethod(name, parameter);
        method.setAccessible(true);
        return method;
    }

    private static DatasetGraph dataset(DatasetGraph quads, String variant) throws ReflectiveOperationException {
        return switch (variant) {
            case "served" -> served(quads, GraphMemFactory.createDefaultGraph());
            case "roaring" -> served(quads, GraphMemFactory.createGraphMem2Roaring());
            case "text" -> withIndex(served(quads, GraphMemFactory.createDefaultGraph()));
            case "serve" -> asServed(quads);
            case "fuseki" -> fuseki(quads);
            default -> throw new IllegalArgumentException("Not a variant (served, roaring, text, serve, fuseki): " + variant);
        };
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

    private static DatasetGraph served(DatasetGraph quads, Graph union) {
        quads.find().forEachRemaining(quad -> union.add(quad.asTriple()));
        return named(quads, DatasetGraphFactory.createGeneral(union));
    }

    /** {@code dataset} with a copy of each named graph of {@code quads}. */
    private static DatasetGraph named(DatasetGraph quads, DatasetGraph dataset) {
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
