package org.w3id.r2p.extract.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;
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
            "(?i)\\b(?:(?:delivered|read(?:\\s+out)?|presented|conveyed|made|represented)\\s+by|speaking\\s+through)\\s+");
    private static final int TITLE_WORDS = 6;
    private static final int OWNER_WORDS = 6;
    /** "Ama Owusu, Minister for Foreign Affairs of" before a State: the person holds an office of that State. */
    private static final Pattern OFFICE_OF = Pattern.compile("\\s*,[^,;.:\\n]{1,80}\\bof\\s+(?:the\\s+)?");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    /** "the representative of the United States, Ambassador X", "Switzerland's Permanent Representative, X". */
    private static final Pattern ROLE_THEN_NAME = Pattern.compile(
            "(?:['’]s?(?:\\s+[\\p{L}-]+){1,8})?\\s*,\\s*(?:(?:Ambassador|H\\.\\s?E\\.|Mr\\.|Ms\\.|Mrs\\.|Dr\\.)\\s*)*");
    private static final Pattern ROLE_OF_BEFORE = Pattern.compile(
            "(?i)\\b(?:representative|delegate|observer|minister|ambassador|envoy|head\\s+of\\s+delegation|permanent\\s+mission"
                    + "|president|prime\\s+minister|secretary\\s+of\\s+state|chargé\\s+d['’]affaires)[\\p{L}\\s,-]{0,60}?\\b(?:of|for|from)\\s+(?:the\\s+)?$");
    private static final int APPOSITION_REACH = 160;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?s).*[.;:\\n].*");
    /** "X's" or "the United States'" (a name ending in s takes the apostrophe alone). */
    private static final Pattern POSSESSIVE = Pattern.compile("['’](?:s\\b|\\s)");
    private static final Pattern PRESIDING = Pattern.compile("(?i)president|chair");
    private static final Pattern BRACKET = Pattern.compile("\\s*\\(\\s*");
    private static final int PRESIDING_REACH = 30;
    /** Roles in which a person speaks for the State of the role: "Permanent Representative of Kenya". */
    private static final Pattern STATE_OFFICE = Pattern.compile(
            "(?i)(?:the\\s+)?(?:(?:deputy|permanent|vice|acting|alternate|first|second|minister)[\\s-]+)*"
                    + "(?:representative|minister|ambassador|delegate|observer|president|prime\\s+minister|head\\s+of\\s+"
                    + "(?:state|government|delegation)|chargé\\s+d['’]affaires|envoy|secretary\\s+of\\s+state|state\\s+secretary"
                    + "|vice[- ]president|king|queen|emir|chancellor)\\b.*");

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
            if (subject.entity().kind() != EntityKind.STATE && i + 1 < run.size()
                    && run.get(i + 1).entity().kind() == EntityKind.PERSON
                    && ROLE_THEN_NAME.matcher(gapAfter(text, subject.span(), run.get(i + 1).span().start())).matches()) {
                continue; // "the President of the General Assembly, Lena X": the person next decides who speaks
            }
            Speaker speaker = delivered(text, subject, candidates, clauseStart)
                    .or(() -> servedState(subject, persons))
                    .or(() -> officeOfStateBefore(text, subject, candidates))
                    .or(() -> officeOfStateInApposition(text, subject, candidates))
                    .orElseGet(() -> new Speaker(subject.entity(), null, subject.anaphor()));
            if (speaker.deliverer() == null && speaker.principal().kind() == EntityKind.STATE) {
                speaker = bracketedAfterPerson(text, subject, candidates)
                        .orElse(withPersonBeside(text, subject, run, i, candidates, speaker));
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
        if (byStart < 0 || Words.lower(text.substring(byEnd, subject.span().start())).size() > TITLE_WORDS) {
            return Optional.empty();
        }
        Subject owner = null;
        for (Subject candidate : candidates) {
            if (candidate.span().end() <= byStart && candidate.span().start() >= clauseStart) {
                owner = candidate;
            }
        }
        if (owner == null || Words.lower(text.substring(owner.span().end(), byStart)).size() > OWNER_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new Speaker(owner.entity(), subject.entity(), owner.anaphor()));
    }

    /** A person whose role in the document is of a State speaks for that State. */
    private static Optional<Speaker> servedState(Subject subject, List<PersonFact> persons) {
        return stateServed(subject.entity(), persons).map(state -> new Speaker(state, subject.entity(), subject.anaphor()));
    }

    /** The State whose office a person holds in this document ("Permanent Representative of Norway"), if any. */
    static Optional<EntityRef> stateServed(EntityRef person, List<PersonFact> persons) {
        if (person.kind() != EntityKind.PERSON) {
            return Optional.empty();
        }
        return persons.stream()
                .filter(p -> p.entity().equals(person) && p.affiliation() != null
                        && p.affiliation().kind() == EntityKind.STATE && STATE_OFFICE.matcher(p.role()).matches())
                .map(PersonFact::affiliation)
                .findFirst();
    }

    /**
     * "The representative of the United States, Ambassador X, said", "Switzerland's Permanent Representative, X,
     * said": the person holds the office of the State named just before.
     */
    private static Optional<Speaker> officeOfStateBefore(String text, Subject person, List<Subject> candidates) {
        if (person.entity().kind() != EntityKind.PERSON) {
            return Optional.empty();
        }
        Subject previous = null;
        for (Subject candidate : candidates) {
            if (candidate.span().end() <= person.span().start()) {
                previous = candidate;
            }
        }
        if (previous == null || previous.entity().kind() == EntityKind.PERSON
                || !ROLE_THEN_NAME.matcher(gapAfter(text, previous.span(), person.span().start())).matches()) {
            return Optional.empty();
        }
        boolean possessive = POSSESSIVE.matcher(gapAfter(text, previous.span(), person.span().start())).lookingAt();
        int from = Math.max(0, previous.span().start() - 80);
        Matcher role = ROLE_OF_BEFORE.matcher(text.substring(from, previous.span().start()));
        if (!possessive && !role.find()) {
            return Optional.empty();
        }
        // "the President of the General Assembly, X": a presiding officer speaks in their own name.
        if (previous.entity().kind() != EntityKind.STATE && (possessive || PRESIDING.matcher(role.group()).lookingAt())) {
            return Optional.empty();
        }
        return Optional.of(new Speaker(previous.entity(), person.entity(), previous.anaphor()));
    }

    /** "X, Minister for Foreign Affairs of Italy and President of the Council, said": X speaks for Italy. */
    private static Optional<Speaker> officeOfStateInApposition(String text, Subject person, List<Subject> candidates) {
        int end = person.span().end();
        if (person.entity().kind() != EntityKind.PERSON || !text.startsWith(",", end)) {
            return Optional.empty();
        }
        int close = text.indexOf(',', end + 1);
        if (close < 0 || close - end > APPOSITION_REACH || CLAUSE_BREAK.matcher(text.substring(end, close)).matches()) {
            return Optional.empty();
        }
        return candidates.stream()
                .filter(c -> c.entity().kind() == EntityKind.STATE && c.span().start() > end && c.span().end() <= close)
                .filter(c -> ROLE_OF_BEFORE.matcher(text.substring(end, c.span().start())).find())
                .findFirst()
                .map(c -> new Speaker(c.entity(), person.entity(), person.anaphor()));
    }

    /**
     * "Council President Jan Novak (Czechia) said": the State in brackets is the person's; a presiding officer
     * speaks in their own name, anyone else for that State.
     */
    private static Optional<Speaker> bracketedAfterPerson(String text, Subject state, List<Subject> candidates) {
        Subject previous = null;
        for (Subject candidate : candidates) {
            if (candidate.span().end() <= state.span().start()) {
                previous = candidate;
            }
        }
        if (previous == null || previous.entity().kind() != EntityKind.PERSON
                || !BRACKET.matcher(text.substring(previous.span().end(), state.span().start())).matches()) {
            return Optional.empty();
        }
        String before = text.substring(Math.max(0, previous.span().start() - PRESIDING_REACH), previous.span().start());
        return Optional.of(PRESIDING.matcher(before).find()
                ? new Speaker(previous.entity(), null, previous.anaphor())
                : new Speaker(state.entity(), previous.entity(), state.anaphor()));
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

    /**
     * The words between a name and a later offset, from the apostrophe of a possessive on: the name's mention may
     * or may not hold the apostrophe of "the United States'".
     */
    private static String gapAfter(String text, Span name, int to) {
        int from = name.end() > name.start() && "'’".indexOf(text.charAt(name.end() - 1)) >= 0 ? name.end() - 1 : name.end();
        return text.substring(from, to);
    }
}
