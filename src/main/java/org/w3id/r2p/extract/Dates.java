package org.w3id.r2p.extract;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.text.StartScan;
import org.w3id.r2p.extract.text.Starts;

/**
 * Dates written out in full: "6 September 2017", "Wednesday, 6 September 2017", "12th June 2015", "4 May, 2016",
 * "September 6, 2017", "May 4 2016", "2017-09-06", and in Spanish and French headings "8 de septiembre de 2014",
 * "5 septembre 2019"; and spans of days, "5-6 October 2022", "5 and 6 October 2022", "from 3 to 5 July 2019",
 * "28 February–2 March 2017", "October 5-6, 2022", "6 September 2017 to 8 September 2017". Given the date of the
 * document, also dates without a year ("5 May", "5 and 6 October"); see {@link RelativeDates} for "today" and
 * "on Tuesday".
 */
final class Dates {
    /**
     * A date found in text.
     *
     * @param date the day, or the first day of a span of days
     * @param end  the last day of a span of days, or {@code null}
     * @param span where it is written
     */
    record Found(LocalDate date, LocalDate end, Span span) {
        Found {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(span, "span");
            if (end != null && !end.isAfter(date)) {
                throw new IllegalArgumentException("A span of days ends after it starts: " + date + " to " + end);
            }
        }
    }

