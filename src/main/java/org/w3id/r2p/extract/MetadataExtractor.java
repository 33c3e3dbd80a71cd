package org.w3id.r2p.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.attribution.StatementPatterns;
import org.w3id.r2p.extract.text.StartScan;
import org.w3id.r2p.extract.text.Starts;

/**
 * Reads what a document says about itself: title ({@link Titles}), date, place, kind, the meeting it reports
 * ({@link EventFinder}), the UN document symbols it cites and the pillars it names. The date and place are those
 * of the first date line or dateline of the heading ({@link HeadingLines}: "6 September 2017",
 * "New York, 6 September 2017", "GENEVA (14 March 2019) -"); a dateline without a year ("NEW YORK, 5 May") takes
 * the year of the latest full date the document gives.
 */
public final class MetadataExtractor {
    private static final int HEAD_LINES = 30;
    private static final int TITLE_LINES = 12;
    private static final int MIN_SUMMARY_SPEAKERS = 5;
    // Each pattern is tried only where its first character can be: most of a text cannot start any of them.
    private static final StartScan INTERVIEW = new StartScan(Pattern.compile("(?i)\\binterview\\b"), Starts.prefixes(true, "interview"));
    private static final StartScan MESSAGE = new StartScan(Pattern.compile("(?i)\\bmessage\\s+(?:to|of|from|on|for)\\b"),
            Starts.prefixes(true, "message"));
    private static final StartScan SUMMARY = new StartScan(Pattern.compile("(?i)\\bsummary\\b"), Starts.prefixes(true, "summary"));
    private static final StartScan SUMMARY_HEADING = new StartScan(
            Pattern.compile("(?m)^\\s*(?:PRESIDENT'S |CHAIR'S |CO-CHAIRS' )?SUMMARY\\s*$"), Starts.LINE_START);
    private static final StartScan SYMBOL = new StartScan(Pattern.compile(
            "(?<![\\p{L}\\p{N}/])(?:A|S|E|ST|A/HRC|A/RES|S/RES|S/PRST|E/CN\\.\\d+)(?:/[A-Z]{1,6}(?:\\.\\d+)?)*/\\d{1,5}"
                    + "(?:/(?:\\d{1,5}|[A-Z]{1,6}\\.\\d+|[A-Z]{1,6}|Add\\.\\d+|Rev\\.\\d+|Corr\\.\\d+))*(?![\\p{L}\\p{N}/])"),
            Starts.prefixes(false, "A", "S", "E"));
    private static final StartScan LETTER_OPENING = new StartScan(
            Pattern.compile("(?m)^\\s*(?:Excellency|Your Excellency|Dear\\s[^,\\n]{1,60}),\\s*$"), Starts.LINE_START);
    /** The closing formula of a letter, after which its signatory stands. */
    static final Pattern LETTER_CLOSING = Pattern.compile(
            "(?im)assurances\\s+of\\s+my\\s+(?:highest\\s+)?consideration|yours\\s+(?:sincerely|faithfully)|^sincerely,");

    private final HeadingLines headingLines;
    private final Titles titles;
    private final EventFinder events;

    public MetadataExtractor() {
        Places places = new Places();
        this.headingLines = new HeadingLines(places);
        this.titles = new Titles(headingLines);
        this.events = new EventFinder(places);
    }

    /** When and where: the document's date and place, and the meeting it reports, read once per document. */
    public record Dating(LocalDate date, String place, EventFinding event) {
        /** The date offices are resolved by ("the Secretary-General"): the document's, else its event's. */
        public LocalDate reference() {
            return date != null ? date : event != null ? event.date() : null;
        }
    }

    public Dating dating(Document document) {
        String text = document.text();
        List<Span> heading = HeadingLines.heading(text, HEAD_LINES);
        HeadingLines.Dateline dated = firstDated(text, heading, null);
        if (dated == null && heading.stream().anyMatch(line -> Dates.hasYearless(text, line))) {
            // "NEW YORK, 5 May (Office of ...) -": the year is that of the latest full date the document gives. Only
            // a date without a year reads differently given a reference, so without one the whole text is not read.
            LocalDate latest = Dates.in(text, new Span(0, text.length())).stream().map(Dates.Found::date)
                    .max(Comparator.naturalOrder()).orElse(null);
            dated = latest == null ? null : firstDated(text, heading, latest);
        }
        LocalDate date = dated == null ? null : dated.date();
        String place = dated != null && dated.place() != null ? dated.place() : firstPlace(text, head(text, HEAD_LINES));
        return new Dating(date, place, events.find(text, date, dated == null ? null : dated.dateSpan(), place));
    }

