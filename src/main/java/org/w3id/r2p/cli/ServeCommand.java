package org.w3id.r2p.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.w3id.r2p.corpus.CorpusException;
import org.w3id.r2p.graph.KnowledgeGraph;
import org.w3id.r2p.publish.SparqlServer;
import org.w3id.r2p.store.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the graph: SPARQL endpoint and linked-data site.", "Builds the graph in memory (or opens the TDB2 database given by --tdb) and serves it "
                + "read-only over SPARQL 1.1 at /r2p/sparql (GET and POST; JSON, XML, CSV or TSV results by "
                + "Accept), with every IRI under --base dereferenceable at its path (/id/...), a landing page, "
                + "a query page, dumps (/dumps/) and VoID (/.well-known/void). The default graph is the union of "
                + "the documents' named graphs. Stops on Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    private static final int MAX_PORT = 65535;
    private static final long MEGABYTE = 1L << 20;

    @Mixin
    CorpusOptions corpus;

    @Mixin
    ValidationOption validation;

    @Option(names = "--port", defaultValue = "3030", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = SparqlServer.DEFAULT_HOST,
            description = "Address to listen on: 127.0.0.1 (this machine only) or 0.0.0.0 (all interfaces) (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Stop a query that runs longer than this (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--allow-service", paramLabel = "URL",
            description = "An endpoint that SERVICE may call; repeat for more (default: the Wikidata Query Service). "
                    + "Other SERVICE calls are refused.")
    List<String> allowedServices;

    @Option(names = "--cache", paramLabel = "MB",
            description = "Megabytes of query results kept in memory, by query and Accept header, for GET and POST; "
                    + "0 turns the cache off (default: an eighth of the maximum heap).")
    Integer cacheMegabytes;

    @Option(names = "--max-query-size", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Refuse (413) a query or request body larger than this, before parsing it (default: ${DEFAULT-VALUE}).")
    long maxQueryBytes;

    @Option(names = "--tdb", paramLabel = "DIR",
            description = "Serve the TDB2 database written by 'build --tdb DIR' instead of building from a corpus.")
    Path tdb;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        checkArguments();
        SparqlServer.Builder builder = server().port(port).host(host).base(corpus.base)
                .timeout(Duration.ofSeconds(timeoutSeconds)).maxQueryBytes(maxQueryBytes);
        if (cacheMegabytes != null) {
            builder.cacheBytes(cacheMegabytes * MEGABYTE);
        }
        if (allowedServices != null) {
            builder.allowedServices(Set.copyOf(allowedServices));
        }
        SparqlServer server = builder.build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Linked-data site: " + server.url() + "/");
        out.println("SPARQL endpoint: " + server.endpoint());
        out.flush();
        server.join();
        return ExitCodes.OK;
    }

    /** Bad numbers are the caller's mistake (exit 2), found before the graph is built. */
    private void checkArguments() {
        if (port < 0 || port > MAX_PORT) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and " + MAX_PORT + ": " + port);
        }
        if (timeoutSeconds <= 0) {
            throw new ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds: " + timeoutSeconds);
        }
        if (maxQueryBytes <= 0) {
            throw new ParameterException(spec.commandLine(), "--max-query-size must be a positive number of bytes: " + maxQueryBytes);
        }
        if (cacheMegabytes != null && cacheMegabytes < 0) {
            throw new ParameterException(spec.commandLine(), "--cache cannot be negative: " + cacheMegabytes);
        }
    }

    private SparqlServer.Builder server() throws CorpusException {
        if (tdb != null) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--corpus")) {
                throw new ParameterException(spec.commandLine(), "Give --corpus or --tdb, not both");
            }
            return SparqlServer.builder(TdbStore.open(tdb));
        }
        KnowledgeGraph graph = corpus.build();
        validation.check(graph, spec.commandLine().getErr());
        return SparqlServer.builder(graph);
    }
}
