package org.w3id.r2p.extract.text;

import java.util.Locale;

/**
 * The tests {@link Starts} offers, each a class of its own with its own scan loop ({@link Starts#next}): a scan
 * through one shared loop would call a dozen kinds of test from one place, a call the JIT cannot inline, once per
 * character of every text.
 */
final class BuiltInStarts {
    private BuiltInStarts() {}

    /** {@code \d}. */
    static final class Digit implements Starts {
        @Override
        public boolean at(CharSequence input, int i) {
            char c = input.charAt(i);
            return c >= '0' && c <= '9';
        }

        @Override
        public int next(CharSequence input, int from) {
            int length = input.length();
            int i = from;
            while (i < length && !at(input, i)) {
                i++;
            }
            return i;
        }
    }

    /** {@code ^} in {@code MULTILINE} mode. */
    static final class LineStart implements Starts {
        @Override
        public boolean at(CharSequence input, int i) {
            return i == 0 || "\n\r\u0085\u2028\u2029".indexOf(input.charAt(i - 1)) >= 0;
        }

        @Override
        public int next(CharSequence input, int from) {
            int length = input.length();
            int i = from;
            while (i < length && !at(input, i)) {
                i++;
            }
            return i;
        }
    }

    /** {@code \b}: only two characters of the same plain kind rule a boundary out. */
    static final class WordBoundary implements Starts {
        @Override
        public boolean at(CharSequence input, int i) {
            return i == 0 || i == input.length()
                    || wordKind(input.charAt(i - 1)) != wordKind(input.charAt(i)) || wordKind(input.charAt(i)) == 2;
        }

        @Override
        public int next(CharSequence input, int from) {
            int length = input.length();
            int i = from;
            while (i < length && !at(input, i)) {
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

    /** One of some ASCII words, in either ASCII case with {@code ignoreCase}. */
    static final class Prefixes implements Starts {
        /** The prefixes by their first character (lowered with {@code ignoreCase}); null where none starts so. */
        private final String[][] byFirst;
        private final boolean ignoreCase;

        Prefixes(String[][] byFirst, boolean ignoreCase) {
            this.byFirst = byFirst;
            this.ignoreCase = ignoreCase;
        }

        static String key(String prefix, boolean ignoreCase) {
            return ignoreCase ? prefix.toLowerCase(Locale.ROOT) : prefix;
        }

        @Override
        public boolean at(CharSequence input, int i) {
            char c = input.charAt(i);
            String[] candidates = c < 128 ? byFirst[ignoreCase ? lower(c) : c] : null;
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
        public int next(CharSequence input, int from) {
            int length = input.length();
            int i = from;
            while (i < length && !at(input, i)) {
                i++;
            }
            return i;
        }

        private boolean startsWith(CharSequence input, int i, String prefix) {
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
    }

    /** Where either of two tests says yes. */
    static final class Either implements Starts {
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
        public int next(CharSequence input, int from) {
            int length = input.length();
            int i = from;
            while (i < length && !at(input, i)) {
                i++;
            }
            return i;
        }
    }
}
