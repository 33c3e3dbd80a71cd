package org.w3id.r2p.extract.attribution;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.Found;
import org.w3id.r2p.extract.Mention;
import org.w3id.r2p.extract.PersonFact;
import org.w3id.r2p.extract.StatementFinding;
import org.w3id.r2p.extract.TextBlocks;

/**
 * A statement or message document: "Statement by X" or "X's message to ..." in the heading makes the body one
 * statement. A person whose role is of a State ("Permanent Representative of Norway") delivers the State's
 * statement; "delivered by" or "read by" in the heading names who read it out.
 */
final class DocumentStatement {
    /** "X's message to ...", "Guterres' remarks at ...": group 1 is who. */
    private static final Pattern MESSAGE = Pattern.compile(
            "(?i)(.{0,60}?)(?:['’]s|(?<=s)['’])\\s+(?:message|remarks|address|statement|speech)\\s+(?:to|for|on|at|before)\\b");
    /**
     * What follows who in {@link #MESSAGE}: its first match bounds where a match of MESSAGE may start, which spares
     * trying the lazy 60 characters of who at every character of the heading.
     */
    private static final Pattern MESSAGE_TAIL = Pattern.compile(
            "(?i)(?:['’]s|(?<=s)['’])\\s+(?:message|remarks|address|statement|speech)\\s+(?:to|for|on|at|before)\\b");
    private static final int MESSAGE_WHO_MAX = 60;
    private static final Pattern PROSE_END = Pattern.compile(".*[.!?:]['\"]?$");
    /** A heading line that is an office alone: "THE SECRETARY-GENERAL", over "REMARKS AT ...". */
    private static final Pattern OFFICE_LINE = Pattern.compile(
            "(?i)\\s*(?:the\\s+)?(?:UN\\s+|United\\s+Nations\\s+)?Secretary[- ]General\\s*");
    private static final Pattern SPEECH_LINE = Pattern.compile(
            "(?im)^\\s*(?:remarks|message|statement|address|speech|opening\\s+remarks)\\b");
    /** "Permanent Representative of the Republic of Korea" on the line under the byline: the State served. */
    private static final Pattern ROLE_OF = Pattern.compile(
            "(?i)\\b(?:representative|minister|ambassador|observer|delegate|envoy|president)[\\p{L}\\s,-]{0,60}?\\b(?:of|for)\\s+(?:the\\s+)?$");
    private static final int ROLE_LOOKBACK = 80;
    private static final Pattern DELIVERED_BY = Pattern.compile("(?i)\\b(?:delivered|read(?:\\s+out)?|presented)\\s+by\\s+");
    private static final int DELIVERER_WITHIN = 40;

    private final Offices offices = new Offices();
    private final StatementMaker maker;

    DocumentStatement(StatementMaker maker) {
        this.maker = maker;
    }

    /**
     * The document's statement and its author: whoever the heading names as speaking (the person, when a person
     * speaks for a State; the Secretary-General, when a message is read out by another).
     */
    record Whole(StatementFinding statement, EntityRef author) {}

