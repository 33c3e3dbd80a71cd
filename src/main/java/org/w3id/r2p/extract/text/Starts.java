package org.w3id.r2p.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whether a match of a pattern may start at {@code input.charAt(i)}: the cheap test a {@link StartScan} runs before
 * the pattern. The input is the region alone, so that the test sees what the pattern sees. A test may say yes where
 * no match starts, never the reverse.
 */
@FunctionalInterface
public interface Starts {
    boolean at(CharSequence input, int i);

    /** Where either test says a match may start. */
    default Starts or(Starts other) {
        return (input, i) -> at(input, i) || other.at(input, i);
    }

    /** For a pattern whose matches start with {@code \d}. */
    Starts DIGIT = (input, i) -> input.charAt(i) >= '0' && input.charAt(i) <= '9';

    /** For a pattern in {@code MULTILINE} mode that starts with {@code ^}: a line may start at {@code i}. */
    Starts LINE_START = (input, i) -> i == 0 || "\n\r\u0085\u2028\u2029".indexOf(input.charAt(i - 1)) >= 0;

    /**
     * For a pattern that starts with {@code \b}: a word boundary may be at {@code i}. Only two characters of the
     * same plain kind (both letters, digits or '_', or both neither and no combining mark) rule one out.
     */
    Starts WORD_BOUNDARY = (input, i) -> i == 0 || i == input.length()
            || wordKind(input.charAt(i - 1)) != wordKind(input.charAt(i)) || wordKind(input.charAt(i)) == 2;

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
            String p = ignoreCase ? prefix.toLowerCase(Locale.ROOT) : prefix;
            byFirst.get(p.charAt(0)).add(p);
        }
        String[][] table = byFirst.stream().map(list -> list.isEmpty() ? null : list.toArray(String[]::new))
                .toArray(String[][]::new);
        return (input, i) -> {
            char c = input.charAt(i);
            String[] candidates = c < 128 ? table[ignoreCase ? lower(c) : c] : null;
            if (candidates != null) {
                for (String prefix : candidates) {
                    if (startsWith(input, i, prefix, ignoreCase)) {
                        return true;
                    }
                }
            }
            return false;
        };
    }

    static Starts prefixes(boolean ignoreCase, String... prefixes) {
        return prefixes(ignoreCase, Arrays.asList(prefixes));
    }

    private static boolean startsWith(CharSequence input, int i, String prefix, boolean ignoreCase) {
        if (i + prefix.length() > input.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            char c = input.charAt(i + k);
            if (c != prefix.charAt(k) && !(ignoreCase && lower(c) == prefix.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /**
     * 0 a word character, 1 another, 2 unsure: Java's {@code \b} also weighs combining marks and whole code
     * points.
     */
    private static int wordKind(char c) {
        if (c == '_' || Character.isLetterOrDigit(c)) {
            return Character.isSurrogate(c) ? 2 : 0;
        }
        return Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK ? 2 : 1;
    }
}
