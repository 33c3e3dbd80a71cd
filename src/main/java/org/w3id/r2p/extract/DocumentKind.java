package org.w3id.r2p.extract;

/** The kinds of document the extractors recognise. */
public enum DocumentKind {
    STATEMENT, SUMMARY, MESSAGE, INTERVIEW, LETTER
}
