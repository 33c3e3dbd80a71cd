package org.w3id.r2p.extract;

import java.util.Objects;

import org.w3id.r2p.corpus.Span;

/**
 * A place where a document names something.
 *
 * @param entity     what is named
 * @param text       the words as they stand in the text
 * @param span       where they stand
 * @param documentId the document
 */
public record Mention(EntityRef entity, String text, Span span, String documentId) {
    public Mention {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(documentId, "documentId");
        if (span.end() - span.start() < text.strip().length()) {
            throw new IllegalArgumentException("Mention text '" + text + "' is longer than its span " + span);
        }
    }

    public EntityKind kind() {
        return entity.kind();
    }
}
