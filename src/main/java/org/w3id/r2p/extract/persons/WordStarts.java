package org.w3id.r2p.extract.persons;

import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.w3id.r2p.corpus.Tokens;

/**
 * Where a word of a set begins in a text, in any case, as a {@code (?iu)} pattern folds case: a character
 * matches when it folds ({@code toLowerCase(toUpperCase(c))}) to the pattern's folded character. The role
 * pattern ({@link PersonLexicon#role()}), tried at every character of a text, cost a tenth of extraction; tried
 * only where one of its opening words begins it finds the same roles.
 * <pre>
 *   WordStarts starts = new WordStarts(Set.of("deputy", "representative", "representatives"));
 *   starts.at("the Deputy Representative", 4);  // true
 * </pre>
 */
final class WordStarts {
    private final Set<String> folded = new HashSet<>();
    private final boolean[] firstChars = new boolean[Character.MAX_VALUE + 1];
    /** The folded words' hashes, folded into a few bits: a word whose bit is clear is none of them, known without folding it into a string. */
    private final BitSet hashBits = new BitSet(FILTER_BITS);

    private static final int FILTER_BITS = 1 << 16;
    /** Each character folded, looked up: folding by the two case mappings was a fifth of finding the roles. */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLDED[c] = Character.toLowerCase(Character.toUpperCase((char) c));
        }
    }

    /** @param words letter runs; each folds to characters that fold to themselves, so that folding decides alone */
    WordStarts(Collection<String> words) {
        for (String word : words) {
            String f = fold(word, 0, word.length());
            if (word.isEmpty() || Tokens.letterRunEnd(word, 0, word.length()) != word.length() || !fold(f, 0, f.length()).equals(f)) {
                throw new IllegalArgumentException("Not a word that folds to itself: '" + word + "'");
            }
            folded.add(f);
            firstChars[f.charAt(0)] = true;
            hashBits.set(filterBit(f.hashCode()));
        }
    }

    /** Whether a word of the set begins at {@code at}: no letter before it, and its letter run is the word. */
    boolean at(String text, int at) {
        return at < text.length() && Character.isLetter(text.charAt(at))
                && (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                && firstChars[fold(text.charAt(at))]
                && isWord(text, at, Tokens.letterRunEnd(text, at, text.length()));
    }

    private boolean isWord(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + fold(text.charAt(i));
        }
        return hashBits.get(filterBit(hash)) && folded.contains(fold(text, start, end));
    }

    private static int filterBit(int hash) {
        return (hash ^ hash >>> 16) & (FILTER_BITS - 1);
    }

    private static String fold(String s, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            out.append(fold(s.charAt(i)));
        }
        return out.toString();
    }

    private static char fold(char c) {
        return FOLDED[c];
    }
}
