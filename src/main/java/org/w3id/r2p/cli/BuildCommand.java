package org.w3id.r2p.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.r2p.graph.GraphSink;
import org.w3id.r2p.graph.Prefixes;
import org.w3id.r2p.graph.StreamingValidation;
import org.w3id.r2p.store.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Write the graph to a TDB2 database for serve --tdb.", "Builds the graph, validates it, and writes it to a TDB2 database for 'serve --tdb'. "
                + "The new database is written beside DIR and moved into place only when complete, so a failed "
                + "or interrupted build leaves the previous one as it was."})
final class BuildCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    ValidationOption validation;

    @Option(names = "--tdb", paramLabel = "DIR", required = true, description = "Folder of the TDB2 database.")
    Path tdb;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Consumer<GraphSink> build = corpus.streamer();
        StreamingValidation validating = validation.streaming(corpus.iris());
        long[] quadsAndGraphs = new long[2];
        GraphSink counted = new GraphSink() {
            @Override
            public void graph(Node name, Graph graph) {
                quadsAndGraphs[0] += graph.size();
                quadsAndGraphs[1]++;
            }

            @Override
            public void finish() {
            }
        };
        // A graph that does not conform fails inside the load, so the store in place is left as it was.
        TdbStore.load(tdb, Prefixes.of(corpus.iris()), loader -> {
            GraphSink sink = GraphSink.both(counted, loader);
            build.accept(validating == null ? sink : GraphSink.both(validating, sink));
            validation.check(validating, spec.commandLine().getErr());
        });
        PrintWriter out = spec.commandLine().getOut();
        out.println("Wrote " + quadsAndGraphs[0] + " quads in " + quadsAndGraphs[1] + " named graphs to "
                + tdb.toAbsolutePath());
        out.flush();
        return corpus.exitCode();
    }
}
