package org.w3id.r2p.extract;

import java.util.List;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.extract.attribution.StatementExtractor;
import org.w3id.r2p.link.StateGazetteer;

/**
 * Runs every extractor over a document, in the order in which they build on each other: States, organizations,
 * mechanisms, networks, which organizations are regional, persons, then statements and the document's own metadata.
 * <pre>
 *   DocumentFacts facts = DocumentExtractor.standard().extract(document);
 * </pre>
 * Immutable and safe to share between threads.
 */
public final class DocumentExtractor {
    private final List<EntityExtractor> entityExtractors;
    private final StatementExtractor statementExtractor;
    private final MetadataExtractor metadataExtractor;

    public DocumentExtractor(List<EntityExtractor> entityExtractors, StatementExtractor statementExtractor,
                             MetadataExtractor metadataExtractor) {
        this.entityExtractors = List.copyOf(entityExtractors);
        this.statementExtractor = statementExtractor;
        this.metadataExtractor = metadataExtractor;
    }

    /** The extractors with the gazetteers and rules shipped with r2p-kg. */
    public static DocumentExtractor standard() {
        StateGazetteer states = StateGazetteer.load();
        return new DocumentExtractor(
                List.of(new StateExtractor(states), new OrganizationExtractor(states), new MechanismExtractor(states),
                        new NetworkExtractor(states), new RegionalOrganizationExtractor(states), new PersonExtractor()),
                new StatementExtractor(), new MetadataExtractor());
    }

    public DocumentFacts extract(Document document) {
        Found found = Found.NOTHING;
        for (EntityExtractor extractor : entityExtractors) {
            found = found.plus(extractor.extract(document, found));
        }
        MetadataExtractor.Dating dating = metadataExtractor.dating(document);
        StatementExtractor.Statements statements = statementExtractor.extract(document, found, dating.reference());
        DocumentMetadata metadata = metadataExtractor.extract(document, dating, found, statements.findings(),
                statements.documentSpeaker());
        return new DocumentFacts(document, metadata, found.mentions(), found.facts(), statements.findings());
    }
}
