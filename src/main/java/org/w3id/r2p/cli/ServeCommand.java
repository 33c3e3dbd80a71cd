package org.w3id.r2p.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.w3id.r2p.graph.KnowledgeGraph;
import org.w3id.r2p.publish.SparqlServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the graph in memory and serves it read-only over SPARQL 1.1 at /r2p/sparql "
                + "(GET and POST; JSON, XML, CSV or TSV results by Accept). The default graph is the union "
                + "of the documents' named graphs. Stops on Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    ValidationOption validation;

    @Option(names = "--port", defaultValue = "3030", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = SparqlServer.DEFAULT_HOST,
            description = "Address to listen on: 127.0.0.1 (this machine only) or 0.0.0.0 (all interfaces) (default: ${DEFAULT-VALUE}).")
    String host;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        KnowledgeGraph graph = corpus.build();
        validation.check(graph, spec.commandLine().getErr());
        SparqlServer server = SparqlServer.builder(graph).port(port).host(host).build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        PrintWriter out = spec.commandLine().getOut();
        out.println("SPARQL endpoint: " + server.endpoint());
        out.flush();
        server.join();
        return ExitCodes.OK;
    }
}
