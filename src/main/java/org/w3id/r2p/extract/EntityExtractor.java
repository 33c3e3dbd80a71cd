package org.w3id.r2p.extract;

import org.w3id.r2p.corpus.Document;

/**
 * Finds the things of one kind that a document names. Extractors run in a fixed order and each sees what the
 * ones before it found, so that a name already taken (an organization's name that contains a State's) is not
 * claimed twice, and facts can point at earlier mentions (a mechanism's State).
 */
public interface EntityExtractor {
    /** Mentions of this extractor's kind, and facts about them. */
    Found extract(Document document, Found earlier);
}
