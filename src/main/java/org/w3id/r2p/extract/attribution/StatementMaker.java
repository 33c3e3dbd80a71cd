package org.w3id.r2p.extract.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.Found;
import org.w3id.r2p.extract.Mention;
import org.w3id.r2p.extract.Pillar;
import org.w3id.r2p.extract.Pillars;
import org.w3id.r2p.extract.StatementFinding;
import org.w3id.r2p.extract.TextUnits;
import org.w3id.r2p.extract.Topics;

/**
 * Makes a {@link StatementFinding} from the words it rests on: its pillars, the mechanisms it names and its topics
 * come from those words, whatever shape of text the statement was found in.
 */
final class StatementMaker {
    private static final Occurrences ON_BEHALF = Occurrences.of(Pattern.compile(
            "(?i)\\b(?:on\\s+behalf\\s+of|speaking\\s+(?:also\\s+)?for)\\s+(?:the\\s+|a\\s+)?"
                    + "(?:(?:\\d+|all)\\s+(?:members|Member\\s+States)\\s+of\\s+(?:the\\s+)?)?"),
            Set.of("on", "speaking"), true);
    private static final int ANOTHER_STATEMENT_REACH = 80;
    /** "For the Southern African Development Community (SADC), the representative of Namibia said". */
    private static final Pattern FOR = Pattern.compile("For\\s+(?:the\\s+)?");
    private static final Pattern AFTER_FRONTED = Pattern.compile("(?:\\s*\\([^()\\n]{1,20}\\))?\\s*,");
    /** "the statement delivered on behalf of X" names another statement, not this speaker's group. */
    private static final Pattern ANOTHER_STATEMENT = Pattern.compile(
            "(?i)\\b(?:statement|remarks|intervention)s?\\s+(?:delivered|made|read|presented)(?:\\s+by\\s+[^,.;]{1,40})?\\s*$");
    /**
     * A group of States named by its form: "the Nordic countries", "the African Group", "the Baltic States",
     * "a group of countries", "the two co-penholders", "the A3+". Group 1 is its label.
     */
    private static final Pattern STATE_GROUP = Pattern.compile(
            "(?:(?:two|three|four|five|six|\\d+)\\s+)?((?:\\p{Lu}[\\p{L}\\d'’-]*\\s+){0,4}(?:Group|[Cc]ountries|States)"
                    + "|group\\s+of\\s+(?:countries|States)|co-penholders|penholders|\\p{Lu}\\d\\+?)(?![\\p{L}\\d])");

    private final Topics topics = Topics.load();
    /**
     * The words read on this thread in its last document, by span: the same words make statements of several
     * speakers (a clause with several subjects, a sentence listing several), and more than one shape of text finds
     * a statement over the same words.
     */
    private final ThreadLocal<Readings> readings = new ThreadLocal<>();

    private record Reading(String words, List<Pillar> pillars, List<String> topics) {}

    /** The readings of one text, compared by identity. */
    private record Readings(String text, Map<Span, Reading> bySpan) {}

    StatementFinding make(Document document, Span span, EntityRef speaker, Found found, EntityRef onBehalfOf,
                          EntityRef deliveredBy) {
        return make(document, span, speaker, found, onBehalfOf, deliveredBy, List.of());
    }

    StatementFinding make(Document document, Span span, EntityRef speaker, Found found, EntityRef onBehalfOf,
                          EntityRef deliveredBy, List<String> languages) {
        List<EntityRef> mechanisms = found.within(span).filter(m -> m.kind() == EntityKind.MECHANISM)
                .map(Mention::entity).distinct().toList();
        EntityRef behalf = speaker.equals(onBehalfOf) ? null : onBehalfOf;
        Reading reading = read(document.text(), span);
        return new StatementFinding(speaker, span, reading.words(), reading.pillars(), mechanisms, behalf, deliveredBy,
                languages, reading.topics(), document.id());
    }

    private Reading read(String text, Span span) {
        Readings last = readings.get();
        if (last == null || last.text() != text) {
            last = new Readings(text, new HashMap<>());
            readings.set(last);
        }
        return last.bySpan().computeIfAbsent(span, s -> {
            String words = TextUnits.collapse(text, s);
            return new Reading(words, Pillars.in(words), topics.of(words));
        });
    }

    /**
     * The State, person or organization right after "on behalf of (the)" or "speaking for" in the span, or else a
     * group of States named there, if any.
     */
    static EntityRef onBehalfOf(String text, Span span, Found found) {
        EntityRef fronted = frontedOrganization(text, span, found);
        if (fronted != null) {
            return fronted;
        }
        MatchResult behalf = ON_BEHALF.in(text, span).stream()
                .filter(m -> !ANOTHER_STATEMENT.matcher(text.substring(Math.max(span.start(), m.start() - ANOTHER_STATEMENT_REACH), m.start())).find())
                .findFirst().orElse(null);
        if (behalf == null) {
            return null;
        }
        int at = behalf.end();
        Optional<EntityRef> named = found.within(span)
                .filter(x -> x.kind().canSpeak() && x.span().start() >= at && x.span().start() - at <= 3)
                .map(Mention::entity).findFirst();
        if (named.isPresent()) {
            return named.get();
        }
        Matcher group = STATE_GROUP.matcher(text).region(at, span.end());
        return group.lookingAt() ? new EntityRef(EntityKind.STATE_GROUP, group.group(1)) : null;
    }

    /**
     * An organization named in a clause-opening "For X," speaks through the subject; a State so named does not
     * ("For Brazil, the report ...": Brazil's view).
     */
    private static EntityRef frontedOrganization(String text, Span span, Found found) {
        Matcher opening = FOR.matcher(text).region(span.start(), span.end());
        if (!opening.lookingAt()) {
            return null;
        }
        int at = opening.end();
        return found.within(span)
                .filter(x -> x.kind() == EntityKind.ORGANIZATION && x.span().start() == at
                        && AFTER_FRONTED.matcher(text).region(x.span().end(), span.end()).lookingAt())
                .map(Mention::entity).findFirst().orElse(null);
    }
}
