package org.w3id.r2p.extract.attribution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Span;
import org.w3id.r2p.corpus.Tokens;

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
    /** Numbers the instances, for each thread's matchers in {@link RegionWords}. */
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final Pattern pattern;
    private final boolean ignoreCase;
    /** This one's matcher in each thread's {@link RegionWords}: making one costs as much as the pattern is large. */
    private final int number = INSTANCES.getAndIncrement();
    private final boolean[] openingChars = new boolean[128];
    /** The opening words and their hashes: a look-up without making a string of each word. */
    private final int[] hashes;
    private final String[] words;
    /**
     * An open-addressing table of the words by hash: index + 1 of a word, 0 where empty; at most a quarter full,
     * so that a word of the text that opens nothing, nearly every one, costs one probe.
     */
    private final int[] table;

    private Occurrences(Pattern pattern, Collection<String> openingWords, boolean ignoreCase) {
        this.pattern = pattern;
        this.ignoreCase = ignoreCase;
        List<String> sorted = new ArrayList<>(new TreeSet<>(openingWords));
        for (String word : sorted) {
            if (word.isEmpty() || !Words.isLetters(word) || word.charAt(0) >= 128) {
                throw new IllegalArgumentException("An opening word must be letters, the first one ASCII: '" + word + "'");
            }
            char c = word.charAt(0);
            openingChars[c] = true;
            if (ignoreCase) {
                openingChars[Character.toLowerCase(c)] = true;
                openingChars[Character.toUpperCase(c)] = true;
            }
        }
        this.words = sorted.toArray(String[]::new);
        this.hashes = sorted.stream().mapToInt(w -> RegionWords.hash(w, ignoreCase)).toArray();
        this.table = new int[Integer.highestOneBit(Math.max(2, 4 * words.length) - 1) << 1];
        for (int i = 0; i < words.length; i++) {
            int slot = slot(hashes[i]);
            while (table[slot] != 0) {
                slot = (slot + 1) & (table.length - 1);
            }
            table[slot] = i + 1;
        }
    }

    private int slot(int hash) {
        return (hash ^ hash >>> 16) * 0x9E3779B1 >>> 8 & (table.length - 1);
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

    /** The matches in {@code [from, to)}, in text order, with offsets in the text; unmodifiable. */
    List<MatchResult> in(String text, int from, int to) {
        List<MatchResult> result = null; // most regions hold no match, and get the empty list
        RegionWords region = RegionWords.of(text, from, to);
        Matcher matcher = null;
        int next = from; // matches do not overlap: the words before the last match's end are passed over
        for (int w = 0; w < region.count(); w++) {
            int at = region.start(w);
            if (at < next || !opens(text, region, w)) {
                continue;
            }
            if (matcher == null) {
                matcher = region.matcher(number, pattern);
            }
            matcher.region(at - from, to - from);
            if (matcher.lookingAt()) {
                if (result == null) {
                    result = new ArrayList<>(2);
                }
                result.add(new Hit(text, from, matcher));
                next = Math.max(matcher.end() + from, at + 1);
            }
        }
        return result == null ? List.of() : Collections.unmodifiableList(result);
    }

    /** The first match in the region, or {@code null}. */
    MatchResult first(String text, Span region) {
        List<MatchResult> all = in(text, region);
        return all.isEmpty() ? null : all.get(0);
    }

    private boolean opens(String text, RegionWords region, int word) {
        int start = region.start(word);
        int end = region.end(word);
        char c = text.charAt(start);
        if (c >= 128 || !openingChars[c]) {
            return false;
        }
        int hash = region.hash(word, ignoreCase);
        for (int slot = slot(hash); table[slot] != 0; slot = (slot + 1) & (table.length - 1)) {
            int i = table[slot] - 1;
            if (hashes[i] == hash && words[i].length() == end - start && isWordAt(text, start, words[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code text.regionMatches(ignoreCase, start, word, 0, word.length())}, ASCII compared as ASCII: "the" opens
     * phrases of several patterns, and a text with a curly apostrophe takes the slow path of case folding.
     */
    private boolean isWordAt(String text, int start, String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = text.charAt(start + k);
            char w = word.charAt(k);
            if (c == w) {
                continue;
            }
            if (!ignoreCase) {
                return false;
            }
            if (c >= 128 || w >= 128) {
                return text.regionMatches(true, start, word, 0, word.length());
            }
            if (Tokens.lowerAscii(c) != Tokens.lowerAscii(w)) {
                return false;
            }
        }
        return true;
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
