package org.w3id.r2p.extract;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;

/**
 * Full dates: "6 September 2017", "Wednesday, 6 September 2017", "September 6, 2017", "2017-09-06", and in
 * Spanish and French headings "8 de septiembre de 2014", "5 septembre 2019".
 */
final class Dates {
    record Found(LocalDate date, Span span) {}

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final String WEEKDAY = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})(?![\\p{N}])");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s+(\\d{4})(?![\\p{N}])");
    private static final Pattern ISO = Pattern.compile("(?<![\\p{N}-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\p{N}])");
    /** Spanish and French headings: "8 de septiembre de 2014", "5 septembre 2019". */
    private static final Pattern ROMANCE = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(\\d{1,2})(?:er)?\\s+(?:de\\s+)?"
            + "(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
            + "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)"
            + "\\s+(?:de\\s+)?(\\d{4})(?![\\p{N}])");
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

    private Dates() {}

    static List<Found> in(String text, Span within) {
        List<Found> found = new ArrayList<>();
        Matcher m = DAY_MONTH_YEAR.matcher(text).region(within.start(), within.end());
        while (m.find()) {
            add(found, m.group(3), month(m.group(2)), m.group(1), m);
        }
        m = MONTH_DAY_YEAR.matcher(text).region(within.start(), within.end());
        while (m.find()) {
            add(found, m.group(3), month(m.group(1)), m.group(2), m);
        }
        m = ISO.matcher(text).region(within.start(), within.end());
        while (m.find()) {
            add(found, m.group(1), Integer.parseInt(m.group(2)), m.group(3), m);
        }
        m = ROMANCE.matcher(text).region(within.start(), within.end());
        while (m.find()) {
            String month = Normalizer.normalize(m.group(2).toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
            add(found, m.group(3), ROMANCE_MONTHS.get(month), m.group(1), m);
        }
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return found;
    }

    private static int month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
    }

    private static void add(List<Found> found, String year, int month, String day, Matcher m) {
        try {
            found.add(new Found(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)),
                    new Span(m.start(), m.end())));
        } catch (DateTimeException e) {
            // "31 February 2017" is no date; leave it out.
        }
    }
}
