package org.w3id.r2p.extract;

import java.util.List;
import java.util.Objects;

import org.w3id.r2p.corpus.Span;

/**
 * A statement found in a document.
 *
 * @param speaker     the State, person or organization that made it
 * @param span        the words it rests on
 * @param text        those words with whitespace runs made single spaces
 * @param pillars     the pillars it names
 * @param mechanisms  the mechanisms it names
 * @param onBehalfOf  for whom the speaker spoke, or {@code null}
 * @param deliveredBy who read it out for the speaker, or {@code null}
 * @param languages   ISO 639-1 codes of the languages it was delivered in, where the text says
 * @param topics      IRIs of the concepts of {@code ontology/topics.ttl} it addresses
 * @param documentId  the document that reports it
 */
public record StatementFinding(EntityRef speaker, Span span, String text, List<Pillar> pillars,
                               List<EntityRef> mechanisms, EntityRef onBehalfOf, EntityRef deliveredBy,
                               List<String> languages, List<String> topics, String documentId) {
    public StatementFinding {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(documentId, "documentId");
        if (!speaker.kind().canSpeak()) {
            throw new IllegalArgumentException("A " + speaker.kind() + " cannot make a statement");
        }
        pillars = List.copyOf(pillars);
        mechanisms = List.copyOf(mechanisms);
        languages = List.copyOf(languages);
        topics = List.copyOf(topics);
    }
}
