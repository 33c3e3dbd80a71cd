package org.w3id.r2p.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.w3id.r2p.corpus.Tokens;

/**
 * Words as runs of letters ({@code \p{L}}), read without a regular expression: the subject finder asks for the
 * words of a few characters many times per cue, where a matcher's set-up costs more than the reading.
 */
final class Words {
    private Words() {}

    /** The words of a string in lower case, as {@code [\p{L}]+} finds them. */
    static List<String> lower(String s) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(cp = s.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            words.add(s.substring(start, i).toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /**
     * The word that ends {@code [from, to)} of the text, before white space only, or "" when something else
     * ends it: what {@code ([\p{L}]+)\s*\z} finds in that part of the text.
     */
    static String last(String text, int from, int to) {
        int end = to;
        while (end > from && Tokens.isSpace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > from) {
            char c = text.charAt(start - 1);
            boolean pair = Character.isLowSurrogate(c) && start - 2 >= from && Character.isHighSurrogate(text.charAt(start - 2));
            int cp = pair ? Character.toCodePoint(text.charAt(start - 2), c) : c;
            if (!Character.isLetter(cp)) {
                break;
            }
            start -= pair ? 2 : 1;
        }
        return text.substring(start, end);
    }

    /** The leading letters of a word: "took" of "took note", "co" of "co-sponsored". */
    static String opening(String word) {
        return word.substring(0, Tokens.letterRunEnd(word, 0, word.length()));
    }

    /** Whether every character is a letter. */
    static boolean isLetters(String s) {
        return Tokens.letterRunEnd(s, 0, s.length()) == s.length();
    }
}
