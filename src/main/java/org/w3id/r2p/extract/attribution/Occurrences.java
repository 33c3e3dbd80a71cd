package org.w3id.r2p.extract.attribution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    private final Set<String> openingWords;
    private final boolean ignoreCase;
    private final boolean[] openingChars = new boolean[128];
    private final boolean anyOpeningChar;

    private Occurrences(Pattern pattern, Collection<String> openingWords, boolean ignoreCase) {
        this.pattern = pattern;
        this.ignoreCase = ignoreCase;
        this.openingWords = Set.copyOf(ignoreCase
                ? openingWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList() : openingWords);
        boolean nonAscii = false;
        for (String word : openingWords) {
            if (word.isEmpty() || !Words.isLetters(word)) {
                throw new IllegalArgumentException("An opening word must be letters: '" + word + "'");
            }
            char c = word.charAt(0);
            if (c >= 128) {
                nonAscii = true;
            } else if (ignoreCase) {
                openingChars[Character.toLowerCase(c)] = true;
                openingChars[Character.toUpperCase(c)] = true;
            } else {
                openingChars[c] = true;
            }
        }
        this.anyOpeningChar = nonAscii;
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
                matcher = pattern.matcher(text.substring(from, to)).useTransparentBounds(true).useAnchoringBounds(false);
            }
            matcher.region(at - from, to - from);
            if (matcher.lookingAt()) {
                result.add(new Shifted(matcher.toMatchResult(), from));
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
        if (c < 128 ? !openingChars[c] : !anyOpeningChar) {
            return false;
        }
        String word = text.substring(start, end);
        return openingWords.contains(ignoreCase ? word.toLowerCase(Locale.ROOT) : word);
    }

    /** A match of the matcher on the region alone, with offsets moved back into the whole text. */
    private record Shifted(MatchResult match, int offset) implements MatchResult {
        @Override
        public int start() {
            return match.start() + offset;
        }

        @Override
        public int start(int group) {
            int start = match.start(group);
            return start < 0 ? start : start + offset;
        }

        @Override
        public int end() {
            return match.end() + offset;
        }

        @Override
        public int end(int group) {
            int end = match.end(group);
            return end < 0 ? end : end + offset;
        }

        @Override
        public String group() {
            return match.group();
        }

        @Override
        public String group(int group) {
            return match.group(group);
        }

        @Override
        public int groupCount() {
            return match.groupCount();
        }
    }
}
