package org.w3id.r2p.graph;

/**
 * How much evidence the graph keeps for each fact: the trade-off between the size of the graph and how much of
 * the text it points at.
 */
public enum EvidenceLevel {
    /**
     * One annotation per mention and per statement, with two selectors: an {@code oa:TextQuoteSelector}
     * (the words with 32 characters of context either side) and an {@code oa:TextPositionSelector}.
     */
    FULL,
    /**
     * One annotation per distinct fact of a document: the same resource named by the same words, or the same
     * statement, is evidenced once, at its first place in the text, by one {@code oa:TextPositionSelector}
     * that also carries the words ({@code oa:exact}). Output grows with what a document says, not with how
     * often it repeats it.
     */
    COMPACT,
    /** No annotations: the facts alone. */
    NONE
}
