package org.w3id.r2p.extract.attribution;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.r2p.corpus.Tokens;

/**
 * The words of a region of a text, read once for every {@link Occurrences} that scans that region: a sentence is
 * scanned for a reporting verb, "he", "the speaker", "that country", "his delegation", "the Coalition" one after
 * the other, and each scan would otherwise read every character again. A word is a run of letters
 * ({@link Character#isLetter(char)}) that starts the region or follows a non-letter, cut at the region's end;
 * with each, its hash as written and its hash with ASCII capitals lowered.
 * <p>
 * <p>
 * It is also the region as a text of its own, for the thread's matchers: a matcher with transparent bounds on it
 * sees what a matcher bounded by the region of the whole text sees, and a matcher kept for each pattern is reused
 * on every region without being reset to a new text.
 * <p>
 * Mutable, one per thread, through {@link #of}: the last region read is kept, compared by the text's identity.
 */
final class RegionWords implements CharSequence {
    private static final ThreadLocal<RegionWords> LAST = ThreadLocal.withInitial(RegionWords::new);

    private String text;
    private int from;
    private int to;
    private int count;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private int[] hashes = new int[32];
    private int[] lowerHashes = new int[32];
    /** This thread's matcher on this region for each {@link Occurrences}, by its number. */
    private Matcher[] matchers = new Matcher[16];

    private RegionWords() {}

    /** The words of {@code [from, to)}; valid until the next call on this thread. */
    static RegionWords of(String text, int from, int to) {
        RegionWords words = LAST.get();
        if (words.text != text || words.from != from || words.to != to) {
            words.read(text, from, to);
        }
        return words;
    }

    private void read(String text, int from, int to) {
        this.text = text;
        this.from = from;
        this.to = to;
        count = 0;
        int at = from;
        while (at < to) {
            if (!Character.isLetter(text.charAt(at)) || at > from && Character.isLetter(text.charAt(at - 1))) {
                at++;
                continue;
            }
            int end = Tokens.letterRunEnd(text, at, to);
            add(at, end);
            at = end;
        }
    }

    private void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, 2 * count);
            ends = Arrays.copyOf(ends, 2 * count);
            hashes = Arrays.copyOf(hashes, 2 * count);
            lowerHashes = Arrays.copyOf(lowerHashes, 2 * count);
        }
        int hash = 0;
        int lowerHash = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            hash = 31 * hash + c;
            lowerHash = 31 * lowerHash + Tokens.lowerAscii(c);
        }
        starts[count] = start;
        ends[count] = end;
        hashes[count] = hash;
        lowerHashes[count] = lowerHash;
        count++;
    }

    /** The thread's matcher for a pattern, on this region (offsets relative to its start); bounds to be set. */
    Matcher matcher(int number, Pattern pattern) {
        if (number >= matchers.length) {
            matchers = Arrays.copyOf(matchers, Math.max(number + 1, 2 * matchers.length));
        }
        Matcher matcher = matchers[number];
        if (matcher == null) {
            matcher = pattern.matcher(this).useTransparentBounds(true).useAnchoringBounds(false);
            matchers[number] = matcher;
        }
        return matcher;
    }

    @Override
    public int length() {
        return to - from;
    }

    @Override
    public char charAt(int index) {
        return text.charAt(from + index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(from + start, from + end);
    }

    @Override
    public String toString() {
        return text.substring(from, to);
    }

    int count() {
        return count;
    }

    int start(int word) {
        return starts[word];
    }

    int end(int word) {
        return ends[word];
    }

    /** The word's hash, with ASCII capitals lowered when {@code ignoreCase}: as {@link #hash} gives for the word. */
    int hash(int word, boolean ignoreCase) {
        return ignoreCase ? lowerHashes[word] : hashes[word];
    }

    /** The hash of a word that {@link #hash(int, boolean)} gives for it in a text. */
    static int hash(String word, boolean ignoreCase) {
        int hash = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            hash = 31 * hash + (ignoreCase ? Tokens.lowerAscii(c) : c);
        }
        return hash;
    }
}
