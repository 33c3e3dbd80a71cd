package org.w3id.r2p.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.Found;
import org.w3id.r2p.extract.StatementFinding;

/**
 * Sentences that say who spoke without reporting what: "the statement delivered by Denmark on behalf of the
 * Nordic countries" (Denmark spoke) and "Also speaking were the representatives of Estonia and Uruguay".
 */
final class SpeakerNotes {
    private static final int SPEAKER_WITHIN = 3;
    private static final Pattern STATEMENT_BY = Pattern.compile(
            "(?i)\\bstatements?\\s+(?:was\\s+|were\\s+)?(?:delivered|made|given|read(?:\\s+out)?|presented)\\s+by\\s+(?:the\\s+)?");
    private static final Pattern ALSO_SPEAKING = Pattern.compile("(?i)\\b(?:also\\s+)?speaking\\s+(?:were|was)\\b");

    private final StatementMaker maker;

    SpeakerNotes(StatementMaker maker) {
        this.maker = maker;
    }

    List<StatementFinding> in(Document document, Span sentence, Found found) {
        List<StatementFinding> result = new ArrayList<>(deliveredBy(document, sentence, found));
        result.addAll(alsoSpeaking(document, sentence, found));
        return result;
    }

    private List<StatementFinding> deliveredBy(Document document, Span sentence, Found found) {
        String text = document.text();
        List<StatementFinding> result = new ArrayList<>();
        Matcher m = STATEMENT_BY.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            int at = m.end();
            found.within(sentence).filter(x -> x.kind().canSpeak() && x.span().start() >= at && x.span().start() - at <= SPEAKER_WITHIN)
                    .findFirst()
                    .ifPresent(x -> result.add(maker.make(document, sentence, x.entity(), found,
                            StatementMaker.onBehalfOf(text, new Span(x.span().end(), sentence.end()), found), null)));
        }
        return result;
    }

    private List<StatementFinding> alsoSpeaking(Document document, Span sentence, Found found) {
        Matcher m = ALSO_SPEAKING.matcher(document.text()).region(sentence.start(), sentence.end());
        if (!m.find()) {
            return List.of();
        }
        int at = m.end();
        return found.within(sentence).filter(x -> x.kind().canSpeak() && x.span().start() >= at)
                .map(x -> maker.make(document, sentence, x.entity(), found, null, null)).toList();
    }
}