    Optional<Whole> find(Document document, Found found, List<PersonFact> persons, LocalDate date) {
        String text = document.text();
        int head = StatementPatterns.headEnd(text);
        Matcher byline = StatementPatterns.BYLINE.matcher(text).region(0, head);
        EntityRef speaker = null;
        int bylineEnd = -1;
        int bylineStart = 0;
        if (byline.find()) {
            Span line = new Span(byline.start(1), byline.end(1));
            speaker = found.within(line).filter(m -> m.kind().canSpeak()).map(Mention::entity).findFirst().orElse(null);
            bylineStart = byline.start();
            bylineEnd = byline.end();
        }
        if (speaker == null) {
            Matcher message = message(text, head);
            if (message != null) {
                Span who = new Span(message.start(1), message.end(1));
                // "UN Secretary-General António Guterres' message": the person, not the UN before the name.
                speaker = found.within(who).filter(m -> m.kind() == EntityKind.PERSON).map(Mention::entity).findFirst()
                        .or(() -> offices.references(text, who).stream().findFirst()
                                .flatMap(ref -> offices.holder(ref.office(), persons, date)))
                        .or(() -> found.within(who).filter(m -> m.kind().canSpeak()).map(Mention::entity).findFirst())
                        .orElse(null);
                bylineStart = message.start();
                bylineEnd = text.indexOf('\n', message.end());
            }
        }
        if (speaker == null) {
            int officeLineEnd = officeAbovePreamble(text, head);
            if (officeLineEnd >= 0) {
                speaker = offices.holder(Offices.Office.SECRETARY_GENERAL, persons, date).orElse(null);
                bylineEnd = officeLineEnd;
            }
        }
        if (speaker == null || bylineEnd < 0) {
            return Optional.empty();
        }
        Span body = bodyAfter(text, bylineEnd);
        if (body == null) {
            return Optional.empty();
        }
        EntityRef author = speaker;
        EntityRef deliverer = deliverer(text, new Span(bylineStart, body.start()), found);
        EntityRef served = SpeakerRoles.stateServed(speaker, persons).orElse(null);
        if (served == null && speaker.kind() == EntityKind.PERSON) {
            int lineAfterBody = text.indexOf('\n', body.start());
            served = stateInHeading(text, new Span(bylineStart, lineAfterBody < 0 ? body.start() : lineAfterBody), found);
        }
        if (served != null) {
            deliverer = speaker;
            speaker = served;
        }
        return Optional.of(new Whole(maker.make(document, body, speaker, found,
                StatementMaker.onBehalfOf(text, body, found), deliverer), author));
    }

    /** The first match of {@link #MESSAGE} in {@code [0, head)}, or {@code null}. */
    private static Matcher message(String text, int head) {
        Matcher tail = MESSAGE_TAIL.matcher(text).region(0, head);
        if (!tail.find()) {
            return null;
        }
        // A match starts at most 60 characters before the first tail; (?<=s) at a tail still sees inside the region.
        Matcher message = MESSAGE.matcher(text).region(Math.max(0, tail.start() - MESSAGE_WHO_MAX), head);
        return message.find() ? message : null;
    }

    /** The end of a heading line naming only the Secretary-General's office, over a "Remarks ..." line; or -1. */
    private static int officeAbovePreamble(String text, int head) {
        if (!SPEECH_LINE.matcher(text).region(0, head).find()) {
            return -1;
        }
        for (Span line : TextBlocks.lines(text)) {
            if (line.start() >= head) {
                break;
            }
            if (OFFICE_LINE.matcher(line.of(text)).matches()) {
                return line.end();
            }
        }
        return -1;
    }

    /** A State named in the heading after a role: "Permanent Representative of the Republic of Korea". */
    private static EntityRef stateInHeading(String text, Span heading, Found found) {
        return found.within(heading).filter(m -> m.kind() == EntityKind.STATE)
                .filter(m -> ROLE_OF.matcher(text.substring(Math.max(heading.start(), m.span().start() - ROLE_LOOKBACK),
                        m.span().start())).find())
                .map(Mention::entity).findFirst().orElse(null);
    }

    /** The person right after "delivered by" or "read by" in the heading, if any. */
    private static EntityRef deliverer(String text, Span heading, Found found) {
        Matcher delivered = DELIVERED_BY.matcher(text).region(heading.start(), heading.end());
        if (!delivered.find()) {
            return null;
        }
        int at = delivered.end();
        return found.ofKind(EntityKind.PERSON).filter(p -> p.span().start() >= at && p.span().start() - at <= DELIVERER_WITHIN)
                .map(Mention::entity).findFirst().orElse(null);
    }

    /** From the first line after the byline that reads as prose (ends a sentence or is long) to the end. */
    private static Span bodyAfter(String text, int from) {
        for (Span line : TextBlocks.lines(text)) {
            if (line.start() < from) {
                continue;
            }
            String s = line.of(text);
            if (PROSE_END.matcher(s).matches() || s.length() > 60) {
                return new Span(line.start(), text.stripTrailing().length());
            }
        }
        return null;
    }
}
