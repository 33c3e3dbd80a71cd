package org.w3id.r2p.extract.attribution;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.Found;
import org.w3id.r2p.extract.PersonFact;
import org.w3id.r2p.extract.StatementFinding;
import org.w3id.r2p.extract.TextUnits;

/**
 * Finds statements in four shapes of text (the attribution model is described in {@code doc/attribution.md}):
 * <ul>
 *   <li>reported speech ({@link ReportedSpeech}): a State, person or organization as the subject of a reporting
 *       cue, before or after it;</li>
 *   <li>a statement or message document ({@link DocumentStatement}): "Statement by X" or "X's message to ..." in
 *       the heading makes the body one statement;</li>
 *   <li>interview and verbatim-record turns ({@link Turns}): "Name: answer", "Mr. X (Country): ...";</li>
 *   <li>lists of speakers ({@link SpeakerLists}) and notes of who spoke ({@link SpeakerNotes}).</li>
 * </ul>
 */
public final class StatementExtractor {
    private final StatementMaker maker = new StatementMaker();
    private final Turns turns = new Turns(maker);
    private final SpeakerLists lists;
    private final SpeakerNotes notes = new SpeakerNotes(maker);
    private final DocumentStatement documentStatement = new DocumentStatement(maker);
    private final ReportedSpeech reportedSpeech;

    public StatementExtractor() {
        Pattern reportingVerb = ReportingCues.standard().verbPattern();
        this.lists = new SpeakerLists(maker, reportingVerb);
        this.reportedSpeech = new ReportedSpeech(ReportingCues.standard().verbOccurrences(), maker);
    }

    /**
     * The statements of a document, and its speaker when it is a statement or message document.
     *
     * @param findings        every statement, in text order
     * @param documentSpeaker who the heading of a "Statement by ..." or "X's message to ..." document names as
     *                        speaking, its author, or {@code null}
     */
    public record Statements(List<StatementFinding> findings, EntityRef documentSpeaker) {
        public Statements {
            findings = List.copyOf(findings);
        }
    }

    /** Statements in the document; {@code date} (the document's or its event's) resolves offices to holders. */
    public Statements extract(Document document, Found found, LocalDate date) {
        String text = document.text();
        List<PersonFact> persons = found.facts().stream()
                .filter(PersonFact.class::isInstance).map(PersonFact.class::cast).toList();
        Map<String, StatementFinding> statements = new LinkedHashMap<>();
        Optional<DocumentStatement.Whole> heading = documentStatement.find(document, found, persons, date);
        Optional<StatementFinding> whole = heading.map(DocumentStatement.Whole::statement);
        whole.ifPresent(s -> add(statements, s));
        List<StatementFinding> verbatim = turns.verbatim(document, found);
        verbatim.forEach(s -> add(statements, s));
        List<Span> turnHeads = verbatim.stream().map(s -> new Span(lineStart(text, s.span().start()), s.span().start())).toList();
        reportedSpeech.find(document, found, date, turnHeads,
                        (span, speaker) -> whole.isPresent() && isTheDocumentsOwnVoice(whole.get(), span, speaker))
                .forEach(s -> add(statements, s));
        for (Span sentence : TextUnits.sentences(text)) {
            notes.in(document, sentence, found, persons).stream()
                    .filter(s -> whole.isEmpty() || !isTheDocumentsOwnVoice(whole.get(), s.span(), s.speaker()))
                    .forEach(s -> add(statements, s));
        }
        turns.interview(document, found).forEach(s -> add(statements, s));
        lists.statements(document, found).forEach(s -> add(statements, s));
        return new Statements(statements.values().stream()
                .sorted(Comparator.comparing((StatementFinding s) -> s.span()).thenComparing(StatementFinding::speaker))
                .toList(), heading.map(DocumentStatement.Whole::author).orElse(null));
    }

    private static void add(Map<String, StatementFinding> statements, StatementFinding s) {
        statements.putIfAbsent(key(s), s);
    }

    private static String key(StatementFinding s) {
        return s.speaker().kind() + "|" + s.speaker().key() + "|" + s.span().start();
    }

    /** In a statement document, the speaker's own State or organization acting in the body is the statement itself. */
    private static boolean isTheDocumentsOwnVoice(StatementFinding whole, Span span, EntityRef speaker) {
        return whole.span().contains(span)
                && (speaker.equals(whole.speaker()) || speaker.equals(whole.onBehalfOf())
                || speaker.equals(whole.deliveredBy()));
    }

    private static int lineStart(String text, int at) {
        return text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    }
}
