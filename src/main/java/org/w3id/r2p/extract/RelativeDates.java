package org.w3id.r2p.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;

/**
 * Days named relative to the document's date, as press releases and news write them: "today", "this afternoon",
 * "yesterday", "tomorrow", and weekdays ("on Tuesday"). A report tells what has happened, so a weekday is the
 * latest such day on or before the document's date (the same day if the document is dated that weekday), unless
 * the sentence speaks of what will happen ("will hold ... on Tuesday", "next Tuesday"), when it is the next one
 * on or after it; "last Tuesday" is the one before.
 */
final class RelativeDates {
    private static final Pattern DAY_WORD = Pattern.compile("(?<![\\p{L}-])(?:(?i:(today|this\\s+(?:morning|afternoon|"
            + "evening))|(yesterday)|(tomorrow))|(?:(?i:(last|next|this)\\s+))?"
            + "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!,?\\s+(?:\\d|the\\s+\\d)))(?![\\p{L}-])");
    /** Words that put a clause in the future: "will", "is to", "is scheduled to", "is expected to". */
    private static final Pattern FUTURE = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:will|shall|(?:is|are)\\s+(?:to|scheduled|expected|due)|(?:is|are)\\s+set\\s+to)(?![\\p{L}])");

    /** Words that may stand capitalised before a weekday that names a day: "On Tuesday", "Since Monday". */
    private static final Pattern LEAD_WORD = Pattern.compile("(?i)on|since|until|till|by|from|last|next|this|before|after");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s+$");

    private RelativeDates() {}

    /** Days named relative to {@code reference} within the span, in text order; none without a reference. */
    static List<Dates.Found> in(String text, Span within, LocalDate reference) {
        List<Dates.Found> found = new ArrayList<>();
        if (reference == null) {
            return found;
        }
        Matcher m = DAY_WORD.matcher(text).region(within.start(), within.end());
        while (m.find()) {
            Span where = new Span(m.start(), m.end());
            if (m.group(1) != null) {
                found.add(new Dates.Found(reference, null, where));
            } else if (m.group(2) != null) {
                found.add(new Dates.Found(reference.minusDays(1), null, where));
            } else if (m.group(3) != null) {
                found.add(new Dates.Found(reference.plusDays(1), null, where));
            } else if (!inName(text, within.start(), m.start())) {
                DayOfWeek day = DayOfWeek.valueOf(m.group(5).toUpperCase(Locale.ROOT));
                String qualifier = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
                boolean future = qualifier.equals("next") || qualifier.isEmpty()
                        && FUTURE.matcher(text).region(within.start(), m.start()).find();
                LocalDate date = qualifier.equals("last") ? reference.with(TemporalAdjusters.previous(day))
                        : qualifier.equals("next") ? reference.with(TemporalAdjusters.next(day))
                        : future ? reference.with(TemporalAdjusters.nextOrSame(day))
                        : reference.with(TemporalAdjusters.previousOrSame(day));
                found.add(new Dates.Found(date, null, where));
            }
        }
        return found;
    }

    /** "Good Friday", "Black Monday": a weekday after a capitalised word other than "On", "Since", ... is a name. */
    private static boolean inName(String text, int from, int weekday) {
        Matcher before = WORD_BEFORE.matcher(text).region(Math.max(from, weekday - 30), weekday);
        return before.find() && Character.isUpperCase(before.group(1).charAt(0))
                && !LEAD_WORD.matcher(before.group(1)).matches();
    }
}
