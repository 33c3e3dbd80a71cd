package org.w3id.r2p.extract.attribution;

import java.util.ArrayList;
import java.util.List;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.Found;
import org.w3id.r2p.extract.StatementFinding;

/**
 * The statements of a sentence's last attribution, which the following sentences of its paragraph may carry on.
 * They are made when they close, once, at their full length: made at their first sentence, most would be read
 * again (words, pillars, topics) when carried on. Until then a statement's place in the list of results is held.
 * <p>
 * Mutable, for one pass of {@link ReportedSpeech} over one document.
 */
final class OpenStatements {
    /** @param mechanisms the mechanisms of "respectively" (this speaker's alone), or {@code null} */
    private record Open(int index, Span clause, Speaker speaker, EntityRef onBehalfOf, List<EntityRef> mechanisms) {}

    private final StatementMaker maker;
    private final List<Open> open = new ArrayList<>();
    /** Where the statements end once carried on, or -1 while they are not. */
    private int carriedTo = -1;

    OpenStatements(StatementMaker maker) {
        this.maker = maker;
    }

    /** Holds a place in {@code result} for a statement of {@code speaker} over {@code clause}. */
    void add(List<StatementFinding> result, Span clause, Speaker speaker, EntityRef onBehalfOf, List<EntityRef> mechanisms) {
        open.add(new Open(result.size(), clause, speaker, onBehalfOf, mechanisms));
        result.add(null);
    }

    boolean isEmpty() {
        return open.isEmpty();
    }

    /** The first open statement's speaker. */
    EntityRef speaker() {
        return open.get(0).speaker().principal();
    }

    /** Where the open statements end: their clause, or the last sentence that carried them on. */
    int end() {
        return Math.max(carriedTo, open.get(0).clause().end());
    }

    /** The statements go on to the end of a following sentence. */
    void carryOn(int sentenceEnd) {
        carriedTo = sentenceEnd;
    }

    /** Makes the open statements into their places in {@code result}; none is open after. */
    void close(Document document, Found found, List<StatementFinding> result) {
        for (Open o : open) {
            result.set(o.index(), carriedTo < 0 ? made(document, found, o)
                    : maker.make(document, new Span(o.clause().start(), carriedTo), o.speaker().principal(), found,
                    o.onBehalfOf(), o.speaker().deliverer()));
        }
        open.clear();
        carriedTo = -1;
    }

    private StatementFinding made(Document document, Found found, Open o) {
        StatementFinding statement = maker.make(document, o.clause(), o.speaker().principal(), found, o.onBehalfOf(),
                o.speaker().deliverer());
        return o.mechanisms() == null ? statement : Respectively.withMechanisms(statement, o.mechanisms());
    }
}
