package org.w3id.r2p.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.w3id.r2p.corpus.Corpus;
import org.w3id.r2p.corpus.CorpusException;
import org.w3id.r2p.graph.IriScheme;
import org.w3id.r2p.graph.KnowledgeGraph;
import org.w3id.r2p.graph.KnowledgeGraphBuilder;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options shared by every command that builds the graph. */
final class CorpusOptions {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "seeds",
            description = "Folder of documents: .txt and .md (UTF-8), .html and .pdf files, one document each "
                    + "(default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
            description = "Base IRI; resources are minted under BASE/id/ and named graphs under BASE/graph/ "
                    + "(default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents extracted at once (default: the number of processors). The output is the same for any N.")
    Integer threads;

    @Option(names = {"--quiet", "-q"}, description = "No progress bar (there is none anyway when stderr is not a terminal).")
    boolean quiet;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private boolean skippedInput;

    /**
     * Reads the corpus, reports on stderr each file it had to skip (with the reason) and what was read but not
     * cleanly, and builds the graph from the rest.
     */
    KnowledgeGraph build() throws CorpusException {
        Corpus documents = Corpus.read(corpus);
        PrintWriter err = command.commandLine().getErr();
        documents.skipped().forEach(s -> err.println("skipped: " + s));
        documents.warnings().forEach(w -> err.println("warning: " + w));
        err.flush();
        skippedInput = !documents.skipped().isEmpty();
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        KnowledgeGraph graph = KnowledgeGraphBuilder.build(documents, new IriScheme(base), workers,
                ConsoleProgress.forTerminal(quiet), w -> err.println("warning: " + w));
        err.flush();
        return graph;
    }

    /** What a command that built the graph returns: 0, or 3 when some input files were skipped. */
    int exitCode() {
        return skippedInput ? ExitCodes.SKIPPED_INPUT : ExitCodes.OK;
    }
}
