package org.w3id.r2p.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class StartScanTest {
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{N}-])(\\d{4})(?:-(\\d{2}))?(?![\\p{N}])");
    private static final StartScan YEARS = new StartScan(YEAR, (text, i) -> Character.isDigit(text.charAt(i)));
    private static final Pattern WORD_END = Pattern.compile("\\b(?:May|may)\\b(?=\\s|$)");
    private static final StartScan MAYS = new StartScan(WORD_END, (text, i) -> text.charAt(i) == 'M' || text.charAt(i) == 'm');

    @Test
    void givesGroupsByNumberAndNameWithOffsetsInTheText() {
        Pattern turn = Pattern.compile("(?m)^(?<name>[A-Z][a-z]+ [A-Z][a-z]+) \\((?<country>[A-Za-z]+)\\)(?: \\((?<note>[a-z]+)\\))?:");
        String text = "Intro.\nMs Tan (Chile): yes\nMr Roe (Peru) (aside): no";
        StartScan.Scan s = new StartScan(turn, Starts.LINE_START).in(text, 3, text.length());
        Matcher m = turn.matcher(text).region(3, text.length());
        int turns = 0;
        while (m.find()) {
            turns++;
            assertEquals(true, s.find());
            for (String group : List.of("name", "country", "note")) {
                assertEquals(m.group(group), s.group(group), group);
                assertEquals(m.start(group), s.start(group), group);
                assertEquals(m.end(group), s.end(group), group);
            }
            assertEquals(m.end(2), s.end(2));
        }
        assertFalse(s.find());
        assertEquals(2, turns);
        StartScan.Scan first = new StartScan(turn, Starts.LINE_START).in(text, 0, text.length());
        assertEquals(true, first.find());
        assertEquals(-1, first.end("note")); // no note in "Ms Tan (Chile):"
        assertNull(first.group("note"));
    }

    @Test
    void findsWhatFindFindsInAWholeText() {
        String text = "In 2017-09 and 1999, not 12345 nor -2001, but 2020.";
        assertEquals(List.of("2017-09@3", "1999@15", "2020@46"), scanned(YEARS, text, 0, text.length()));
        assertEquals(found(YEAR, text, 0, text.length()), scanned(YEARS, text, 0, text.length()));
    }

    @Test
    void regionBoundsAreOpaqueAsInMatcherRegion() {
        String text = "x12345y May maybe";
        // Inside the region "2345" neither look-behind nor look-ahead sees the digits around it.
        assertEquals(List.of("2345@2"), scanned(YEARS, text, 2, 6));
        assertEquals(found(YEAR, text, 2, 6), scanned(YEARS, text, 2, 6));
        // "may" of "maybe" cut off at the region's end is a whole word there, as with Matcher.region.
        assertEquals(found(WORD_END, text, 0, 15), scanned(MAYS, text, 0, 15));
        assertEquals(List.of("May@8", "may@12"), scanned(MAYS, text, 0, 15));
    }

    @Test
    void groupsThatTookNoPartAreNull() {
        StartScan.Scan scan = YEARS.in("in 1999", 0, 7);
        scan.find();
        assertEquals("1999", scan.group(1));
        assertNull(scan.group(2));
        assertEquals(-1, scan.start(2));
        assertFalse(scan.find());
        assertThrows(IllegalStateException.class, scan::start);
    }

    private static final Pattern WORDS = Pattern.compile("(?i)\\b(?:may|_?x\\s+y|\\.z)\\b");
    private static final StartScan WORD_SCAN = new StartScan(WORDS, Starts.WORD_BOUNDARY);

    @Test
    void wordBoundaryAdmitsWordStartsAndEnds() {
        String text = "May maybe dismay .z x  y";
        assertEquals(List.of("May@0", "x  y@20"), scanned(WORD_SCAN, text, 0, text.length()));
        assertEquals(List.of("may@4"), scanned(WORD_SCAN, text, 4, 7));
        assertFalse(Starts.WORD_BOUNDARY.at("maybe", 2));
        assertFalse(Starts.WORD_BOUNDARY.at("a  b", 2));
    }

    @Test
    void wordBoundaryAgreesWithFindAroundMarksAndSurrogates() {
        Random random = new Random(16);
        String[] pieces = {"m", "a", "y", "M", "A", "Y", "x", "_", " ", ".", "z", "\u0301", "\uD835\uDC00", "1", "é"};
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            int from = text.isEmpty() ? 0 : random.nextInt(text.length());
            int to = from + random.nextInt(text.length() - from + 1);
            assertEquals(found(WORDS, text, from, to), scanned(WORD_SCAN, text, from, to), text);
        }
    }

    @Test
    void agreesWithFindOnRandomTextAndRegions() {
        Random random = new Random(15);
        String alphabet = "0123456789- Mmayx\n";
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            int from = text.isEmpty() ? 0 : random.nextInt(text.length());
            int to = from + random.nextInt(text.length() - from + 1);
            assertEquals(found(YEAR, text, from, to), scanned(YEARS, text, from, to), text);
            assertEquals(found(WORD_END, text, from, to), scanned(MAYS, text, from, to), text);
        }
    }

    private static List<String> found(Pattern pattern, String text, int from, int to) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text).region(from, to);
        while (m.find()) {
            found.add(m.group() + "@" + m.start());
        }
        return found;
    }

    private static List<String> scanned(StartScan scan, String text, int from, int to) {
        List<String> found = new ArrayList<>();
        StartScan.Scan s = scan.in(text, from, to);
        while (s.find()) {
            found.add(s.group() + "@" + s.start());
            assertEquals(s.group(), text.substring(s.start(), s.end()));
        }
        return found;
    }
}
