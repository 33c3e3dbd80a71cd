package org.w3id.r2p.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Whether a match of a pattern may start at {@code input.charAt(i)}: the cheap test a {@link StartScan} runs before
 * the pattern. The input is the region alone, so that the test sees what the pattern sees. A test may say yes where
 * no match starts, never the reverse.
 */
@FunctionalInterface
public interface Starts {
    boolean at(CharSequence input, int i);

    /**
     * The first position from {@code from} on where a match may start, or {@code input.length()} if none. The
     * tests below override this with a loop of their own, so that a scan calls them once per candidate.
     */
    default int next(CharSequence input, int from) {
        int length = input.length();
        int i = from;
        while (i < length && !at(input, i)) {
            i++;
        }
        return i;
    }

    /** Where either test says a match may start. */
    default Starts or(Starts other) {
        return new BuiltInStarts.Either(this, other);
    }

    /** For a pattern whose matches start with {@code \d}. */
    Starts DIGIT = new BuiltInStarts.Digit();

    /** For a pattern in {@code MULTILINE} mode that starts with {@code ^}: a line may start at {@code i}. */
    Starts LINE_START = new BuiltInStarts.LineStart();

    /**
     * For a pattern that starts with {@code \b}: a word boundary may be at {@code i}. Only two characters of the
     * same plain kind (both letters, digits or '_', or both neither and no combining mark) rule one out.
     */
    Starts WORD_BOUNDARY = new BuiltInStarts.WordBoundary();

    /**
     * For a pattern whose every match starts with one of these ASCII words; with {@code ignoreCase}, in either
     * case of ASCII letters, as {@code (?i)} without {@code (?u)} compares them.
     */
    static Starts prefixes(boolean ignoreCase, List<String> prefixes) {
        List<List<String>> byFirst = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            byFirst.add(new ArrayList<>());
        }
        for (String prefix : prefixes) {
            if (prefix.isEmpty() || !prefix.chars().allMatch(c -> c < 128)) {
                throw new IllegalArgumentException("A prefix is one or more ASCII characters: '" + prefix + "'");
            }
            String p = Prefixes.key(prefix, ignoreCase);
            byFirst.get(p.charAt(0)).add(p);
        }
        String[][] table = byFirst.stream().map(list -> list.isEmpty() ? null : list.toArray(String[]::new))
                .toArray(String[][]::new);
        return new Prefixes(table, ignoreCase);
    }

    static Starts prefixes(boolean ignoreCase, String... prefixes) {
        return prefixes(ignoreCase, Arrays.asList(prefixes));
    }
}
