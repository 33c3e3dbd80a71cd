package org.w3id.r2p.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a regular expression in a region of a text, tried only at the characters where a cheap test says
 * a match may start. {@link Matcher#find()} runs the whole pattern from every position; for a pattern that can only
 * start at a digit or a month's name, most of that work is wasted, and a look at one character is enough to skip it.
 * <pre>
 *   StartScan years = new StartScan(Pattern.compile("(?&lt;!\\d)\\d{4}"), (text, i) -&gt; Character.isDigit(text.charAt(i)));
 *   StartScan.Scan s = years.in(text, 0, text.length());
 *   while (s.find()) { s.group(); }
 * </pre>
 * The matches are exactly those of {@code pattern.matcher(text).region(from, to)} and its {@code find()} loop, the
 * region's bounds as opaque as there, provided the test admits every character at which a non-empty match starts.
 * Immutable and safe to share between threads.
 */
public final class StartScan {
    private final Pattern pattern;
    private final Starts starts;

    public StartScan(Pattern pattern, Starts starts) {
        this.pattern = pattern;
        this.starts = starts;
    }

    /** The matches within {@code [from, to)} of the text, one {@link Scan#find()} at a time. */
    public Scan in(String text, int from, int to) {
        return new Scan(this, text, from, to);
    }

    /** One pass over a region; like a {@link Matcher}, not for sharing between threads. */
    public static final class Scan {
        private final Pattern pattern;
        private final Starts starts;
        private final String text;
        private final CharSequence input;
        private final int offset;
        /** Made at the first place the test admits: in most regions there is none, and a matcher costs its pattern's size. */
        private Matcher matcher;
        private int next;
        private boolean matched;

        private Scan(StartScan scan, String text, int from, int to) {
            this.pattern = scan.pattern;
            this.starts = scan.starts;
            this.text = text;
            this.offset = from;
            // The region [from, to) becomes the whole input, so that trying a match at any one position inside it
            // sees exactly the characters that Matcher.region(from, to) would let it see, and no others.
            this.input = from == 0 && to == text.length() ? text : new TextWindow(text, from, to);
        }

        /** Moves to the next match, as {@link Matcher#find()} does. */
        public boolean find() {
            int length = input.length();
            for (int i = starts.next(input, next); i < length; i = starts.next(input, i + 1)) {
                if (matcher == null) {
                    matcher = pattern.matcher(input).useTransparentBounds(true).useAnchoringBounds(false);
                }
                if (matcher.region(i, length).lookingAt()) {
                    next = matcher.end() == i ? i + 1 : matcher.end();
                    matched = true;
                    return true;
                }
            }
            next = length;
            matched = false;
            return false;
        }

        public int start() {
            checkMatched();
            return matcher.start() + offset;
        }

        public int end() {
            checkMatched();
            return matcher.end() + offset;
        }

        public String group() {
            return group(0);
        }

        /** The group's text, or {@code null} where it took no part in the match. */
        public String group(int group) {
            checkMatched();
            int start = matcher.start(group);
            return start < 0 ? null : text.substring(start + offset, matcher.end(group) + offset);
        }

        public int start(int group) {
            checkMatched();
            int start = matcher.start(group);
            return start < 0 ? -1 : start + offset;
        }

        public int end(int group) {
            checkMatched();
            int end = matcher.end(group);
            return end < 0 ? -1 : end + offset;
        }

        /** The named group's text, or {@code null} where it took no part in the match. */
        public String group(String group) {
            checkMatched();
            int start = matcher.start(group);
            return start < 0 ? null : text.substring(start + offset, matcher.end(group) + offset);
        }

        public int start(String group) {
            checkMatched();
            int start = matcher.start(group);
            return start < 0 ? -1 : start + offset;
        }

        public int end(String group) {
            checkMatched();
            int end = matcher.end(group);
            return end < 0 ? -1 : end + offset;
        }

        private void checkMatched() {
            if (!matched) {
                throw new IllegalStateException("No match");
            }
        }
    }
}
