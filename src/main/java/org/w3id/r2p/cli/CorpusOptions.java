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

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Reads the corpus, reports on stderr what was read but not cleanly, and builds the graph. */
    KnowledgeGraph build() throws CorpusException {
        Corpus documents = Corpus.read(corpus);
        PrintWriter err = command.commandLine().getErr();
        documents.warnings().forEach(w -> err.println("warning: " + w));
        err.flush();
        return KnowledgeGraphBuilder.build(documents, new IriScheme(base));
    }
}
