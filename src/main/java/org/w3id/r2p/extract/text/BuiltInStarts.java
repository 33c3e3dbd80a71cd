package org.w3id.r2p.extract.text;

/**
 * The tests {@link Starts} offers, each a class of its own with its own scan loop ({@link Starts#next}): a scan
 * through one shared loop would call a dozen kinds of test from one place, a call the JIT cannot inline, once per
 * character of every text. The loops read the string under a {@link TextWindow} directly: through
 * {@link CharSequence#charAt}, every character would cost an interface call and a bounds check of its own.
 */
final class BuiltInStarts {
    private BuiltInStarts() {}

    /** A test that scans a string itself, seeing only the window {@code [lo, hi)} of it as the input. */
    abstract static class OnString implements Starts {
        @Override
        public final int next(CharSequence input, int from) {
            if (input instanceof String s) {
                return next(s, 0, s.length(), from, s.length());
            }
            if (input instanceof TextWindow w) {
                return next(w.text(), w.from(), w.to(), w.from() + from, w.to()) - w.from();
            }
            int i = from;
            while (i < input.length() && !at(input, i)) {
                i++;
            }
            return i;
        }

        /** The first position of {@code [from, to)} where the test holds on the input {@code text[lo, hi)}, else {@code to}. */
        abstract int next(String text, int lo, int hi, int from, int to);
    }

    /** {@code \d}. */
    static final class Digit extends OnString {
        @Override
        public boolean at(CharSequence input, int i) {
            return isDigit(input.charAt(i));
        }

        @Override
        int next(String text, int lo, int hi, int from, int to) {
            int i = from;
            while (i < to && !isDigit(text.charAt(i))) {
                i++;
            }
            return i;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }

    /** {@code ^} in {@code MULTILINE} mode. */
    static final class LineStart extends OnString {
        @Override
        public boolean at(CharSequence input, int i) {
            return i == 0 || isTerminator(input.charAt(i - 1));
        }

        @Override
        int next(String text, int lo, int hi, int from, int to) {
            if (from == lo && from < to) {
                return from;
            }
            int i = from;
            while (i < to && !isTerminator(text.charAt(i - 1))) {
                i++;
            }
            return i;
        }

        private static boolean isTerminator(char c) {
            return c <= '\r' ? c == '\n' || c == '\r' : c >= '\u0085' && (c == '\u0085' || c == '\u2028' || c == '\u2029');
        }
    }

    /** {@code \b}: only two characters of the same plain kind rule a boundary out. */
    static final class WordBoundary extends OnString {
        @Override
        public boolean at(CharSequence input, int i) {
            return i == 0 || i == input.length()
                    || wordKind(input.charAt(i - 1)) != wordKind(input.charAt(i)) || wordKind(input.charAt(i)) == 2;
        }

        @Override
        int next(String text, int lo, int hi, int from, int to) {
            int i = from;
            while (i < to && !(i == lo || i == hi || wordKind(text.charAt(i - 1)) != wordKind(text.charAt(i))
                    || wordKind(text.charAt(i)) == 2)) {
                i++;
            }
            return i;
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

    /** Where either of two tests says yes. */
    static final class Either extends OnString {
        private final Starts first;
        private final Starts second;

        Either(Starts first, Starts second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public boolean at(CharSequence input, int i) {
            return first.at(input, i) || second.at(input, i);
        }

        @Override
        int next(String text, int lo, int hi, int from, int to) {
            if (first instanceof OnString a && second instanceof OnString b) {
                // The second test scans only up to where the first says yes.
                return b.next(text, lo, hi, from, a.next(text, lo, hi, from, to));
            }
            TextWindow input = new TextWindow(text, lo, hi);
            int i = from;
            while (i < to && !at(input, i - lo)) {
                i++;
            }
            return i;
        }
    }
}
