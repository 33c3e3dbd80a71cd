package org.w3id.r2p.extract.attribution;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.EntityKind;
import org.w3id.r2p.extract.EntityRef;
import org.w3id.r2p.extract.Found;
import org.w3id.r2p.extract.Mention;
import org.w3id.r2p.extract.Pillars;
import org.w3id.r2p.extract.StatementFinding;
import org.w3id.r2p.extract.TextUnits;
import org.w3id.r2p.extract.Topics;

/**
 * Makes a {@link StatementFinding} from the words it rests on: its pillars, the mechanisms it names and its topics
 * come from those words, whatever shape of text the statement was found in.
 */
final class StatementMaker {
    private static final Pattern ON_BEHALF = Pattern.compile("(?i)\\bon\\s+behalf\\s+of\\s+(?:the\\s+)?");

    private final Topics topics = Topics.load();

    StatementFinding make(Document document, Span span, EntityRef speaker, Found found, EntityRef onBehalfOf,
                          EntityRef deliveredBy) {
        return make(document, span, speaker, found, onBehalfOf, deliveredBy, List.of());
    }

    StatementFinding make(Document document, Span span, EntityRef speaker, Found found, EntityRef onBehalfOf,
                          EntityRef deliveredBy, List<String> languages) {
        List<EntityRef> mechanisms = found.within(span).filter(m -> m.kind() == EntityKind.MECHANISM)
                .map(Mention::entity).distinct().toList();
        EntityRef behalf = speaker.equals(onBehalfOf) ? null : onBehalfOf;
        String words = TextUnits.collapse(document.text(), span);
        return new StatementFinding(speaker, span, words, Pillars.in(words), mechanisms, behalf, deliveredBy,
                languages, topics.of(words), document.id());
    }

    /** The State, person or organization right after "on behalf of (the)" in the span, if any. */
    static EntityRef onBehalfOf(String text, Span span, Found found) {
        Matcher m = ON_BEHALF.matcher(text).region(span.start(), span.end());
        if (!m.find()) {
            return null;
        }
        int at = m.end();
        return found.within(span)
                .filter(x -> x.kind().canSpeak() && x.span().start() >= at && x.span().start() - at <= 3)
                .map(Mention::entity).findFirst().orElse(null);
    }
}
