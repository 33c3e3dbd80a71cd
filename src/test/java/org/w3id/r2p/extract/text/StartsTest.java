package org.w3id.r2p.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class StartsTest {
    @Test
    void prefixesInAnyCaseAreAsciiCaseInsensitiveLikeTheirPattern() {
        Starts ordinals = Starts.prefixes(true, "first", "second");
        Pattern pattern = Pattern.compile("(?i)first|second");
        String text = "FIRST Second secon firSt \u017fecond \u212aFirst";
        for (int i = 0; i < text.length(); i++) {
            boolean matches = pattern.matcher(text).region(i, text.length()).lookingAt();
            assertEquals(matches, ordinals.at(text, i), "at " + i);
        }
    }

    @Test
    void prefixesOfAnyLengthAreFoundWhereTheyStandAndNowhereElse() {
        List<String> prefixes = List.of("x", "of", "sec", "second", "third", "security", "the");
        String text = "The Secretary's second security x-ray: a thi third SEC, seco secon secONDs of thE Th; ofx";
        for (boolean ignoreCase : List.of(true, false)) {
            Starts starts = Starts.prefixes(ignoreCase, prefixes);
            for (int from = 0; from <= text.length(); from++) {
                int expected = from;
                while (expected < text.length() && !opens(text, expected, prefixes, ignoreCase)) {
                    expected++;
                }
                assertEquals(expected, starts.next(text, from), "from " + from + (ignoreCase ? " in any case" : ""));
                assertEquals(expected, from + starts.next(new TextWindow(text, from, text.length()), 0), "window from " + from);
            }
        }
    }

    private static boolean opens(String text, int i, List<String> prefixes, boolean ignoreCase) {
        return prefixes.stream().anyMatch(p -> text.regionMatches(ignoreCase, i, p, 0, p.length()));
    }

    @Test
    void prefixesInTheirCaseAreCaseSensitive() {
        Starts days = Starts.prefixes(false, List.of("Monday", "Sunday"));
        assertTrue(days.at("on Monday", 3));
        assertFalse(days.at("on monday", 3));
        assertFalse(days.at("Sund", 0));
        assertThrows(IllegalArgumentException.class, () -> Starts.prefixes(true, "\u00e9t\u00e9"));
    }

    @Test
    void digitsAndLineStartsAndEither() {
        Starts either = Starts.DIGIT.or(Starts.LINE_START);
        String text = "a1\nb\r\nc";
        // Between \r and \n no line starts for ^, but the test may say yes where no match starts.
        assertEquals(List.of(true, true, false, true, false, true, true),
                java.util.stream.IntStream.range(0, text.length()).mapToObj(i -> either.at(text, i)).toList());
    }

    @Test
    void nextIsTheFirstPositionWhereTheTestSaysYes() {
        String text = "On 3 May, at first light; first 7\nSecond";
        List<Starts> tests = List.of(Starts.DIGIT, Starts.LINE_START, Starts.WORD_BOUNDARY, Starts.prefixes(true, "first", "second"),
                Starts.prefixes(false, "May").or(Starts.DIGIT), (input, i) -> input.charAt(i) == 'a');
        for (Starts test : tests) {
            for (int from = 0; from <= text.length(); from++) {
                int expected = from;
                while (expected < text.length() && !test.at(text, expected)) {
                    expected++;
                }
                assertEquals(expected, test.next(text, from), "from " + from);
            }
        }
        assertEquals(3, Starts.DIGIT.next(text, 0));
        assertEquals(text.length(), Starts.DIGIT.next(text, 33));
    }

    @Test
    void nextInAWindowIsTheFirstPositionWhereTheTestSaysYesOnTheWindow() {
        String text = "A 3rd\r\nSecond \u212aFirst \u017fecond\u2028first, Sept. 9 THIRD\u0085S e_\u0301x s";
        List<Starts> tests = List.of(Starts.DIGIT, Starts.LINE_START, Starts.WORD_BOUNDARY,
                Starts.prefixes(true, "first", "second", "third", "sept"), Starts.prefixes(false, "A", "S", "Se"),
                Starts.prefixes(false, "First").or(Starts.DIGIT), Starts.LINE_START.or((input, i) -> input.charAt(i) == 'x'));
        for (Starts test : tests) {
            for (int lo = 0; lo <= text.length(); lo++) {
                for (int hi = lo; hi <= text.length(); hi++) {
                    TextWindow window = new TextWindow(text, lo, hi);
                    for (int from = 0; from <= window.length(); from++) {
                        int expected = from;
                        while (expected < window.length() && !test.at(window, expected)) {
                            expected++;
                        }
                        assertEquals(expected, test.next(window, from), test + " in [" + lo + ", " + hi + ") from " + from);
                    }
                }
            }
        }
    }
}
