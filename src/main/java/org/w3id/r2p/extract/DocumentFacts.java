package org.w3id.r2p.extract;

import java.util.List;
import java.util.Objects;

import org.w3id.r2p.corpus.Document;

/** Everything extracted from one document: the input to graph assembly. */
public record DocumentFacts(Document document, DocumentMetadata metadata, List<Mention> mentions,
                            List<EntityFact> facts, List<StatementFinding> statements) {
    public DocumentFacts {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(metadata, "metadata");
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
        statements = List.copyOf(statements);
    }
}
