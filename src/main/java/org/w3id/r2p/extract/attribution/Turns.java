package org.w3id.r2p.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.Found;
import org.w3id.r2p.extract.Mention;
import org.w3id.r2p.extract.StatementFinding;
import org.w3id.r2p.extract.text.StartScan;
import org.w3id.r2p.extract.text.Starts;

/**
 * Statements that open a line with their speaker: interview turns ("Tibi Galis: ...") and the turns of a
 * verbatim record ("2. Mr. Pedersen (Denmark): ..."), where the State speaks through the person named.
 */
final class Turns {
    private static final StartScan VERBATIM_TURN = new StartScan(Pattern.compile(
            "(?m)^(?:\\d{1,3}\\.\\s+)?(?<name>(?:Mr|Ms|Mrs|Dr|Sir|Dame|Archbishop|Bishop|Monsignor|Cardinal|Sheikh|Prince|Princess|Lord|Baroness)\\.?\\s+[\\p{Lu}][\\p{L}'’ -]{1,40}?)\\s+"
                    + "\\((?<country>[^()\\n]{2,60})\\)(?:\\s+\\(spoke\\s+in\\s+(?<language>[A-Z][a-z]+)\\))?:\\s*"),
            Starts.LINE_START);
    /** Interview turns, tried at line starts only: every match of {@link StatementPatterns#TURN} starts a line. */
    private static final StartScan TURN = new StartScan(StatementPatterns.TURN, Starts.LINE_START);

    private final StatementMaker maker;

    Turns(StatementMaker maker) {
        this.maker = maker;
    }

    /** "Name: answer" lines whose name is exactly a State, person or organization; questions are not statements. */
    List<StatementFinding> interview(Document document, Found found) {
        String text = document.text();
        List<StatementFinding> result = new ArrayList<>();
        StartScan.Scan turn = TURN.in(text, 0, text.length());
        while (turn.find()) {
            Span who = new Span(turn.start(1), turn.end(1));
            Optional<EntityRef> speaker = found.within(who).filter(m -> m.kind().canSpeak())
                    .filter(m -> m.span().start() == who.start() && m.span().end() == who.end())
                    .map(Mention::entity).findFirst();
            if (speaker.isPresent() && !turn.group(2).strip().endsWith("?")) {
                result.add(maker.make(document, new Span(turn.start(2), turn.end(2)), speaker.get(), found, null, null));
            }
        }
        return result;
    }

    /** Each turn of a verbatim record, running to the end of its paragraph. */
    List<StatementFinding> verbatim(Document document, Found found) {
        String text = document.text();
        List<StatementFinding> result = new ArrayList<>();
        StartScan.Scan m = VERBATIM_TURN.in(text, 0, text.length());
        while (m.find()) {
            Span country = new Span(m.start("country"), m.end("country"));
            // "(Denmark)", "(Holy See)", "(European Union)": the State or organization the person speaks for.
            Optional<EntityRef> state = found.within(country).filter(x -> x.kind() == EntityKind.STATE)
                    .map(Mention::entity).findFirst()
                    .or(() -> found.within(country).filter(x -> x.kind() == EntityKind.ORGANIZATION).map(Mention::entity).findFirst());
            if (state.isEmpty()) {
                continue;
            }
            EntityRef person = found.ofKind(EntityKind.PERSON)
                    .filter(p -> p.span().start() >= m.start("name") && p.span().end() <= m.end("name"))
                    .map(Mention::entity).findFirst().orElse(null);
            int end = text.indexOf("\n\n", m.end());
            Span turn = new Span(m.end(), end < 0 ? text.stripTrailing().length() : end);
            String code = m.group("language") == null ? null : Languages.code(m.group("language"));
            result.add(maker.make(document, turn, state.get(), found, StatementMaker.onBehalfOf(text, turn, found),
                    person, code == null ? List.of() : List.of(code)));
        }
        return result;
    }
}
