package org.w3id.r2p.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.w3id.r2p.corpus.Corpus;
import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.extract.DocumentExtractor;
import org.w3id.r2p.extract.DocumentFacts;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.link.EntityTable;
import org.w3id.r2p.link.StateGazetteer;

/**
 * Builds the knowledge graph of a corpus: extraction of every document on a bounded pool of threads, then
 * assembly in corpus order, so the graph is the same whatever the number of threads.
 * <pre>
 *   KnowledgeGraph graph = KnowledgeGraphBuilder.build(Corpus.read(Path.of("seeds")), IriScheme.standard());
 * </pre>
 */
public final class KnowledgeGraphBuilder {
    private KnowledgeGraphBuilder() {}

    public static KnowledgeGraph build(Corpus corpus, IriScheme iris) {
        return build(corpus, iris, Runtime.getRuntime().availableProcessors(), Progress.NONE, warning -> { });
    }

    /**
     * @param threads  how many documents to extract at once
     * @param progress told of each document done
     * @param warnings told of documents that name nothing the graph can hold
     */
    public static KnowledgeGraph build(Corpus corpus, IriScheme iris, int threads, Progress progress,
                                       Consumer<String> warnings) {
        return build(corpus, iris, EntityTable.standard(), threads, progress, warnings);
    }

    /** @param links the checked Wikidata items of organizations, offices, persons, mechanisms and networks */
    public static KnowledgeGraph build(Corpus corpus, IriScheme iris, EntityTable links, int threads, Progress progress,
                                       Consumer<String> warnings) {
        return build(corpus, iris, links, EvidenceLevel.COMPACT, threads, progress, warnings);
    }

    /** @param evidence how much evidence to keep for each mention and statement */
    public static KnowledgeGraph build(Corpus corpus, IriScheme iris, EntityTable links, EvidenceLevel evidence,
                                       int threads, Progress progress, Consumer<String> warnings) {
        if (threads < 1) {
            throw new IllegalArgumentException("At least one thread is needed: " + threads);
        }
        DocumentExtractor extractor = DocumentExtractor.standard();
        List<DocumentFacts> facts = new ArrayList<>(corpus.documents().size());
        progress.started(corpus.documents().size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, corpus.documents().size())));
        try {
            List<Future<DocumentFacts>> pending = new ArrayList<>();
            for (Document document : corpus.documents()) {
                pending.add(pool.submit(() -> {
                    DocumentFacts extracted = extractor.extract(document);
                    progress.documentDone();
                    return extracted;
                }));
            }
            for (Future<DocumentFacts> result : pending) {
                facts.add(result.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The build was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            progress.finished();
        }
        for (DocumentFacts f : facts) {
            if (!namesSomething(f)) {
                warnings.accept(f.document().fileName() + " names no State, person or organization");
            }
        }
        return new GraphAssembler(iris, StateGazetteer.load(), links, evidence).assemble(facts);
    }

    /** Whether a document names a State, person or organization; an empty document is not worth a warning. */
    static boolean namesSomething(DocumentFacts facts) {
        return facts.document().text().isBlank()
                || facts.mentions().stream().anyMatch(m -> m.kind() != EntityKind.MECHANISM);
    }
}
