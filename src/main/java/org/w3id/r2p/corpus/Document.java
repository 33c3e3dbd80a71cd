package org.w3id.r2p.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One document of a corpus, after {@link TextNormalizer}: every span an extractor reports points into {@link #text()}.
 *
 * @param id       the file name without its extension; used in the document's IRI and named graph
 * @param fileName the file name in the corpus folder
 * @param text     the normalised text (markup such as markdown links removed)
 * @param links    where the text of each hyperlink of the original stands in {@code text}, in order
 * @param bold     where bold text (often a title) stands in {@code text}, in order
 */
public record Document(String id, String fileName, String text, List<Span> links, List<Span> bold) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("Document id is blank");
        }
        links = List.copyOf(links);
        bold = List.copyOf(bold);
        for (Span span : links) {
            requireInside(span, text, fileName);
        }
        for (Span span : bold) {
            requireInside(span, text, fileName);
        }
    }

    private static void requireInside(Span span, String text, String fileName) {
        if (span.end() > text.length()) {
            throw new IllegalArgumentException("Span " + span + " lies outside the text of " + fileName);
        }
    }

    /** A document made from raw text, normalised as a corpus file would be. */
    public static Document of(String id, String rawText) {
        TextNormalizer.Result normalized = TextNormalizer.normalize(rawText);
        return new Document(id, id + ".txt", normalized.text(), normalized.links(), normalized.bold());
    }
}
