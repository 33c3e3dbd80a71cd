package org.w3id.r2p.support;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.r2p.corpus.Corpus;
import org.w3id.r2p.corpus.CorpusException;
import org.w3id.r2p.graph.IriScheme;
import org.w3id.r2p.graph.KnowledgeGraph;
import org.w3id.r2p.graph.KnowledgeGraphBuilder;
import org.w3id.r2p.search.SearchIndex;

/** Knowledge graphs for tests: the seed graph is built once per test run. */
public final class TestGraphs {
    public static final Path SEEDS = Path.of("seeds");
    private static KnowledgeGraph seeds;
    private static DatasetGraph searchableSeeds;

    private TestGraphs() {}

    public static synchronized KnowledgeGraph seeds() {
        if (seeds == null) {
            seeds = of(SEEDS);
        }
        return seeds;
    }

    /** The seed graph as the endpoint serves it: default graph the union, with its full-text index. */
    public static synchronized DatasetGraph searchableSeeds() {
        if (searchableSeeds == null) {
            searchableSeeds = SearchIndex.inMemory(seeds().forQuery(), seeds().union());
        }
        return searchableSeeds;
    }

    public static KnowledgeGraph of(Path corpus) {
        try {
            return KnowledgeGraphBuilder.build(Corpus.read(corpus), IriScheme.standard());
        } catch (CorpusException e) {
            throw new IllegalStateException(e);
        }
    }
}
