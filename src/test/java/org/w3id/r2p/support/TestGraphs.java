package org.w3id.r2p.support;

import java.nio.file.Path;

import org.w3id.r2p.corpus.Corpus;
import org.w3id.r2p.corpus.CorpusException;
import org.w3id.r2p.graph.IriScheme;
import org.w3id.r2p.graph.KnowledgeGraph;
import org.w3id.r2p.graph.KnowledgeGraphBuilder;

/** Knowledge graphs for tests: the seed graph is built once per test run. */
public final class TestGraphs {
    public static final Path SEEDS = Path.of("seeds");
    private static KnowledgeGraph seeds;

    private TestGraphs() {}

    public static synchronized KnowledgeGraph seeds() {
        if (seeds == null) {
            seeds = of(SEEDS);
        }
        return seeds;
    }

    public static KnowledgeGraph of(Path corpus) {
        try {
            return KnowledgeGraphBuilder.build(Corpus.read(corpus), IriScheme.standard());
        } catch (CorpusException e) {
            throw new IllegalStateException(e);
        }
    }
}
