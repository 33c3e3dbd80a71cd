package org.w3id.r2p.extract.attribution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;

/**
 * The matches of a pattern in a region of a text, the same as {@link Matcher#find()} gives on that region, but
 * tried only where a word that can open a match begins. A pattern of many alternatives ("said|stressed|...",
 * "He|She") costs a branch at every character when a matcher scans for it; a scan of the region's words and a
 * set look-up cost one comparison per character, and the pattern then runs at a few places only.
 * <p>
 * The pattern must begin with one of the opening words, whole: no letter may stand right before a match (a
 * lookbehind or {@code \b}) nor right after its opening word. The matcher runs on the region alone, with
 * transparent bounds, so that lookarounds see exactly what they see in a matcher bounded by the region.
 * <pre>
 *   Occurrences personal = Occurrences.of(Pattern.compile("(?&lt;![\\p{L}])(?:He|She)(?![\\p{L}])"), Set.of("He", "She"), false);
 *   personal.in(text, sentence)  // every "He" and "She" of the sentence, offsets in the text
 * </pre>
 */
final class Occurrences {
    private final Pattern pattern;
    private final boolean ignoreCase;
    /** The opening words by first character (ASCII) and length: a look-up without making a string of each word. */
    private final String[][][] openingWords = new String[128][][];

    private Occurrences(Pattern pattern, Collection<String> openingWords, boolean ignoreCase) {
        this.pattern = pattern;
        this.ignoreCase = ignoreCase;
        Map<Character, Map<Integer, Set<String>>> byFirst = new TreeMap<>();
        for (String word : openingWords) {
            if (word.isEmpty() || !Words.isLetters(word) || word.charAt(0) >= 128) {
                throw new IllegalArgumentException("An opening word must be letters, the first one ASCII: '" + word + "'");
            }
            char c = word.charAt(0);
            for (char first : ignoreCase ? List.of(Character.toLowerCase(c), Character.toUpperCase(c)) : List.of(c)) {
                byFirst.computeIfAbsent(first, k -> new TreeMap<>())
                        .computeIfAbsent(word.length(), k -> new TreeSet<>()).add(word);
            }
        }
        byFirst.forEach((first, byLength) -> {
            String[][] table = new String[Collections.max(byLength.keySet()) + 1][];
            byLength.forEach((length, words) -> table[length] = words.toArray(String[]::new));
            this.openingWords[first] = table;
        });
    }

    /**
     * @param openingWords every word a match can begin with (a letter run, ended by a non-letter in every match)
     * @param ignoreCase   whether the words open a match in any ASCII case, as in a {@code (?i)} pattern (not
     *                     {@code (?iu)}: a Unicode case folding could open a match with a word the set lacks)
     */
    static Occurrences of(Pattern pattern, Collection<String> openingWords, boolean ignoreCase) {
        return new Occurrences(pattern, openingWords, ignoreCase);
    }

    /** The matches in the region, in text order, with offsets in the text. */
    List<MatchResult> in(String text, Span region) {
        return in(text, region.start(), region.end());
    }

    /** The matches in {@code [from, to)}, in text order, with offsets in the text. */
    List<MatchResult> in(String text, int from, int to) {
        List<MatchResult> result = new ArrayList<>(2);
        Matcher matcher = null;
        int at = from;
        while (at < to) {
            char c = text.charAt(at);
            if (!Character.isLetter(c) || at > from && Character.isLetter(text.charAt(at - 1))) {
                at++;
                continue;
            }
            int end = Words.letterRunEnd(text, at, to);
            if (!opens(text, at, end)) {
                at = end;
                continue;
            }
            if (matcher == null) {
                matcher = pattern.matcher(new Region(text, from, to)).useTransparentBounds(true).useAnchoringBounds(false);
            }
            matcher.region(at - from, to - from);
            if (matcher.lookingAt()) {
                result.add(new Hit(text, from, matcher));
                at = Math.max(matcher.end() + from, at + 1);
            } else {
                at = end;
            }
        }
        return result;
    }

    /** The first match in the region, or {@code null}. */
    MatchResult first(String text, Span region) {
        List<MatchResult> all = in(text, region);
        return all.isEmpty() ? null : all.get(0);
    }

    private boolean opens(String text, int start, int end) {
        char c = text.charAt(start);
        String[][] byLength = c < 128 ? openingWords[c] : null;
        int length = end - start;
        if (byLength == null || length >= byLength.length || byLength[length] == null) {
            return false;
        }
        for (String word : byLength[length]) {
            if (text.regionMatches(ignoreCase, start, word, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A region of a text read as a text of its own, without a copy: a matcher with transparent bounds on it sees
     * what a matcher bounded by the region sees.
     */
    private record Region(String text, int offset, int end) implements CharSequence {
        @Override
        public int length() {
            return end - offset;
        }

        @Override
        public char charAt(int index) {
            return text.charAt(offset + index);
        }

        @Override
        public CharSequence subSequence(int start, int stop) {
            return text.substring(offset + start, offset + stop);
        }

        @Override
        public String toString() {
            return text.substring(offset, end);
        }
    }

    /** A match on a region, with offsets in the whole text. */
    private static final class Hit implements MatchResult {
        private final String text;
        private final int[] bounds;

        Hit(String text, int offset, Matcher matcher) {
            this.text = text;
            this.bounds = new int[2 * (matcher.groupCount() + 1)];
            for (int g = 0; g <= matcher.groupCount(); g++) {
                int start = matcher.start(g);
                bounds[2 * g] = start < 0 ? -1 : start + offset;
                bounds[2 * g + 1] = start < 0 ? -1 : matcher.end(g) + offset;
            }
        }

        @Override
        public int start() {
            return bounds[0];
        }

        @Override
        public int start(int group) {
            return bounds[2 * group];
        }

        @Override
        public int end() {
            return bounds[1];
        }

        @Override
        public int end(int group) {
            return bounds[2 * group + 1];
        }

        @Override
        public String group() {
            return group(0);
        }

        @Override
        public String group(int group) {
            return bounds[2 * group] < 0 ? null : text.substring(bounds[2 * group], bounds[2 * group + 1]);
        }

        @Override
        public int groupCount() {
            return bounds.length / 2 - 1;
        }
    }
}