    /**
     * The first place line of the document's first lines. A place stands alone more often than a date does, and
     * further down (a letter's "New York" under its address), so it is looked for beyond the heading.
     */
    private String firstPlace(String text, List<Span> lines) {
        return lines.stream().map(line -> headingLines.read(text, line, null))
                .filter(line -> line != null && line.place() != null).map(HeadingLines.Dateline::place)
                .findFirst().orElse(null);
    }

    private HeadingLines.Dateline firstDated(String text, List<Span> head, LocalDate reference) {
        return head.stream().map(line -> headingLines.read(text, line, reference))
                .filter(line -> line != null && line.date() != null).findFirst().orElse(null);
    }

    /**
     * @param speaker the speaker of a statement or message document, who is its author
     */
    public DocumentMetadata extract(Document document, Dating dating, Found found, List<StatementFinding> statements,
                                    EntityRef speaker) {
        String text = document.text();
        List<DocumentKind> kinds = kinds(text, statements);
        EntityRef author = speaker != null ? speaker : kinds.contains(DocumentKind.LETTER) ? signatory(text, found) : null;
        return new DocumentMetadata(titles.title(document, found), dating.date(), dating.place(), kinds, dating.event(), symbols(text),
                Pillars.in(text), author);
    }

    /** The person whose name stands alone on a line after a letter's closing formula. */
    private static EntityRef signatory(String text, Found found) {
        Matcher closing = LETTER_CLOSING.matcher(text);
        if (!closing.find()) {
            return null;
        }
        int after = closing.end();
        return found.ofKind(EntityKind.PERSON)
                .filter(p -> p.span().start() >= after && p.span().start() - after < 500)
                .filter(p -> isWholeLine(text, p.span()))
                .map(Mention::entity).findFirst().orElse(null);
    }

    private static boolean isWholeLine(String text, Span span) {
        int lineStart = text.lastIndexOf('\n', span.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', span.end());
        return text.substring(lineStart, span.start()).isBlank()
                && text.substring(span.end(), lineEnd < 0 ? text.length() : lineEnd).isBlank();
    }

    private List<DocumentKind> kinds(String text, List<StatementFinding> statements) {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        String head = text.substring(0, head(text, TITLE_LINES).stream().mapToInt(Span::end).max().orElse(0));
        if (INTERVIEW.in(head, 0, head.length()).find() || StatementPatterns.turnCount(text) >= 2) {
            kinds.add(DocumentKind.INTERVIEW);
        }
        if (MESSAGE.in(head, 0, head.length()).find()) {
            kinds.add(DocumentKind.MESSAGE);
        }
        if (LETTER_OPENING.in(text, 0, text.length()).find() && LETTER_CLOSING.matcher(text).find()) {
            kinds.add(DocumentKind.LETTER);
        }
        if (StatementPatterns.isStatementHeading(head) && !kinds.contains(DocumentKind.MESSAGE)) {
            kinds.add(DocumentKind.STATEMENT);
        }
        long speakers = statements.stream().map(StatementFinding::speaker).distinct().count();
        if (SUMMARY.in(head, 0, head.length()).find()
                || SUMMARY_HEADING.in(text, 0, text.length()).find()
                || speakers >= MIN_SUMMARY_SPEAKERS && kinds.isEmpty()) {
            kinds.add(DocumentKind.SUMMARY);
        }
        return List.copyOf(kinds);
    }

    private static List<String> symbols(String text) {
        Set<String> symbols = new LinkedHashSet<>();
        StartScan.Scan m = SYMBOL.in(text, 0, text.length());
        while (m.find()) {
            symbols.add(m.group());
        }
        return new ArrayList<>(symbols);
    }

    private static List<Span> head(String text, int lines) {
        List<Span> all = TextBlocks.lines(text);
        return all.subList(0, Math.min(lines, all.size()));
    }
}
