package org.w3id.r2p.extract.attribution;

import java.util.Objects;

import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.EntityRef;

/**
 * A candidate subject of a reporting cue: a mention that can speak, an office standing for its holder, or an
 * anaphor ("he", "the speaker", "that country's delegate") standing for a speaker named before.
 *
 * @param entity   who it names or stands for
 * @param span     its words
 * @param anaphor  whether it refers back to an earlier speaker rather than naming one
 */
record Subject(EntityRef entity, Span span, boolean anaphor) {
    Subject {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(span, "span");
    }
}
