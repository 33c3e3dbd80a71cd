package org.w3id.r2p.cli;

import java.nio.file.Path;

import org.w3id.r2p.corpus.Corpus;
import org.w3id.r2p.corpus.CorpusException;
import org.w3id.r2p.graph.IriScheme;
import org.w3id.r2p.graph.KnowledgeGraph;
import org.w3id.r2p.graph.KnowledgeGraphBuilder;

import picocli.CommandLine.Option;

/** Options shared by every command that builds the graph. */
final class CorpusOptions {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "seeds",
            description = "Folder of documents, one .txt file (UTF-8) each (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
            description = "Base IRI; resources are minted under BASE/id/ and named graphs under BASE/graph/ "
                    + "(default: ${DEFAULT-VALUE}).")
    String base;

    KnowledgeGraph build() throws CorpusException {
        return KnowledgeGraphBuilder.build(Corpus.read(corpus), new IriScheme(base));
    }
}
