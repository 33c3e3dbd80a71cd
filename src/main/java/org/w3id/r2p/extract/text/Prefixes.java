package org.w3id.r2p.extract.text;

import java.util.Arrays;
import java.util.Locale;

import org.w3id.r2p.corpus.Tokens;

/**
 * One of some ASCII words, in either ASCII case with {@code ignoreCase} ({@link Starts#prefixes}). Its scan looks
 * at one, two, three, then four characters in tables before it compares any word, and then compares only the words
 * that open with those characters (or whose hash they share): the first letters of most prefixes open many words of
 * a text.
 */
final class Prefixes extends BuiltInStarts.OnString {
    /** The prefixes by their first character (lowered with {@code ignoreCase}); null where none starts so. */
    private final String[][] byFirst;
    private final boolean ignoreCase;
    /** By first character (as in {@link #byFirst}), whether a prefix is that character alone. */
    private final boolean[] single = new boolean[128];
    /**
     * By first two characters (128 * first + second, lowered with {@code ignoreCase}), whether a longer prefix
     * opens with them: most letters that open a prefix are not followed by its second one.
     */
    private final boolean[] pairs = new boolean[128 * 128];
    /** By first two characters, as {@link #pairs}, whether a prefix is those two characters alone. */
    private final boolean[] pairsAlone = new boolean[128 * 128];
    /**
     * By a hash of the first three characters ({@link #triple}), whether a longer prefix may open with them: "th"
     * opens many words, "thi" few.
     */
    private final boolean[] triples = new boolean[TRIPLES];
    /** By the hash of the first three characters, the prefixes of three characters that have it; null if none. */
    private final String[][] threesByTriple = new String[TRIPLES][];
    /**
     * By a hash of the first four characters ({@link #quad}), the prefixes of four or more characters that have it;
     * null if none. A text is compared with those alone: "sec" opens "secretary" and "security" as often as
     * "second", and a first letter opens dozens of prefixes.
     */
    private final String[][] longerByQuad = new String[TRIPLES][];

    private static final int TRIPLES = 1 << 12;

    Prefixes(String[][] byFirst, boolean ignoreCase) {
        this.byFirst = byFirst;
        this.ignoreCase = ignoreCase;
        for (String[] prefixes : byFirst) {
            for (String prefix : prefixes == null ? new String[0] : prefixes) {
                if (prefix.length() == 1) {
                    single[prefix.charAt(0)] = true;
                    continue;
                }
                int pair = 128 * prefix.charAt(0) + prefix.charAt(1);
                pairs[pair] = true;
                if (prefix.length() == 2) {
                    pairsAlone[pair] = true;
                    continue;
                }
                int triple = triple(pair, prefix.charAt(2));
                triples[triple] = true;
                if (prefix.length() == 3) {
                    threesByTriple[triple] = with(threesByTriple[triple], prefix);
                } else {
                    int quad = quad(triple, prefix.charAt(3));
                    longerByQuad[quad] = with(longerByQuad[quad], prefix);
                }
            }
        }
    }

    static String key(String prefix, boolean ignoreCase) {
        return ignoreCase ? prefix.toLowerCase(Locale.ROOT) : prefix;
    }

    @Override
    public boolean at(CharSequence input, int i) {
        char c = input.charAt(i);
        String[] candidates = c < 128 ? byFirst[ignoreCase ? Tokens.lowerAscii(c) : c] : null;
        if (candidates != null) {
            for (String prefix : candidates) {
                if (startsWith(input, i, prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    int next(String text, int lo, int hi, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                continue;
            }
            int first = ignoreCase ? Tokens.lowerAscii(c) : c;
            if (byFirst[first] == null) {
                continue;
            }
            if (single[first]) {
                return i;
            }
            int pair = i + 1 < hi ? pair(first, text.charAt(i + 1)) : -1;
            if (pair < 0 || !pairs[pair]) {
                continue;
            }
            if (pairsAlone[pair]) {
                return i;
            }
            char third = i + 2 < hi ? text.charAt(i + 2) : 128;
            if (third >= 128) {
                continue;
            }
            int triple = triple(pair, ignoreCase ? Tokens.lowerAscii(third) : third);
            if (!triples[triple]) {
                continue;
            }
            if (startsWithOne(text, i, hi, threesByTriple[triple])) {
                return i;
            }
            char fourth = i + 3 < hi ? text.charAt(i + 3) : 128;
            if (fourth < 128
                    && startsWithOne(text, i, hi, longerByQuad[quad(triple, ignoreCase ? Tokens.lowerAscii(fourth) : fourth)])) {
                return i;
            }
        }
        return to;
    }

    /** The index in {@link #pairs} of a first (lowered) and a second character; -1 for a second one not ASCII. */
    private int pair(int first, char second) {
        return second < 128 ? 128 * first + (ignoreCase ? Tokens.lowerAscii(second) : second) : -1;
    }

    private static int triple(int pair, char third) {
        return (pair * 31 + third) & (TRIPLES - 1);
    }

    private static int quad(int triple, char fourth) {
        return (triple * 31 + fourth) & (TRIPLES - 1);
    }

    private static String[] with(String[] prefixes, String prefix) {
        if (prefixes == null) {
            return new String[] {prefix};
        }
        String[] more = Arrays.copyOf(prefixes, prefixes.length + 1);
        more[prefixes.length] = prefix;
        return more;
    }

    /** Whether one of {@code prefixes} (none if null) starts at {@code i}. */
    private boolean startsWithOne(String text, int i, int hi, String[] prefixes) {
        if (prefixes == null) {
            return false;
        }
        for (String prefix : prefixes) {
            if (i + prefix.length() <= hi && startsWith(text, i, prefix)) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #startsWith(CharSequence, int, String)}, on a string read directly, its length checked. */
    private boolean startsWith(String text, int i, String prefix) {
        for (int k = 0; k < prefix.length(); k++) {
            char c = text.charAt(i + k);
            if (c != prefix.charAt(k) && !(ignoreCase && Tokens.lowerAscii(c) == prefix.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWith(CharSequence input, int i, String prefix) {
        if (i + prefix.length() > input.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            char c = input.charAt(i + k);
            if (c != prefix.charAt(k) && !(ignoreCase && Tokens.lowerAscii(c) == prefix.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
