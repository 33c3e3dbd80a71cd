package org.w3id.r2p.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The ASCII letters every match of a phrase of a data file opens with, read from the phrase itself: for
 * {@code "(?:plenary|formal)\\s+debate|open\\s+debate"}, "plenary", "formal" and "open". A {@link StartScan} with
 * {@link Starts#prefixes} on them tries the phrase only where one of them stands, instead of at every word. Read
 * from the phrase rather than written beside it, so that an edited phrase cannot leave its openings behind: a phrase
 * whose openings cannot be told this simply (one opening with a class, an escape, an optional letter) is refused.
 * <pre>
 *   OpeningWords.of("(?:plenary|formal)\\s+debate")  // [plenary, formal]
 * </pre>
 */
public final class OpeningWords {
    private OpeningWords() {}

    /**
     * The openings of each alternative of the phrase, in its order.
     *
     * @throws IllegalArgumentException where an alternative opens with no plain ASCII letter
     */
    public static List<String> of(String phrase) {
        List<String> openings = new ArrayList<>();
        for (String alternative : alternatives(phrase)) {
            if (alternative.startsWith("(?:")) {
                int close = closing(alternative, 0);
                if (close + 1 < alternative.length() && "?*{".indexOf(alternative.charAt(close + 1)) >= 0) {
                    throw refused(phrase);
                }
                openings.addAll(of(alternative.substring(3, close)));
            } else {
                openings.add(letters(alternative, phrase));
            }
        }
        return openings;
    }

    /** The leading letters of an alternative, up to the first that a quantifier could leave out. */
    private static String letters(String alternative, String phrase) {
        int end = 0;
        while (end < alternative.length() && isAsciiLetter(alternative.charAt(end))) {
            end++;
        }
        if (end < alternative.length() && "?*{".indexOf(alternative.charAt(end)) >= 0) {
            end--; // "colou?r": the u may be missing
        }
        if (end <= 0) {
            throw refused(phrase);
        }
        return alternative.substring(0, end);
    }

    /** The phrase cut at its top-level bars. */
    private static List<String> alternatives(String phrase) {
        List<String> result = new ArrayList<>();
        int start = 0;
        for (int bar = nextAtTopLevel(phrase, 0, '|'); bar >= 0; bar = nextAtTopLevel(phrase, start, '|')) {
            result.add(phrase.substring(start, bar));
            start = bar + 1;
        }
        result.add(phrase.substring(start));
        return result;
    }

    /** The index of the bracket that closes the one at {@code open}. */
    private static int closing(String phrase, int open) {
        int close = nextAtTopLevel(phrase, open + 1, ')');
        if (close < 0) {
            throw new IllegalArgumentException("Unbalanced brackets: " + phrase);
        }
        return close;
    }

    /**
     * The index of the first {@code wanted} at or after {@code from} that is outside character classes and inside
     * no bracket opened after {@code from}, or -1; escaped characters are skipped.
     */
    private static int nextAtTopLevel(String phrase, int from, char wanted) {
        int depth = 0;
        boolean inClass = false;
        for (int i = from; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == wanted && depth == 0) {
                return i;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static IllegalArgumentException refused(String phrase) {
        return new IllegalArgumentException("Every alternative must open with plain ASCII letters: " + phrase);
    }
}
