package org.w3id.r2p.site.said;

import java.util.Objects;

import org.apache.jena.graph.Node;

/**
 * One statement as the lists of a page show it. Only {@code statement} and {@code document} are always known;
 * a graph built by an older version may lack the excerpt, and a statement may have no event or date.
 *
 * @param start the statement's position in its document, in code points ({@code -1} when unknown)
 */
record StatementRow(Node statement, Node speaker, String label, String excerpt, Node event, Node when, Node document,
        Node evidence, long start) {
    StatementRow {
        Objects.requireNonNull(statement);
        Objects.requireNonNull(document);
    }

    /** What the statement's group is: its event, or its document when no event is known. */
    Node setting() {
        return event != null ? event : document;
    }
}
