package org.w3id.r2p.graph;

import java.util.List;

import org.w3id.r2p.corpus.Corpus;
import org.w3id.r2p.extract.DocumentExtractor;
import org.w3id.r2p.extract.DocumentFacts;
import org.w3id.r2p.link.StateGazetteer;

/**
 * Builds the knowledge graph of a corpus: extraction of every document, then assembly.
 * <pre>
 *   KnowledgeGraph graph = KnowledgeGraphBuilder.build(Corpus.read(Path.of("seeds")), IriScheme.standard());
 * </pre>
 */
public final class KnowledgeGraphBuilder {
    private KnowledgeGraphBuilder() {}

    public static KnowledgeGraph build(Corpus corpus, IriScheme iris) {
        DocumentExtractor extractor = DocumentExtractor.standard();
        List<DocumentFacts> facts = corpus.documents().stream().map(extractor::extract).toList();
        return new GraphAssembler(iris, StateGazetteer.load()).assemble(facts);
    }
}
