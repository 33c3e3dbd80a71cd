package org.w3id.r2p.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.w3id.r2p.graph.KnowledgeGraph;
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
        KnowledgeGraph graph = corpus.build();
        validation.check(graph, spec.commandLine().getErr());
        TdbStore.write(graph, tdb);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Wrote " + graph.namedGraphs().stream().count() + " quads in " + graph.graphNames().size()
                + " named graphs to " + tdb.toAbsolutePath());
        out.flush();
        return corpus.exitCode();
    }
}
