package org.w3id.r2p.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Document;
import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.attribution.StatementPatterns;
import org.w3id.r2p.link.DataFiles;
import org.w3id.r2p.link.NameMatcher;

/**
 * Reads what a document says about itself: title, date, place, kind, the meeting it reports, the UN document
 * symbols it cites and the pillars it names. The date is the first line of the heading that is a date
 * ("6 September 2017", "New York, 6 September 2017"); the event is the first sentence that names a kind of
 * meeting with a full date, or else a meeting named in the heading, on the document's date.
 */
public final class MetadataExtractor {
    private static final int HEAD_LINES = 30;
    private static final int TITLE_LINES = 12;
    private static final int MIN_SUMMARY_SPEAKERS = 5;
    private static final Pattern INTERVIEW = Pattern.compile("(?i)\\binterview\\b");
    private static final Pattern MESSAGE = Pattern.compile("(?i)\\bmessage\\s+(?:to|of|from|on|for)\\b");
    private static final Pattern SUMMARY = Pattern.compile("(?i)\\bsummary\\b");
    private static final Pattern SUMMARY_HEADING = Pattern.compile("(?m)^\\s*(?:PRESIDENT'S |CHAIR'S |CO-CHAIRS' )?SUMMARY\\s*$");
    private static final Pattern SYMBOL = Pattern.compile(
            "(?<![\\p{L}\\p{N}/])(?:A|S|E|ST|A/HRC|A/RES|S/RES|S/PRST|E/CN\\.\\d+)(?:/[A-Z]{1,6}(?:\\.\\d+)?)*/\\d{1,5}"
                    + "(?:/(?:\\d{1,5}|[A-Z]{1,6}\\.\\d+|[A-Z]{1,6}|Add\\.\\d+|Rev\\.\\d+|Corr\\.\\d+))*(?![\\p{L}\\p{N}/])");
    private static final Pattern LETTER_OPENING = Pattern.compile("(?m)^\\s*(?:Excellency|Your Excellency|Dear\\s[^,\\n]{1,60}),\\s*$");
    /** The closing formula of a letter, after which its signatory stands. */
    static final Pattern LETTER_CLOSING = Pattern.compile(
            "(?im)assurances\\s+of\\s+my\\s+(?:highest\\s+)?consideration|yours\\s+(?:sincerely|faithfully)|^sincerely,");
    private static final Pattern CONNECTOR_END = Pattern.compile("(?i)\\b(?:of|the|to|on|and|for|in|a|an|at|by|with)$");

    private record EventKind(Pattern phrase, String slug, String label) {}

    private final List<EventKind> eventKinds;
    private final NameMatcher places;

    public MetadataExtractor() {
        this.eventKinds = DataFiles.tsv(MetadataExtractor.class, "event-kinds.tsv").stream()
                .map(row -> new EventKind(Pattern.compile("(?i)\\b" + row[0] + "\\b"), row[1], row[2]))
                .toList();
        Map<String, String> cities = new LinkedHashMap<>();
        DataFiles.lines(MetadataExtractor.class, "places.txt").forEach(city -> cities.put(city, city));
        this.places = NameMatcher.of(cities);
    }

    /** The date the document bears: the first date line of its heading. */
    private LocalDate documentDate(Document document) {
        String text = document.text();
        for (Span line : head(text, HEAD_LINES)) {
            String s = line.of(text);
            for (Dates.Found date : Dates.in(text, line)) {
                String rest = (text.substring(line.start(), date.span().start()) + text.substring(date.span().end(), line.end())).strip();
                if (rest.isEmpty() || rest.matches("[\\p{L} .]{1,30},?") || s.startsWith("Date")
                        || rest.matches(",?\\s*\\d{1,2}(?:[.:]\\d{2})?\\s*[ap]\\.?m\\.?")) {
                    return date.date();
                }
            }
        }
        return null;
    }

    /**
     * @param speaker the speaker of a statement or message document, who is its author
     */
    /** When and where: the document's date and place, and the meeting it reports, read once per document. */
    public record Dating(LocalDate date, String place, EventFinding event) {
        /** The date offices are resolved by ("the Secretary-General"): the document's, else its event's. */
        public LocalDate reference() {
            return date != null ? date : event != null ? event.date() : null;
        }
    }

    public Dating dating(Document document) {
        String text = document.text();
        LocalDate date = documentDate(document);
        String place = place(text);
        return new Dating(date, place, event(text, date, place));
    }

