package org.w3id.r2p.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;

/**
 * Lines of a heading that say when and where a document was issued: a date alone ("6 September 2017",
 * "Monday, 25 June 2018, 10 a.m.", "Date: 12 June 2015"), a place and date ("New York, 6 September 2017",
 * "ADDIS ABABA, Ethiopia, 12 June 2020"), a press release's dateline at the head of its first paragraph
 * ("GENEVA (14 March 2019) – The Council ...", "NEW YORK, 5 May (Office of the Special Adviser) – ...",
 * "2 July 2019, New York – Statement ..."), a byline ("Coalition · Policy brief · 24 September 2013"), or a
 * place alone ("New York", "New York, New York"). The place in a dateline is a place: a city of
 * {@code places.txt}, or any name a dateline writes in capitals.
 */
final class HeadingLines {
    /** What a heading line says: the date it gives and where that is written, and the place; each may be null. */
    record Dateline(LocalDate date, Span dateSpan, String place) {}

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}.'’-]*";
    private static final String NAME = NAME_WORD + "(?:\\s+(?:" + NAME_WORD + "|es|de|la|le|del|du|des|of|and|the))*";
    /** "GENEVA", "New York, New York", "ADDIS ABABA, Ethiopia", "Washington, D.C.": up to three parts. */
    private static final Pattern PLACE_PHRASE = Pattern.compile("(" + NAME + ")(?:,\\s*" + NAME + "){0,2}");
    /** A short label or place before a date: "New York,", "Nueva York,", "Date:". */
    private static final Pattern LABEL = Pattern.compile("[\\p{L} .]{1,30}[,:]?|Date\\b.*");
    /** After a date: nothing, a time, or a dateline's closing bracket, source in brackets, place and dash. */
    private static final Pattern AFTER_DATE = Pattern.compile(",?\\s*\\d{1,2}(?:[.:]\\d{2})?\\s*[ap]\\.?m\\.?.*"
            + "|\\)?\\s*(?:\\([^()]{0,160}\\)\\s*)?(?:,\\s*(?<place>" + NAME + "))?\\s*(?:[-–—]\\s*.*)?");
    private static final Pattern DATELINE_DASH = Pattern.compile(
            "\\)?\\s*(?:\\([^()]{0,160}\\)\\s*)?(?:,\\s*" + NAME + ")?\\s*[-–—]\\s*.*");
    /** A byline whose parts are set off by dots or bars: "Coalition · Policy brief · 24 September 2013". */
    private static final Pattern BYLINE_PART = Pattern.compile(".*\\s[·•|]$");
    /** Emphasis marks around a heading line: "*Coalition · 24 September 2013*". */
    private static final Pattern EMPHASIS = Pattern.compile("^[*_\\s]+|[*_\\s]+$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,(\\s]+$");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern BRACKETED = Pattern.compile("\\[.*\\]");
    private static final Pattern ADDRESS = Pattern.compile(".+\\s*[-–—,]\\s*(" + NAME + ")");
    private static final int ADDRESS_WORDS = 6;
    /** A line this long, or a sentence this long ending in a full stop, is prose, not a heading. */
    private static final int PROSE_WORDS = 40;
    private static final int SENTENCE_WORDS = 15;

    private final Places places;

    HeadingLines(Places places) {
        this.places = places;
    }

    /**
     * What the line says about the document's date and place, or {@code null} if it is no date or place line.
     *
     * @param reference a date of the document that dates without a year are read against, or {@code null}
     */
    Dateline read(String text, Span line, LocalDate reference) {
        for (Dates.Found date : Dates.in(text, line, reference)) {
            String before = EMPHASIS.matcher(text.substring(line.start(), date.span().start())).replaceAll("");
            String after = EMPHASIS.matcher(text.substring(date.span().end(), line.end())).replaceAll("");
            Matcher rest = AFTER_DATE.matcher(after);
            if (!rest.matches()) {
                continue;
            }
            String placePart = TRAILING_PUNCTUATION.matcher(before).replaceAll("");
            boolean dateline = DATELINE_DASH.matcher(after).matches();
            String place = !placePart.isEmpty() ? place(placePart, dateline)
                    : rest.group("place") != null ? place(rest.group("place"), dateline) : null;
            boolean yearWritten = !Dates.in(text, date.span()).isEmpty();
            boolean labelled = LABEL.matcher(before).matches() || BYLINE_PART.matcher(before).matches();
            if (placePart.isEmpty() || place != null || yearWritten && labelled) {
                return new Dateline(date.date(), date.span(), place);
            }
        }
        String whole = line.of(text).strip();
        String place = PLACE_PHRASE.matcher(whole).matches() ? place(whole, false) : null;
        return place == null ? null : new Dateline(null, null, place);
    }

    /**
     * The heading of a text: its first lines, up to and with its second line of prose. The first may be a
     * standfirst or a note on who delivered a statement, set above the date line; the second is the body, which
     * may open with a dateline. A date further down is not the document's: it may be a related event in a page's
     * sidebar.
     */
    static List<Span> heading(String text, int maxLines) {
        List<Span> lines = TextBlocks.lines(text);
        int end = Math.min(maxLines, lines.size());
        int prose = 0;
        for (int i = 0; i < end; i++) {
            if (isProse(lines.get(i).of(text)) && ++prose == 2) {
                return lines.subList(0, i + 1);
            }
        }
        return lines.subList(0, end);
    }

    static boolean isProse(String line) {
        int words = WHITE_SPACE.split(line.strip()).length;
        return words > PROSE_WORDS || words > SENTENCE_WORDS && line.strip().endsWith(".");
    }

    /** Date lines, place lines and bracketed notes frame a document; they do not name it. */
    boolean isFrame(String text, Span line) {
        String s = line.of(text).strip();
        return BRACKETED.matcher(s).matches() || read(text, line, null) != null;
    }

    /** A short line that ends in a city after a dash or comma, as an office's address does ("Executive Secretariat - Bujumbura"). */
    boolean isAddress(String line) {
        Matcher m = ADDRESS.matcher(line.strip());
        return m.matches() && WHITE_SPACE.split(line.strip()).length <= ADDRESS_WORDS && places.lookup(m.group(1)).isPresent();
    }

    /**
     * The city a place phrase begins with: a listed one, in its listed spelling; in a dateline, also a name written
     * in capitals ("JUBA, South Sudan"), in title case.
     */
    private String place(String phrase, boolean dateline) {
        Matcher m = PLACE_PHRASE.matcher(phrase);
        if (!m.matches()) {
            return null;
        }
        String city = m.group(1);
        Optional<String> listed = places.lookup(city);
        if (listed.isPresent()) {
            return listed.get();
        }
        if (dateline && city.equals(city.toUpperCase(Locale.ROOT)) && city.length() > 2) {
            return titleCase(city);
        }
        return null;
    }

    private static String titleCase(String capitals) {
        StringBuilder out = new StringBuilder();
        for (String word : capitals.toLowerCase(Locale.ROOT).split(" ")) {
            out.append(out.length() > 0 ? " " : "").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }
}
