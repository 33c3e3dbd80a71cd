package org.w3id.r2p.extract.attribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.Found;
import org.w3id.r2p.extract.PersonFact;

/**
 * The named candidates for the subject of a cue in a sentence: mentions of States, persons and organizations,
 * and offices named instead of their holder ("the Secretary-General stressed"), resolved to the holder.
 */
final class Candidates {
    /** "the Secretary-General's message/statement": the office owns words that someone may read out. */
    private static final Pattern POSSESSIVE_OF_WORDS = Pattern.compile(
            "['’]s\\s+(?:message|statement|remarks|speech|address)\\b");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final int HOLDER_NAMED_WITHIN = 12;

    private final Offices offices = new Offices();

    List<Subject> in(String text, Span sentence, Found found, List<PersonFact> persons, LocalDate date) {
        List<Subject> subjects = new ArrayList<>();
        found.within(sentence).filter(m -> m.kind().canSpeak())
                .forEach(m -> subjects.add(new Subject(m.entity(), m.span(), false)));
        for (Offices.Reference ref : offices.references(text, sentence)) {
            int end = ref.span().end();
            if (POSSESSIVE.matcher(text).region(end, Math.min(text.length(), end + 3)).lookingAt()
                    && !POSSESSIVE_OF_WORDS.matcher(text).region(end, text.length()).lookingAt()) {
                continue; // "the Secretary-General's report" is not the Secretary-General speaking
            }
            boolean namedHolder = found.ofKind(EntityKind.PERSON)
                    .anyMatch(p -> p.span().start() >= end && p.span().start() - end <= HOLDER_NAMED_WITHIN);
            if (!namedHolder && !found.overlapsAny(ref.span())) {
                offices.holder(ref.office(), persons, date).ifPresent(h -> subjects.add(new Subject(h, ref.span(), false)));
            }
        }
        return subjects;
    }
}