    private static final String MONTH = "((?i:january|february|march|april|may|june|july|august|september|october|"
            + "november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?))";
    /** A month without a year after it must be capitalised: "may" is a verb, "May" a month. */
    private static final String WEEKDAY = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(\\d{4})(?![\\p{N}])";
    /** What joins the first and last day of a span: a dash, "to", "until", "through", or "and" for two days. */
    private static final String TO = "(\\s*[-–—]\\s*|\\s+(?:to|until|till|through|and)\\s+)";
    private static final String START = "(?<![\\p{L}\\p{N}.,/])";
    private static final List<String> MONTH_STEMS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");
    /** Where a date may start: every month's name, written out or cut short, starts with its stem, in any case. */
    private static final Starts MONTHS = Starts.prefixes(true, MONTH_STEMS);
    private static final Starts WEEKDAYS = Starts.prefixes(false, "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday");
    /** Day first: groups 1 day, 2 month, 3 year, 4 joiner, 5 last day, 6 month, 7 year. */
    private static final StartScan DAY_FIRST = new StartScan(Pattern.compile(START + WEEKDAY + DAY + "(?:(?:\\s+(?:of\\s+)?"
            + MONTH + "(?:,?\\s+" + YEAR + ")?)?" + TO + DAY + ")?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?(?![\\p{L}])"),
            Starts.DIGIT.or(WEEKDAYS));
    /** Month first: groups 1 month, 2 day, 3 year, 4 joiner, 5 month, 6 last day, 7 year. */
    private static final StartScan MONTH_FIRST = new StartScan(Pattern.compile(START + WEEKDAY + MONTH + "\\s+" + DAY
            + "(?![\\p{N}])(?:(?:,?\\s+" + YEAR + ")?" + TO + "(?:" + MONTH + "\\s+)?" + DAY + ")?(?:,?\\s+" + YEAR + ")?"
            + "(?![\\p{L}\\p{N}])"), WEEKDAYS.or(MONTHS));
    private static final StartScan ISO = new StartScan(
            Pattern.compile("(?<![\\p{N}-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\p{N}])"), Starts.DIGIT);
    /** Spanish and French headings: "8 de septiembre de 2014", "5 septembre 2019". */
    private static final StartScan ROMANCE = new StartScan(Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(\\d{1,2})(?:er)?\\s+(?:de\\s+)?"
            + "(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
            + "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)"
            + "\\s+(?:de\\s+)?(\\d{4})(?![\\p{N}])"), Starts.DIGIT);
    private static final Map<String, Integer> ROMANCE_MONTHS = Map.ofEntries(
            Map.entry("enero", 1), Map.entry("febrero", 2), Map.entry("marzo", 3),
            Map.entry("abril", 4), Map.entry("mayo", 5), Map.entry("junio", 6),
            Map.entry("julio", 7), Map.entry("agosto", 8), Map.entry("septiembre", 9),
            Map.entry("setiembre", 9), Map.entry("octubre", 10), Map.entry("noviembre", 11),
            Map.entry("diciembre", 12), Map.entry("janvier", 1), Map.entry("fevrier", 2),
            Map.entry("mars", 3), Map.entry("avril", 4), Map.entry("mai", 5),
            Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("aout", 8),
            Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11),
            Map.entry("decembre", 12));
    /** Two full dates with only a dash or "to" between them are one span of days. */
    private static final Pattern JOINER = Pattern.compile(TO);
    private static final Pattern MARK = Pattern.compile("\\p{M}");

    private Dates() {}

    /** Full dates within the span, in text order. */
    static List<Found> in(String text, Span within) {
        return in(text, within, null);
    }

    /**
     * Dates within the span, in text order: full dates, and, when {@code reference} (the document's date) is
     * given, dates without a year, in the year that puts them nearest to it.
     */
    static List<Found> in(String text, Span within, LocalDate reference) {
        List<Found> found = new ArrayList<>();
        if (!hasDigit(text, within)) {
            return found; // every form of date has one, and most sentences none: four scans saved
        }
        StartScan.Scan m = DAY_FIRST.in(text, within.start(), within.end());
        while (m.find()) {
            add(found, m, reference, new Parts(m.group(1), m.group(2), m.group(3)), m.group(4),
                    new Parts(m.group(5), m.group(6), m.group(7)));
        }
        m = MONTH_FIRST.in(text, within.start(), within.end());
        while (m.find()) {
            add(found, m, reference, new Parts(m.group(2), m.group(1), m.group(3)), m.group(4),
                    new Parts(m.group(6), m.group(5), m.group(7)));
        }
        m = ISO.in(text, within.start(), within.end());
        while (m.find()) {
            addDay(found, date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), m);
        }
        m = ROMANCE.in(text, within.start(), within.end());
        while (m.find()) {
            String month = MARK.matcher(Normalizer.normalize(m.group(2).toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                    .replaceAll("");
            addDay(found, date(Integer.parseInt(m.group(3)), ROMANCE_MONTHS.get(month), Integer.parseInt(m.group(1))), m);
        }
        return joinSpans(text, withoutOverlaps(found));
    }

    /**
     * Whether a date without a year (with a capitalised month: "5 May") is written within the span: the dates that
     * {@link #in(String, Span, LocalDate)} finds there are the same with any reference date or none unless one is.
     */
    static boolean hasYearless(String text, Span within) {
        if (!hasDigit(text, within)) {
            return false;
        }
        StartScan.Scan m = DAY_FIRST.in(text, within.start(), within.end());
        while (m.find()) {
            if (readAgainstReference(new Parts(m.group(1), m.group(2), m.group(3)), new Parts(m.group(5), m.group(6), m.group(7)))) {
                return true;
            }
        }
        m = MONTH_FIRST.in(text, within.start(), within.end());
        while (m.find()) {
            if (readAgainstReference(new Parts(m.group(2), m.group(1), m.group(3)), new Parts(m.group(6), m.group(5), m.group(7)))) {
                return true;
            }
        }
        return false;
    }

    /** A date or span of days without a year, whose month is capitalised: a date only given a reference date. */
    private static boolean readAgainstReference(Parts first, Parts last) {
        String monthWritten = last.month() != null ? last.month() : first.month();
        return last.year() == null && Character.isUpperCase(monthWritten.charAt(0));
    }

    private static boolean hasDigit(String text, Span within) {
        for (int i = within.start(); i < within.end(); i++) {
            if (isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** What {@code \\d} matches. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Every date within the span that a reader of a document dated {@code reference} understands: full dates,
     * dates without a year, and days named relative to the reference ("today", "on Tuesday"), in text order.
     */
    static List<Found> inContext(String text, Span within, LocalDate reference) {
        List<Found> found = new ArrayList<>(in(text, within, reference));
        for (Found relative : RelativeDates.in(text, within, reference)) {
            if (found.stream().noneMatch(f -> f.span().overlaps(relative.span()))) {
                found.add(relative);
            }
        }
        found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return found;
    }

    /** Day, month and year as written; the month and year may be missing from the first day of a span. */
    private record Parts(String day, String month, String year) {}

    /**
     * One date or span of days. With one day only, the month and year are the last ones. The first day of a
     * span takes the last day's month and year where it has none of its own, the year before if its month comes
     * later ("28 December–2 January 2017"). "5 and 6 October" is a span only for two days running.
     */
    private static void add(List<Found> found, StartScan.Scan m, LocalDate reference, Parts first, String joiner, Parts last) {
        boolean span = last.day() != null;
        String monthWritten = last.month() != null ? last.month() : first.month();
        String dayWritten = span ? last.day() : first.day();
        if (last.year() == null && (reference == null || !readAgainstReference(first, last))) {
            return;
        }
        int lastMonth = month(monthWritten);
        int lastYear = last.year() != null ? Integer.parseInt(last.year()) : nearestYear(lastMonth, dayWritten, reference);
        Optional<LocalDate> end = date(lastYear, lastMonth, Integer.parseInt(dayWritten));
        if (end.isEmpty()) {
            return;
        }
        Span where = new Span(m.start(), m.end());
        if (!span) {
            found.add(new Found(end.get(), null, where));
            return;
        }
        int firstMonth = first.month() != null ? month(first.month()) : lastMonth;
        int firstYear = first.year() != null ? Integer.parseInt(first.year()) : firstMonth > lastMonth ? lastYear - 1 : lastYear;
        Optional<LocalDate> start = date(firstYear, firstMonth, Integer.parseInt(first.day()));
        if (start.isEmpty() || !start.get().isBefore(end.get())) {
            return;
        }
        boolean twoDays = joiner.strip().equals("and");
        boolean running = end.get().equals(start.get().plusDays(1));
        found.add(new Found(start.get(), twoDays && !running ? null : end.get(), where));
    }

    private static void addDay(List<Found> found, Optional<LocalDate> day, StartScan.Scan m) {
        day.ifPresent(d -> found.add(new Found(d, null, new Span(m.start(), m.end()))));
    }

    /** The year that puts a day written without one nearest to the reference date. */
    private static int nearestYear(int month, String day, LocalDate reference) {
        int best = reference.getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            Optional<LocalDate> candidate = date(year, month, Integer.parseInt(day));
            if (candidate.isPresent()) {
                long distance = Math.abs(candidate.get().toEpochDay() - reference.toEpochDay());
                if (distance < bestDistance) {
                    best = year;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    private static List<Found> withoutOverlaps(List<Found> found) {
        found.sort((a, b) -> a.span().start() != b.span().start() ? Integer.compare(a.span().start(), b.span().start())
                : Integer.compare(b.span().end(), a.span().end()));
        List<Found> kept = new ArrayList<>();
        for (Found f : found) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).span().overlaps(f.span())) {
                kept.add(f);
            }
        }
        return kept;
    }

    /** "6 September 2017 to 8 September 2017": two full dates joined by a dash or "to" are one span of days. */
    private static List<Found> joinSpans(String text, List<Found> found) {
        List<Found> joined = new ArrayList<>();
        for (Found f : found) {
            Found previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (previous != null && previous.end() == null && f.end() == null && f.date().isAfter(previous.date())
                    && JOINER.matcher(text).region(previous.span().end(), f.span().start()).matches()
                    && !text.substring(previous.span().end(), f.span().start()).strip().equals("and")) {
                joined.set(joined.size() - 1, new Found(previous.date(), f.date(),
                        new Span(previous.span().start(), f.span().end())));
            } else {
                joined.add(f);
            }
        }
        return joined;
    }

    private static int month(String name) {
        return MONTH_STEMS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty(); // "31 February 2017" is no date
        }
    }
}
