package org.w3id.r2p.corpus;

import java.util.Arrays;

/**
 * A text cut once into tokens, for recognisers that look words up instead of running a regular expression per
 * word: a token is a maximal run of letters and digits (Unicode categories L and N, as {@code [\p{L}\p{N}]+}), or
 * one other character that is not whitespace. Whitespace is what {@code \s} matches in a Java regular expression
 * (space, tab, line breaks, form feed), so a no-break space is a token of its own, as a regular expression sees it.
 * <pre>
 *   Tokens tokens = Tokens.of("Women, Peace and Security");  // 5 tokens: Women , Peace and Security
 * </pre>
 */
public final class Tokens {
    private final String text;
    private final int[] starts;
    private final int[] ends;

    private Tokens(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /**
     * The recognisers of one document run one after the other on one thread and each cuts its text, so the last
     * text cut on a thread, compared by identity, is kept with its tokens.
     */
    private static final ThreadLocal<Tokens> LAST = new ThreadLocal<>();

    public static Tokens of(String text) {
        Tokens last = LAST.get();
        if (last != null && last.text == text) {
            return last;
        }
        Tokens tokens = cut(text);
        LAST.set(tokens);
        return tokens;
    }

    private static Tokens cut(String text) {
        int[] starts = new int[16];
        int[] ends = new int[16];
        int count = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            int c = text.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            int start = i;
            c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isWordChar(c)) {
                while (i < length) {
                    char next = text.charAt(i);
                    if (next < 128) {
                        if (!isAsciiLetterOrDigit(next)) {
                            break;
                        }
                        i++;
                    } else {
                        int n = text.codePointAt(i);
                        if (!isWordChar(n)) {
                            break;
                        }
                        i += Character.charCount(n);
                    }
                }
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count] = i;
            count++;
        }
        return new Tokens(text, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** A letter or digit, as {@code [\p{L}\p{N}]} in a regular expression. */
    public static boolean isWordChar(int codePoint) {
        return Character.isLetter(codePoint) || isNumber(codePoint);
    }

    private static boolean isNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * The characters of {@code [from, to)} with every run of {@link #isSpace} whitespace made one space, as
     * {@code replaceAll("\\s+", " ")} gives them, without a matcher per call.
     */
    public static String collapseSpaces(CharSequence text, int from, int to) {
        StringBuilder collapsed = new StringBuilder(to - from);
        boolean inSpace = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                collapsed.append(c);
            } else if (!inSpace) {
                collapsed.append(' ');
            }
            inSpace = isSpace(c);
        }
        return collapsed.toString();
    }

    /** Where the run of letters ({@link Character#isLetter(char)}) from {@code at} ends, at {@code limit} at the latest. */
    public static int letterRunEnd(CharSequence text, int at, int limit) {
        int end = at;
        while (end < limit && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /**
     * {@code c} lowered if it is an ASCII capital, else {@code c} as it is: the lowering that case-blind matching
     * does on ASCII text, most of every text, without asking Character.
     */
    public static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** Whitespace as {@code \s} in a regular expression without the Unicode flag. */
    public static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    public String text() {
        return text;
    }

    public int size() {
        return starts.length;
    }

    public int start(int token) {
        return starts[token];
    }

    public int end(int token) {
        return ends[token];
    }

    public String get(int token) {
        return text.substring(starts[token], ends[token]);
    }

    /** Whether whitespace separates this token from the next (otherwise they touch, as in "capacity-building"). */
    public boolean spaceAfter(int token) {
        return ends[token] < starts[token + 1];
    }
}
