package org.w3id.r2p.extract;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.extract.text.OpeningWords;
import org.w3id.r2p.extract.text.StartScan;
import org.w3id.r2p.extract.text.Starts;
import org.w3id.r2p.link.DataFiles;
import org.w3id.r2p.link.NameMatcher;

/**
 * The meeting a document reports or was delivered at, and its day.
 * <ol>
 *   <li>Where the heading of a dated document, or the line that dates it ("2 July 2019, New York - Statement at
 *       the General Assembly plenary debate"), names a kind of meeting ({@code event-kinds.tsv}), that is the
 *       meeting: on the day the first sentence naming it gives, written out or relative to the document's date
 *       ("today", "on Tuesday", "held on 5 and 6 October"), else on the document's date. A statement that recalls
 *       another meeting in passing ("at the open debate of 12 March") is still about its own.</li>
 *   <li>Otherwise the first sentence that names a kind of meeting and a day; the day nearest the phrase.</li>
 *   <li>Otherwise a numbered meeting of an organ ({@code organs.tsv}: "the Security Council's 7,512th meeting", a
 *       heading "8,123RD MEETING (AM)" under the press-release symbol SC/15312), on the day its sentence gives,
 *       else on the document's date: meetings coverage is issued the day of the meeting.</li>
 * </ol>
 * The date line of the document's own heading is when it was issued, not when the meeting was held, so a
 * sentence that holds it gives no day of its own.
 */
final class EventFinder {
    private static final int HEAD_LINES = 12;
    private static final StartScan NUMBERED_MEETING = new StartScan(Pattern.compile("(?i)(?<![\\p{N},])(\\d{1,2},\\d{3}|\\d{1,4})"
            + "(?:st|nd|rd|th)\\s*(?:(?:and|&)\\s*\\d[\\d,]*(?:st|nd|rd|th)\\s*)?(?:plenary\\s+)?meetings?\\b"),
            Starts.DIGIT);
    private static final Pattern PRESS_RELEASE_SYMBOL = Pattern.compile("(?m)^\\s*(\\p{Lu}{2,6})/\\d{3,6}\\s*$");
    private static final Pattern IN_PLACE = Pattern.compile("(?i)\\b(?:in|at)\\s+$");

    private record Kind(StartScan phrase, String slug, String label) {}

    private record Organ(StartScan name, String symbolPrefix, String slug, String label) {}

    private final List<Kind> kinds;
    /**
     * Every kind's phrase in one alternation, in the kinds' order, kind i's in group "k" + i: one pass finds where
     * the first phrase of any kind is, and which kind comes first there, as one pass per kind would. Tried only
     * where a phrase's opening word stands: most sentences name no meeting.
     */
    private final StartScan anyKind;
    private final List<Organ> organs;
    private final Places places;

    EventFinder(Places places) {
        List<String[]> rows = DataFiles.tsv(EventFinder.class, "event-kinds.tsv");
        this.kinds = rows.stream().map(row -> new Kind(wholeWords(row[0]), row[1], row[2])).toList();
        this.anyKind = new StartScan(Pattern.compile(IntStream.range(0, rows.size())
                .mapToObj(i -> "(?<k" + i + ">(?:" + rows.get(i)[0] + ")\\b)").collect(Collectors.joining("|", "(?i)\\b(?:", ")"))),
                Starts.prefixes(true, rows.stream().flatMap(row -> OpeningWords.of(row[0]).stream()).toList()));
        this.organs = DataFiles.tsv(EventFinder.class, "organs.tsv").stream()
                .map(row -> new Organ(wholeWords(row[0]), row[1], row[2], row[3])).toList();
        this.places = places;
    }

    /**
     * A phrase of the data files, in any case, as whole words: tried only where one of its opening words stands
     * ({@code (?i)} without {@code (?u)} folds ASCII letters only, as the prefixes do).
     */
    private static StartScan wholeWords(String phrase) {
        return new StartScan(Pattern.compile("(?i)\\b(?:" + phrase + ")\\b"), Starts.prefixes(true, OpeningWords.of(phrase)));
    }

    /**
     * @param date      the document's date, or {@code null}
     * @param dateSpan  where the document's heading gives that date, or {@code null}
     * @param place     the document's place, or {@code null}
     */
    EventFinding find(String text, LocalDate date, Span dateSpan, String place) {
        List<Span> sentences = TextUnits.sentences(text);
        int headEnd = dateSpan == null ? headEnd(text) : Math.max(headEnd(text), lineEnd(text, dateSpan.end()));
        Optional<Kind> headed = date == null ? Optional.empty() : firstKind(text, 0, headEnd);
        if (headed.isPresent()) {
            String slug = headed.get().slug();
            EventFinding dated = firstDated(text, sentences, kind -> kind.slug().equals(slug), date, dateSpan);
            return dated != null ? dated : new EventFinding(slug, headed.get().label(), date, null, place);
        }
        EventFinding dated = firstDated(text, sentences, kind -> true, date, dateSpan);
        return dated != null ? dated : numberedMeeting(text, sentences, date, dateSpan, place);
    }

