package org.w3id.r2p.cli;

import java.util.List;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.extract.DocumentFacts;
import org.w3id.r2p.extract.DocumentMetadata;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.MechanismFact;
import org.w3id.r2p.graph.GraphAssembler;
import org.w3id.r2p.graph.IriScheme;
import org.w3id.r2p.graph.KnowledgeGraph;
import org.w3id.r2p.link.StateGazetteer;

/** Graphs that break the shapes, assembled from findings no extractor would make. */
final class BrokenGraphs {
    private BrokenGraphs() {}

    /** Two documents that give one national mechanism two different States. */
    static KnowledgeGraph mechanismWithTwoStates() {
        EntityRef board = new EntityRef(EntityKind.MECHANISM, "Peace Board");
        return new GraphAssembler(IriScheme.standard(), StateGazetteer.load()).assemble(List.of(
                facts("a", new MechanismFact(board, true, EntityRef.state("GHA"), null)),
                facts("b", new MechanismFact(board, true, EntityRef.state("KEN"), null))));
    }

    private static DocumentFacts facts(String id, MechanismFact fact) {
        DocumentMetadata metadata = new DocumentMetadata("Title " + id, null, null, List.of(), null, List.of(), List.of(), null);
        return new DocumentFacts(Document.of(id, "Text " + id), metadata, List.of(), List.of(fact), List.of());
    }
}
