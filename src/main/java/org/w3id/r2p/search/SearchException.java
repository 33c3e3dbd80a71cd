package org.w3id.r2p.search;

/** A search that cannot be run as asked: empty, too long, not valid Lucene syntax, or past the last page. */
public final class SearchException extends Exception {
    private static final long serialVersionUID = 1L;

    public SearchException(String message) {
        super(message);
    }
}