    /** The first sentence that names a meeting of one of these kinds and a day. */
    private EventFinding firstDated(String text, List<Span> sentences, Predicate<Kind> wanted, LocalDate date, Span dateSpan) {
        for (Span sentence : sentences) {
            if (!anyKind.in(text, sentence.start(), sentence.end()).find()) {
                continue; // most sentences name no meeting: one pass instead of one per kind
            }
            for (Kind kind : kinds) {
                if (!wanted.test(kind)) {
                    continue;
                }
                StartScan.Scan phrase = kind.phrase().in(text, sentence.start(), sentence.end());
                if (phrase.find()) {
                    Optional<Dates.Found> day = nearestDay(text, sentence, phrase.start(), date, dateSpan);
                    if (day.isPresent()) {
                        return new EventFinding(kind.slug(), kind.label(), day.get().date(), day.get().end(),
                                placeIn(text, sentence));
                    }
                }
            }
        }
        return null;
    }

    /** The kind of meeting named first in the region. */
    private Optional<Kind> firstKind(String text, int from, int to) {
        StartScan.Scan m = anyKind.in(text, from, to);
        if (m.find()) {
            for (int i = 0; i < kinds.size(); i++) {
                if (m.start("k" + i) >= 0) {
                    return Optional.of(kinds.get(i));
                }
            }
        }
        return Optional.empty();
    }

    /** Of these organs, the one named first in the region. */
    private static <T> Optional<T> firstIn(List<T> candidates, Function<T, StartScan> name, String text, int from, int to) {
        T first = null;
        int firstAt = Integer.MAX_VALUE;
        for (T candidate : candidates) {
            StartScan.Scan m = name.apply(candidate).in(text, from, to);
            if (m.find() && m.start() < firstAt) {
                first = candidate;
                firstAt = m.start();
            }
        }
        return Optional.ofNullable(first);
    }

    /**
     * The first numbered meeting whose organ the sentence names, or else the press release's symbol, or else the
     * heading (a verbatim record's "General Assembly" above "66th plenary meeting").
     */
    private EventFinding numberedMeeting(String text, List<Span> sentences, LocalDate date, Span dateSpan, String place) {
        Matcher symbol = PRESS_RELEASE_SYMBOL.matcher(text).region(0, headEnd(text));
        String prefix = symbol.find() ? symbol.group(1) : null;
        for (Span sentence : sentences) {
            StartScan.Scan meeting = NUMBERED_MEETING.in(text, sentence.start(), sentence.end());
            if (!meeting.find()) {
                continue;
            }
            Optional<Organ> organ = organBefore(text, sentence.start(), meeting.start())
                    .or(() -> organs.stream().filter(o -> o.symbolPrefix().equals(prefix)).findFirst())
                    .or(() -> firstIn(organs, Organ::name, text, 0, headEnd(text)));
            if (organ.isEmpty()) {
                continue;
            }
            Optional<Dates.Found> day = nearestDay(text, sentence, meeting.start(), date, dateSpan);
            if (day.isEmpty() && date == null) {
                continue;
            }
            int number = Integer.parseInt(meeting.group(1).replace(",", ""));
            String label = String.format(organ.get().label(), ordinal(number));
            return day.isPresent()
                    ? new EventFinding(organ.get().slug() + "-" + number, label, day.get().date(), day.get().end(), placeIn(text, sentence))
                    : new EventFinding(organ.get().slug() + "-" + number, label, date, null, place);
        }
        return null;
    }

    /** The organ named last before the meeting's number in its sentence; of two ending there, the longer. */
    private Optional<Organ> organBefore(String text, int from, int to) {
        Organ best = null;
        int bestEnd = -1;
        int bestStart = Integer.MAX_VALUE;
        for (Organ organ : organs) {
            StartScan.Scan m = organ.name().in(text, from, to);
            while (m.find()) {
                if (m.end() > bestEnd || m.end() == bestEnd && m.start() < bestStart) {
                    best = organ;
                    bestEnd = m.end();
                    bestStart = m.start();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The day the sentence gives nearest to {@code at}, leaving out the document's own date line; a span of days
     * that holds that day is the meeting's ("NAIROBI, 28 February-2 March 2021 - ... closed its meeting on Tuesday").
     */
    private static Optional<Dates.Found> nearestDay(String text, Span sentence, int at, LocalDate date, Span dateSpan) {
        List<Dates.Found> days = Dates.inContext(text, sentence, date).stream()
                .filter(d -> dateSpan == null || !d.span().overlaps(dateSpan)).toList();
        return days.stream().min(Comparator.comparingInt(d -> Math.abs(d.span().start() - at)))
                .map(nearest -> days.stream().filter(d -> d.end() != null && !nearest.date().isBefore(d.date())
                        && !nearest.date().isAfter(d.end())).findFirst().orElse(nearest));
    }

    /** A city the sentence says the meeting was held in or at. */
    private String placeIn(String text, Span sentence) {
        String s = sentence.of(text);
        for (NameMatcher.Match city : places.find(s)) {
            if (IN_PLACE.matcher(s.substring(Math.max(0, city.span().start() - 12), city.span().start())).find()) {
                return city.key();
            }
        }
        return null;
    }

    /** The end of the line that holds {@code at}. */
    private static int lineEnd(String text, int at) {
        int end = text.indexOf('\n', at);
        return end < 0 ? text.length() : end;
    }

    /** The end of the heading's first lines. */
    private static int headEnd(String text) {
        List<Span> lines = TextBlocks.lines(text);
        return lines.isEmpty() ? 0 : lines.get(Math.min(HEAD_LINES, lines.size()) - 1).end();
    }

    /** 1st, 2nd, 3rd, 11th, 8,123rd. */
    private static String ordinal(int number) {
        int lastTwo = number % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : switch (number % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return String.format(Locale.ROOT, "%,d", number) + suffix;
    }
}
