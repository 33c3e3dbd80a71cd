package org.w3id.r2p.extract.persons;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether a text writes a word in lower case, as a word of its own: whether
 * {@code (?<![\\p{L}\\p{M}])\\p{Ll}[\\p{L}\\p{M}]*} finds exactly that word in it ("young" in "the young
 * delegates", not in "Young" nor "youngest"). Only the few surnames that stand alone are asked about, so each is
 * looked for where it is written, instead of every lower-case word of the text being collected. Per text, not
 * for sharing between threads.
 */
final class LowerCaseWords {
    private final String text;
    /** The text's lower-case words, collected only for a word written right after a surrogate (see {@link #at}). */
    private Set<String> all;

    LowerCaseWords(String text) {
        this.text = text;
    }

    boolean contains(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            Boolean found = at(i, word.length());
            if (found == null) {
                if (all == null) {
                    all = new HashSet<>();
                    addAll(text, all);
                }
                return all.contains(word);
            }
            if (found) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code [i, i + length)} is one of the text's lower-case words; null where the character
     * before is a surrogate, after which only a pass from the text's start tells whether a word goes on.
     */
    private Boolean at(int i, int length) {
        if (i > 0) {
            char before = text.charAt(i - 1);
            if (Character.isSurrogate(before)) {
                return null;
            }
            if (isLetterOrMark(before)) {
                return false;
            }
        }
        int first = text.codePointAt(i);
        if (first < 128 ? first < 'a' || first > 'z' : Character.getType(first) != Character.LOWERCASE_LETTER) {
            return false;
        }
        int end = i + length;
        int k = i;
        while (k < end) {
            int c = text.codePointAt(k);
            if (!isLetterOrMark(c)) {
                return false;
            }
            k += Character.charCount(c);
        }
        return k == end && (end == text.length() || !isLetterOrMark(text.codePointAt(end)));
    }

    /**
     * The words that start with a lower-case letter, after no letter or mark: what
     * {@code (?<![\\p{L}\\p{M}])\\p{Ll}[\\p{L}\\p{M}]*} finds, read in one pass over the text's code points.
     */
    static void addAll(String text, Set<String> words) {
        boolean afterLetterOrMark = false;
        int wordStart = -1;
        for (int i = 0; i < text.length(); ) {
            char ascii = text.charAt(i);
            // ASCII, most of a text, without asking Character: its letters are A-Z and a-z, and it has no marks.
            int c = ascii < 128 ? ascii : text.codePointAt(i);
            boolean lowerCase = ascii < 128 ? ascii >= 'a' && ascii <= 'z' : Character.getType(c) == Character.LOWERCASE_LETTER;
            boolean letterOrMark = ascii < 128 ? lowerCase || ascii >= 'A' && ascii <= 'Z' : isLetterOrMark(c);
            if (wordStart < 0 && !afterLetterOrMark && lowerCase) {
                wordStart = i;
            } else if (wordStart >= 0 && !letterOrMark) {
                words.add(text.substring(wordStart, i));
                wordStart = -1;
            }
            // The lookbehind reads one char back: after a surrogate pair it sees a low surrogate, never a letter.
            afterLetterOrMark = letterOrMark && Character.charCount(c) == 1;
            i += Character.charCount(c);
        }
        if (wordStart >= 0) {
            words.add(text.substring(wordStart));
        }
    }

    private static boolean isLetterOrMark(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }
}