    /**
     * @param speaker the speaker of a statement or message document, who is its author
     */
    public DocumentMetadata extract(Document document, Dating dating, Found found, List<StatementFinding> statements,
                                    EntityRef speaker) {
        String text = document.text();
        List<DocumentKind> kinds = kinds(text, statements);
        EntityRef author = speaker != null ? speaker : kinds.contains(DocumentKind.LETTER) ? signatory(text, found) : null;
        return new DocumentMetadata(title(document), dating.date(), dating.place(), kinds, dating.event(), symbols(text),
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

    private String place(String text) {
        for (Span line : head(text, HEAD_LINES)) {
            List<NameMatcher.Match> found = places.find(line.of(text));
            if (!found.isEmpty() && found.get(0).span().start() == 0) {
                String rest = line.of(text).substring(found.get(0).span().end()).strip();
                if (rest.isEmpty() || rest.startsWith(",") && !Dates.in(text, line).isEmpty()) {
                    return found.get(0).key();
                }
            }
        }
        return null;
    }

    /** A bold heading if there is one; else the first heading line that is not a date, place or letterhead. */
    String title(Document document) {
        String text = document.text();
        for (Span bold : document.bold()) {
            String candidate = TextUnits.collapse(text, bold);
            if (candidate.split(" ").length >= 3) {
                return candidate;
            }
        }
        List<Span> lines = head(text, TITLE_LINES);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).of(text).strip();
            if (isFurniture(text, lines.get(i))) {
                continue;
            }
            StringBuilder title = new StringBuilder(line);
            while (i + 1 < lines.size() && (CONNECTOR_END.matcher(title).find()
                    || Character.isLowerCase(lines.get(i + 1).of(text).charAt(0)))) {
                title.append(' ').append(lines.get(++i).of(text).strip());
            }
            return title.toString().replaceAll("\\s*\\[[^\\]]*\\]\\s*$", "").replaceAll("\\s+", " ").strip();
        }
        return null;
    }

    /** Lines that frame a document rather than name it: dates, places, letterheads, breadcrumbs, bracketed notes. */
    private boolean isFurniture(String text, Span line) {
        String s = line.of(text).strip();
        boolean dateOnly = !Dates.in(text, line).isEmpty() && s.replaceAll("[\\p{L} ,]*\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+,?\\s+\\d{4}", "").isBlank();
        boolean place = places.lookup(s.replaceAll(",.*", "")).isPresent() && s.split(" ").length <= 4;
        boolean letterhead = s.equals(s.toUpperCase(Locale.ROOT)) && s.length() < 40;
        return dateOnly || place || letterhead || s.contains(" | ") || s.matches("\\[.*\\]");
    }

    private List<DocumentKind> kinds(String text, List<StatementFinding> statements) {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        String head = text.substring(0, head(text, TITLE_LINES).stream().mapToInt(Span::end).max().orElse(0));
        if (INTERVIEW.matcher(head).find() || StatementPatterns.turnCount(text) >= 2) {
            kinds.add(DocumentKind.INTERVIEW);
        }
        if (MESSAGE.matcher(head).find()) {
            kinds.add(DocumentKind.MESSAGE);
        }
        if (LETTER_OPENING.matcher(text).find() && LETTER_CLOSING.matcher(text).find()) {
            kinds.add(DocumentKind.LETTER);
        }
        if (StatementPatterns.isStatementHeading(head) && !kinds.contains(DocumentKind.MESSAGE)) {
            kinds.add(DocumentKind.STATEMENT);
        }
        long speakers = statements.stream().map(StatementFinding::speaker).distinct().count();
        if (SUMMARY.matcher(head).find()
                || SUMMARY_HEADING.matcher(text).find()
                || speakers >= MIN_SUMMARY_SPEAKERS && kinds.isEmpty()) {
            kinds.add(DocumentKind.SUMMARY);
        }
        return List.copyOf(kinds);
    }

    private EventFinding event(String text, LocalDate documentDate, String documentPlace) {
        for (Span sentence : TextUnits.sentences(text)) {
            for (EventKind kind : eventKinds) {
                Matcher phrase = kind.phrase().matcher(text).region(sentence.start(), sentence.end());
                if (phrase.find()) {
                    int at = phrase.start();
                    List<Dates.Found> dates = Dates.in(text, sentence);
                    if (!dates.isEmpty()) {
                        Dates.Found nearest = dates.stream()
                                .min(Comparator.comparingInt(d -> Math.abs(d.span().start() - at))).orElseThrow();
                        List<NameMatcher.Match> cities = places.find(sentence.of(text));
                        String place = cities.isEmpty() ? null : cities.get(0).key();
                        return new EventFinding(kind.slug(), kind.label(), nearest.date(), place);
                    }
                }
            }
        }
        if (documentDate == null) {
            return null;
        }
        List<Span> head = head(text, TITLE_LINES);
        int headEnd = head.isEmpty() ? 0 : head.get(head.size() - 1).end();
        EventKind first = null;
        int firstAt = Integer.MAX_VALUE;
        for (EventKind kind : eventKinds) {
            Matcher m = kind.phrase().matcher(text).region(0, headEnd);
            if (m.find() && m.start() < firstAt) {
                first = kind;
                firstAt = m.start();
            }
        }
        return first == null ? null : new EventFinding(first.slug(), first.label(), documentDate, documentPlace);
    }

    private static List<String> symbols(String text) {
        Set<String> symbols = new LinkedHashSet<>();
        Matcher m = SYMBOL.matcher(text);
        while (m.find()) {
            symbols.add(m.group());
        }
        return new ArrayList<>(symbols);
    }

    private static List<Span> head(String text, int lines) {
        List<Span> all = TextUnits.lines(text);
        return all.subList(0, Math.min(lines, all.size()));
    }
}
