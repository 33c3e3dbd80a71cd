package org.w3id.r2p.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.Found;
import org.w3id.r2p.extract.Mention;
import org.w3id.r2p.extract.PersonFact;
import org.w3id.r2p.extract.StatementFinding;

/**
 * Sentences that say who spoke without reporting what: "the statement delivered by Denmark on behalf of the
 * Nordic countries", "noting the briefing by H.E. Mr. X" (X spoke); and lists of those who spoke: "Also speaking
 * were the representatives of Estonia and Uruguay", "The following organizations also took the floor: A, B",
 * "Full list of speakers: A, B, C".
 */
final class SpeakerNotes {
    /** How far after "statement by" the speaker's name may begin: room for "H.E. Ambassador". */
    private static final int SPEAKER_WITHIN = 30;
    private static final Occurrences SPOKEN_BY = Occurrences.of(Pattern.compile(
            "(?i)\\b(?:statements?,?\\s+(?:was\\s+|were\\s+)?(?:delivered|made|given|read(?:\\s+out)?|presented)"
                    + "|(?:opening\\s+|closing\\s+|introductory\\s+)?(?:remarks|statements?|briefings?|presentations?"
                    + "|address|interventions?)\\s+(?:made\\s+|delivered\\s+|given\\s+)?)\\s+by\\s+(?:the\\s+)?"),
            Set.of("statement", "statements", "opening", "closing", "introductory", "remarks", "briefing", "briefings",
                    "presentation", "presentations", "address", "intervention", "interventions"), true);
    private static final Pattern TITLES_ONLY = Pattern.compile("[\\p{L}.\\s]*");
    private static final Occurrences LIST_OPENING = Occurrences.of(Pattern.compile(
            "(?i)\\b(?:(?:also\\s+)?(?:speaking|taking\\s+the\\s+floor|making\\s+statements?)\\s+(?:were|was)\\b"
                    + "|(?:also\\s+)?took\\s+the\\s+floor\\s*:|(?:full\\s+)?list\\s+of\\s+speakers\\s*:)"),
            Set.of("also", "speaking", "taking", "making", "took", "full", "list"), true);

    /** "Togo on behalf of the African Group": the group is not one of those listed as speaking. */
    private static final Pattern FOR_WHOM = Pattern.compile("(?i)\\bon\\s+behalf\\s+of\\s+(?:the\\s+)?$");
    private static final int FOR_WHOM_REACH = 20;

    private final StatementMaker maker;
    private final SpeakerRoles roles = new SpeakerRoles();

    SpeakerNotes(StatementMaker maker) {
        this.maker = maker;
    }

    List<StatementFinding> in(Document document, Span sentence, Found found, List<PersonFact> persons) {
        List<StatementFinding> result = new ArrayList<>(spokenBy(document, sentence, found, persons));
        result.addAll(listed(document, sentence, found));
        return result;
    }

    private List<StatementFinding> spokenBy(Document document, Span sentence, Found found, List<PersonFact> persons) {
        String text = document.text();
        List<MatchResult> notes = SPOKEN_BY.in(text, sentence);
        if (notes.isEmpty()) {
            return List.of(); // most sentences: their candidates are not gathered
        }
        List<Subject> candidates = found.within(sentence).filter(m -> m.kind().canSpeak())
                .map(m -> new Subject(m.entity(), m.span(), false)).toList();
        List<StatementFinding> result = new ArrayList<>();
        for (MatchResult m : notes) {
            int at = m.end();
            candidates.stream()
                    .filter(c -> c.span().start() >= at && c.span().start() - at <= SPEAKER_WITHIN
                            && TITLES_ONLY.matcher(text.substring(at, c.span().start())).matches())
                    .findFirst()
                    .ifPresent(c -> {
                        for (Speaker speaker : roles.speakers(text, List.of(c), candidates, persons, sentence.start())) {
                            result.add(maker.make(document, sentence, speaker.principal(), found,
                                    StatementMaker.onBehalfOf(text, new Span(c.span().end(), sentence.end()), found),
                                    speaker.deliverer()));
                        }
                    });
        }
        return result;
    }

    private List<StatementFinding> listed(Document document, Span sentence, Found found) {
        MatchResult m = LIST_OPENING.first(document.text(), sentence);
        if (m == null) {
            return List.of();
        }
        int at = m.end();
        String text = document.text();
        return found.within(sentence).filter(x -> x.kind().canSpeak() && x.span().start() >= at)
                .filter(x -> !FOR_WHOM.matcher(text.substring(Math.max(at, x.span().start() - FOR_WHOM_REACH), x.span().start())).find())
                .map(Mention::entity).distinct()
                .map(x -> maker.make(document, sentence, x, found, null, null)).toList();
    }
}
