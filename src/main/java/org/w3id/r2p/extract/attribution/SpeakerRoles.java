package org.w3id.r2p.extract.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.PersonFact;

/**
 * Decides whose statement a run of subjects makes: the principal, and the person who delivered it for them.
 * <ul>
 *   <li>"The statement of Portugal, delivered by Ambassador Rui Matos, praised": Portugal, delivered by Matos;
 *       "the Secretary-General's message, read by Liu Fang": the Secretary-General, delivered by Liu Fang;</li>
 *   <li>a person whose role in the document is of a State ("Permanent Representative of Kenya", "Minister for
 *       Foreign Affairs of Ghana") speaks for that State: Kenya, delivered by the person;</li>
 *   <li>"The Permanent Representative of Kenya, Wanjiru Kamau, said" and "Ama Owusu, Minister of Ghana,
 *       stressed": one statement, Kenya or Ghana, delivered by the person named beside it.</li>
 * </ul>
 */
final class SpeakerRoles {
    private static final Pattern DELIVERED_BY = Pattern.compile(
            "(?i)\\b(?:delivered|read(?:\\s+out)?|presented|conveyed|made)\\s+by\\s+");
    private static final int TITLE_WORDS = 6;
    private static final int OWNER_WORDS = 6;
    /** "Ama Owusu, Minister for Foreign Affairs of" before a State: the person holds an office of that State. */
    private static final Pattern OFFICE_OF = Pattern.compile("\\s*,[^,;.:\\n]{1,80}\\bof\\s+(?:the\\s+)?");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    /**
     * The speakers of a run of subjects of one cue, each principal once.
     *
     * @param candidates every candidate subject of the sentence, in text order (owners of delivered statements)
     */
    List<Speaker> speakers(String text, List<Subject> run, List<Subject> candidates, List<PersonFact> persons,
                           int clauseStart) {
        Map<EntityRef, Speaker> byPrincipal = new LinkedHashMap<>();
        for (int i = 0; i < run.size(); i++) {
            Subject subject = run.get(i);
            Speaker speaker = delivered(text, subject, candidates, clauseStart)
                    .or(() -> servedState(subject, persons))
                    .orElseGet(() -> new Speaker(subject.entity(), null, subject.anaphor()));
            if (speaker.deliverer() == null && speaker.principal().kind() == EntityKind.STATE) {
                speaker = withPersonBeside(text, subject, run, i, candidates, speaker);
            }
            Speaker known = byPrincipal.get(speaker.principal());
            if (known == null || known.deliverer() == null) {
                byPrincipal.put(speaker.principal(), speaker);
            }
        }
        // A person who delivered another's statement does not also make one of their own.
        List<EntityRef> deliverers = byPrincipal.values().stream().map(Speaker::deliverer).toList();
        List<Speaker> speakers = new ArrayList<>(byPrincipal.values());
        speakers.removeIf(s -> s.deliverer() == null && deliverers.contains(s.principal()));
        return speakers;
    }

    /** "X's statement, delivered by [title] P": P delivered the statement of X, the subject before "delivered by". */
    private static Optional<Speaker> delivered(String text, Subject subject, List<Subject> candidates, int clauseStart) {
        if (subject.entity().kind() != EntityKind.PERSON) {
            return Optional.empty();
        }
        Matcher by = DELIVERED_BY.matcher(text).region(clauseStart, subject.span().start());
        int byStart = -1;
        int byEnd = -1;
        while (by.find()) {
            byStart = by.start();
            byEnd = by.end();
        }
        if (byStart < 0 || SubjectFinder.lowerWords(text.substring(byEnd, subject.span().start())).size() > TITLE_WORDS) {
            return Optional.empty();
        }
        Subject owner = null;
        for (Subject candidate : candidates) {
            if (candidate.span().end() <= byStart && candidate.span().start() >= clauseStart) {
                owner = candidate;
            }
        }
        if (owner == null || SubjectFinder.lowerWords(text.substring(owner.span().end(), byStart)).size() > OWNER_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new Speaker(owner.entity(), subject.entity(), owner.anaphor()));
    }

    /** A person whose role in the document is of a State speaks for that State. */
    private static Optional<Speaker> servedState(Subject subject, List<PersonFact> persons) {
        if (subject.entity().kind() != EntityKind.PERSON) {
            return Optional.empty();
        }
        return persons.stream()
                .filter(p -> p.entity().equals(subject.entity()) && p.affiliation() != null
                        && p.affiliation().kind() == EntityKind.STATE)
                .findFirst()
                .map(p -> new Speaker(p.affiliation(), subject.entity(), subject.anaphor()));
    }

    /**
     * "Ama Owusu, Minister ... of Ghana, stressed" (the person just before the State) or "the Permanent
     * Representative of Kenya, Wanjiru Kamau, said" (the person just after it, next in the run).
     */
    private static Speaker withPersonBeside(String text, Subject state, List<Subject> run, int index,
                                            List<Subject> candidates, Speaker speaker) {
        if (index + 1 < run.size()) {
            Subject next = run.get(index + 1);
            if (next.entity().kind() == EntityKind.PERSON
                    && COMMA.matcher(text.substring(state.span().end(), next.span().start())).matches()) {
                return new Speaker(speaker.principal(), next.entity(), speaker.anaphor());
            }
        }
        Subject previous = null;
        for (Subject candidate : candidates) {
            if (candidate.span().end() <= state.span().start()) {
                previous = candidate;
            }
        }
        if (previous != null && previous.entity().kind() == EntityKind.PERSON
                && OFFICE_OF.matcher(text.substring(previous.span().end(), state.span().start())).matches()) {
            return new Speaker(speaker.principal(), previous.entity(), speaker.anaphor());
        }
        return speaker;
    }
}
