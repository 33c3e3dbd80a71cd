package org.w3id.r2p.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.w3id.r2p.corpus.Corpus;
import org.w3id.r2p.publish.DumpFormat;
import org.w3id.r2p.publish.Dumps;

class ParallelBuildTest {
    @Test
    void theGraphIsTheSameWhateverTheNumberOfThreads() throws Exception {
        Corpus corpus = Corpus.read(Path.of("src/test/resources/evaluation/corpus"));
        byte[] one = nquads(KnowledgeGraphBuilder.build(corpus, IriScheme.standard(), 1, Progress.NONE, w -> { }));
        byte[] four = nquads(KnowledgeGraphBuilder.build(corpus, IriScheme.standard(), 4, Progress.NONE, w -> { }));
        assertArrayEquals(one, four);
    }

    @Test
    void progressHearsOfEveryDocument() throws Exception {
        Corpus corpus = Corpus.read(Path.of("seeds"));
        AtomicInteger done = new AtomicInteger();
        AtomicInteger total = new AtomicInteger();
        KnowledgeGraphBuilder.build(corpus, IriScheme.standard(), 3, new Progress() {
            @Override
            public void started(int documents) {
                total.set(documents);
            }

            @Override
            public void documentDone() {
                done.incrementAndGet();
            }

            @Override
            public void finished() {
            }
        }, w -> { });
        assertEquals(5, total.get());
        assertEquals(5, done.get());
    }

    private static byte[] nquads(KnowledgeGraph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Dumps.write(graph, DumpFormat.NQUADS, out);
        return out.toByteArray();
    }
}
