package org.w3id.r2p.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.Found;
import org.w3id.r2p.extract.Mention;
import org.w3id.r2p.extract.StatementFinding;
import org.w3id.r2p.extract.TextBlocks;
import org.w3id.r2p.extract.text.StartScan;
import org.w3id.r2p.extract.text.Starts;

/**
 * Lists of speakers: a run of short paragraphs that mostly name States, persons or organizations ("Brazil",
 * "Panama (in Spanish)"), each named one having delivered a statement. A list of participants, or an entry that
 * says its speaker did not speak, is not one.
 */
final class SpeakerLists {
    private static final Pattern LANGUAGE = Pattern.compile("\\A\\s*\\(\\s*(?:in\\s+)?(" + Languages.NAMES + ")"
            + "(?:\\s+and\\s+(" + Languages.NAMES + "))?\\s*\\)");
    private static final StartScan PARTICIPANTS = new StartScan(
            Pattern.compile("(?i)\\b(?:list\\s+of\\s+participants|participants|attendance|attendees)\\b"),
            Starts.prefixes(true, "list", "participants", "attend"));
    private static final Pattern DID_NOT_SPEAK = Pattern.compile("(?i)did\\s+not\\s+(?:speak|deliver)|not\\s+delivered");
    private static final int MIN_ENTRIES = 5;
    private static final int PARAGRAPH_MAX = 200;
    private static final Pattern ENDS_CLAUSE = Pattern.compile("(?s).*[.;:]\\s*$");
    private static final Pattern OPENS_BRACKET = Pattern.compile("(?s)\\s*[()].*");

    private final StatementMaker maker;
    private final Pattern reportingVerb;

    SpeakerLists(StatementMaker maker, Pattern reportingVerb) {
        this.maker = maker;
        this.reportingVerb = reportingVerb;
    }

    List<StatementFinding> statements(Document document, Found found) {
        String text = document.text();
        if (PARTICIPANTS.in(text, 0, StatementPatterns.headEnd(text)).find()) {
            return List.of(); // a list of participants names who attended, not who spoke
        }
        List<StatementFinding> result = new ArrayList<>();
        List<Span> run = new ArrayList<>();
        for (Span paragraph : TextBlocks.paragraphs(text)) {
            if (isListParagraph(paragraph.of(text))) {
                run.add(paragraph);
            } else {
                result.addAll(fromRun(document, run, found));
                run.clear();
            }
        }
        result.addAll(fromRun(document, run, found));
        return result;
    }

    private boolean isListParagraph(String paragraph) {
        return paragraph.length() <= PARAGRAPH_MAX && !ENDS_CLAUSE.matcher(paragraph).matches()
                && !reportingVerb.matcher(paragraph).find();
    }

    private List<StatementFinding> fromRun(Document document, List<Span> run, Found found) {
        String text = document.text();
        List<Span> entries = run.stream().filter(p -> !OPENS_BRACKET.matcher(p.of(text)).matches()).toList();
        long named = entries.stream().filter(p -> found.within(p).anyMatch(m -> m.kind().canSpeak())).count();
        if (named < MIN_ENTRIES || named * 5 < entries.size() * 3) {
            return List.of();
        }
        List<StatementFinding> result = new ArrayList<>();
        for (Span entry : entries) {
            if (DID_NOT_SPEAK.matcher(entry.of(text)).find()) {
                continue;
            }
            for (Mention m : found.within(entry).filter(x -> x.kind().canSpeak()).toList()) {
                if (text.substring(entry.start(), m.span().start()).contains(",")) {
                    continue; // in a role after the name: "Name, Permanent Representative of X"
                }
                Matcher language = LANGUAGE.matcher(text).region(m.span().end(), text.length());
                boolean annotated = language.lookingAt();
                Span span = annotated ? new Span(m.span().start(), language.end()) : m.span();
                List<String> codes = new ArrayList<>();
                for (int g = 1; annotated && g <= 2; g++) {
                    if (language.group(g) != null) {
                        codes.add(Languages.code(language.group(g)));
                    }
                }
                result.add(maker.make(document, span, m.entity(), found, null, null, codes));
            }
        }
        return result;
    }
}
